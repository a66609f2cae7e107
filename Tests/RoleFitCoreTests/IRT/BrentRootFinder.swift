import Foundation

@testable import RoleFitCore

/// Brent's method (zeroin): a bracketing root finder with inverse quadratic interpolation.
enum BrentRootFinder {
    /// A root of f in [lower, upper] when f changes sign there, otherwise nil.
    static func root(
        in lower: Double, _ upper: Double, tolerance: Double = 1e-14, maxIterations: Int = 500,
        _ f: (Double) -> Double
    ) -> Double? {
        var a = lower
        var b = upper
        var fa = f(a)
        var fb = f(b)
        if fa == 0 { return a }
        if fb == 0 { return b }
        guard fa.isFinite, fb.isFinite, (fa < 0) != (fb < 0) else { return nil }
        var c = a
        var fc = fa
        var d = b - a
        var e = d
        for _ in 0..<maxIterations {
            if (fb < 0) == (fc < 0) {
                c = a
                fc = fa
                d = b - a
                e = d
            }
            if abs(fc) < abs(fb) {
                a = b
                b = c
                c = a
                fa = fb
                fb = fc
                fc = fa
            }
            let tol = 2 * Double.ulpOfOne * abs(b) + 0.5 * tolerance
            let m = 0.5 * (c - b)
            if abs(m) <= tol || fb == 0 { return b }
            if abs(e) >= tol && abs(fa) > abs(fb) {
                let s = fb / fa
                var p: Double
                var q: Double
                if a == c {
                    p = 2 * m * s
                    q = 1 - s
                } else {
                    let qa = fa / fc
                    let r = fb / fc
                    p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < min(3 * m * q - abs(tol * q), abs(e * q)) {
                    e = d
                    d = p / q
                } else {
                    d = m
                    e = m
                }
            } else {
                d = m
                e = m
            }
            a = b
            fa = fb
            b += abs(d) > tol ? d : (m > 0 ? tol : -tol)
            fb = f(b)
        }
        return b
    }
}
