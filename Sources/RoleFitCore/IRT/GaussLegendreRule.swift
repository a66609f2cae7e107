import Foundation

/// An n-point Gauss–Legendre quadrature rule on [−1, 1], computed by Newton's method on Pₙ.
public struct GaussLegendreRule: Sendable, Hashable {
    /// Nodes in increasing order.
    public let nodes: [Double]
    /// Weights matching `nodes`; they sum to 2.
    public let weights: [Double]

    /// Computes the rule with `count` points (count ≥ 1).
    public init(count: Int) {
        let n = max(1, count)
        var nodes = [Double](repeating: 0, count: n)
        var weights = [Double](repeating: 0, count: n)
        for i in 0..<((n + 1) / 2) {
            var x = cos(Double.pi * (Double(i) + 0.75) / (Double(n) + 0.5))
            for _ in 0..<100 {
                let (value, derivative) = Self.legendre(n, at: x)
                let step = value / derivative
                x -= step
                if abs(step) < 1e-16 { break }
            }
            let derivative = Self.legendre(n, at: x).derivative
            let weight = 2 / ((1 - x * x) * derivative * derivative)
            nodes[i] = -x
            nodes[n - 1 - i] = x
            weights[i] = weight
            weights[n - 1 - i] = weight
        }
        if n % 2 == 1 { nodes[n / 2] = 0 }
        self.nodes = nodes
        self.weights = weights
    }

    /// Pₙ(x) by the three-term recurrence, and its derivative from Pₙ and Pₙ₋₁.
    private static func legendre(_ n: Int, at x: Double) -> (value: Double, derivative: Double) {
        var p0 = 1.0
        var p1 = x
        for k in stride(from: 2, through: n, by: 1) {
            let pk = (Double(2 * k - 1) * x * p1 - Double(k - 1) * p0) / Double(k)
            p0 = p1
            p1 = pk
        }
        return (p1, Double(n) * (x * p1 - p0) / (x * x - 1))
    }

    /// ∫ f over [lower, upper] with this rule.
    public func integrate(from lower: Double, to upper: Double, _ f: (Double) -> Double) -> Double {
        let half = 0.5 * (upper - lower)
        let mid = 0.5 * (upper + lower)
        var sum = 0.0
        for i in nodes.indices {
            sum += weights[i] * f(mid + half * nodes[i])
        }
        return sum * half
    }
}

/// Adaptive quadrature that bisects until a 20-point and a 40-point Gauss–Legendre rule agree.
public enum AdaptiveQuadrature {
    static let coarse = GaussLegendreRule(count: 20)
    static let fine = GaussLegendreRule(count: 40)

    /// ∫ f over [lower, upper] to an absolute tolerance (default 1e-13), at most `maxDepth` bisections deep.
    public static func integrate(
        from lower: Double, to upper: Double, tolerance: Double = 1e-13, maxDepth: Int = 30,
        _ f: (Double) -> Double
    ) -> Double {
        guard upper > lower else { return 0 }
        return refine(lower, upper, tolerance, maxDepth, f)
    }

    private static func refine(
        _ lower: Double, _ upper: Double, _ tolerance: Double, _ depth: Int, _ f: (Double) -> Double
    ) -> Double {
        let rough = coarse.integrate(from: lower, to: upper, f)
        let accurate = fine.integrate(from: lower, to: upper, f)
        if abs(accurate - rough) <= tolerance || depth == 0 {
            return accurate
        }
        let mid = 0.5 * (lower + upper)
        return refine(lower, mid, tolerance / 2, depth - 1, f) + refine(mid, upper, tolerance / 2, depth - 1, f)
    }
}
