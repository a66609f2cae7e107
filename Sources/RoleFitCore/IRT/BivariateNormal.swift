import Foundation

/// Bivariate normal probabilities by Genz's method (Drezner & Wesolowsky 1989, with Genz's
/// double-precision changes for |r| near 1); absolute error about 1e-15.
public enum BivariateNormal {
    static let rules = [GaussLegendreRule(count: 6), GaussLegendreRule(count: 12), GaussLegendreRule(count: 20)]
    static let twoPi = 2 * Double.pi

    /// P(X > h, Y > k) for standard normals X, Y with correlation r (−1 ≤ r ≤ 1).
    public static func upperProbability(_ h: Double, _ k: Double, correlation r: Double) -> Double {
        FixedCorrelation(r).upperProbability(h, k)
    }

    /// P(X ≤ h, Y ≤ k) for standard normals X, Y with correlation r.
    public static func cdf(_ h: Double, _ k: Double, correlation r: Double) -> Double {
        FixedCorrelation(r).upperProbability(-h, -k)
    }

    /// The method for one correlation, with everything that depends only on r precomputed
    /// (the sines of the quadrature nodes), for evaluating many (h, k) pairs.
    public struct FixedCorrelation: Sendable {
        /// The correlation.
        public let correlation: Double
        let weights: [Double]
        /// |r| < 0.925: sin of the nodes and 1 − sin²; otherwise xs and √(1 − xs) of the nodes.
        let nodeValues: [Double]
        let nodeComplements: [Double]
        let scale: Double

        /// Prepares the quadrature for correlation r.
        public init(_ r: Double) {
            correlation = r
            let rule: GaussLegendreRule
            if abs(r) < 0.3 { rule = rules[0] } else if abs(r) < 0.75 { rule = rules[1] } else { rule = rules[2] }
            weights = rule.weights
            if abs(r) < 0.925 {
                let asr = asin(r)
                let sines = rule.nodes.map { sin(asr * (1 + $0) / 2) }
                nodeValues = sines
                nodeComplements = sines.map { 1 - $0 * $0 }
                scale = asr / (4 * Double.pi)
            } else {
                let halfA = ((1 - r) * (1 + r)).squareRoot() / 2
                let xs = rule.nodes.map { (halfA * (1 + $0)) * (halfA * (1 + $0)) }
                nodeValues = xs
                nodeComplements = xs.map { (1 - $0).squareRoot() }
                scale = halfA
            }
        }

        /// P(X > h, Y > k).
        public func upperProbability(_ h: Double, _ k: Double) -> Double {
            let r = correlation
            var k = k
            var hk = h * k
            var probability = 0.0
            if abs(r) < 0.925 {
                let hs = (h * h + k * k) / 2
                var sum = 0.0
                for i in weights.indices {
                    sum += weights[i] * exp((nodeValues[i] * hk - hs) / nodeComplements[i])
                }
                probability = sum * scale + StandardNormal.cdf(-h) * StandardNormal.cdf(-k)
            } else {
                if r < 0 {
                    k = -k
                    hk = -hk
                }
                if abs(r) < 1 {
                    let aSquared = (1 - r) * (1 + r)
                    let a = aSquared.squareRoot()
                    let bs = (h - k) * (h - k)
                    let c = (4 - hk) / 8
                    let d = (12 - hk) / 16
                    let exponent = -(bs / aSquared + hk) / 2
                    if exponent > -100 {
                        probability =
                            a * exp(exponent)
                            * (1 - c * (bs - aSquared) * (1 - d * bs / 5) / 3 + c * d * aSquared * aSquared / 5)
                    }
                    if hk > -100 {
                        let b = bs.squareRoot()
                        let sp = twoPi.squareRoot() * StandardNormal.cdf(-b / a)
                        probability -= exp(-hk / 2) * sp * b * (1 - c * bs * (1 - d * bs / 5) / 3)
                    }
                    for i in weights.indices {
                        let xs = nodeValues[i]
                        let rs = nodeComplements[i]
                        let innerExponent = -(bs / xs + hk) / 2
                        if innerExponent > -100 {
                            let sp = 1 + c * xs * (1 + d * xs)
                            let ep = exp(-hk * (1 - rs) / (2 * (1 + rs))) / rs
                            probability += scale * weights[i] * exp(innerExponent) * (ep - sp)
                        }
                    }
                    probability = -probability / twoPi
                }
                if r > 0 { probability += StandardNormal.cdf(-max(h, k)) }
                if r < 0 { probability = -probability + max(0, StandardNormal.cdf(-h) - StandardNormal.cdf(-k)) }
            }
            return min(1, max(0, probability))
        }

        /// P(X ≤ h, Y ≤ k).
        public func cdf(_ h: Double, _ k: Double) -> Double { upperProbability(-h, -k) }
    }
}
