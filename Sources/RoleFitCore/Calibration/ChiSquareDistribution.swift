import Foundation

/// The χ² distribution's upper tail, P(X ≥ x) for X ~ χ²(df), through the regularized incomplete gamma
/// function Q(df/2, x/2): its power series below s + 1 and its continued fraction (modified Lentz) above.
enum ChiSquareDistribution {
    /// P(χ²(degreesOfFreedom) ≥ x); 1 for x ≤ 0, and NaN-free for every finite input.
    static func upperTail(_ x: Double, degreesOfFreedom: Double) -> Double {
        guard x > 0, degreesOfFreedom > 0 else { return 1 }
        guard x.isFinite else { return 0 }
        let s = degreesOfFreedom / 2
        let z = x / 2
        let logPrefix = s * log(z) - z - lgamma(s)
        if z < s + 1 {
            // P(s, z) = e^{logPrefix} Σ_n z^n / (s (s+1) … (s+n)); Q = 1 − P.
            var term = 1 / s
            var sum = term
            var n = 1.0
            while n < 1000 {
                term *= z / (s + n)
                sum += term
                if abs(term) < abs(sum) * 1e-15 { break }
                n += 1
            }
            return min(1, max(0, 1 - exp(logPrefix) * sum))
        }
        // Q(s, z) = e^{logPrefix} / (z + 1 − s − 1·(1 − s)/(z + 3 − s − …)).
        let tiny = 1e-300
        var b = z + 1 - s
        var c = 1 / tiny
        var d = 1 / b
        var fraction = d
        var n = 1.0
        while n < 1000 {
            let an = -n * (n - s)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            fraction *= delta
            if abs(delta - 1) < 1e-15 { break }
            n += 1
        }
        return min(1, max(0, exp(logPrefix) * fraction))
    }
}
