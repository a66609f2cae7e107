import Foundation

/// Exact probabilities that a normal vector of up to three dimensions is positive in every
/// component: Φ for one, Genz's bivariate method for two, and for three a one-dimensional
/// adaptive Gauss–Legendre integral over the bivariate probability conditional on one component.
public enum NormalOrthant {
    /// The largest dimension handled exactly.
    public static let maximumDimension = 3

    /// P(Y > 0 in every component) for Y ~ N(mean, covariance); nil when the dimension exceeds 3.
    /// Components with (numerically) zero variance are treated as constants.
    public static func positiveProbability(mean: [Double], covariance: [[Double]]) -> Double? {
        var limits: [Double] = []
        var scales: [Double] = []
        var kept: [Int] = []
        let scale = max(1e-300, mean.map(abs).max() ?? 0, covariance.indices.map { covariance[$0][$0] }.max() ?? 0)
        for i in mean.indices {
            let variance = covariance[i][i]
            if variance <= 1e-15 * scale {
                if mean[i] > 0 { continue }
                return 0
            }
            let sd = variance.squareRoot()
            limits.append(mean[i] / sd)
            scales.append(sd)
            kept.append(i)
        }
        if kept.count > maximumDimension { return nil }
        var correlation = [[Double]](repeating: [Double](repeating: 0, count: kept.count), count: kept.count)
        for a in kept.indices {
            for b in kept.indices {
                let value = a == b ? 1 : covariance[kept[a]][kept[b]] / (scales[a] * scales[b])
                correlation[a][b] = min(1, max(-1, value))
            }
        }
        return standardCDF(limits, correlation)
    }

    /// P(Z ≤ h in every component) for standard normals Z with the given correlation matrix (dimension ≤ 3).
    public static func standardCDF(_ h: [Double], _ correlation: [[Double]]) -> Double? {
        switch h.count {
        case 0: return 1
        case 1: return StandardNormal.cdf(h[0])
        case 2: return BivariateNormal.cdf(h[0], h[1], correlation: correlation[0][1])
        case 3: return trivariateCDF(h, correlation)
        default: return nil
        }
    }

    static let degenerateCorrelation = 1 - 1e-12

    static func trivariateCDF(_ h: [Double], _ rho: [[Double]]) -> Double {
        // Perfectly (anti-)correlated pairs reduce the dimension.
        for i in 0..<3 {
            for j in (i + 1)..<3 where abs(rho[i][j]) >= degenerateCorrelation {
                let other = 3 - i - j
                if rho[i][j] > 0 {
                    return BivariateNormal.cdf(min(h[i], h[j]), h[other], correlation: rho[i][other])
                }
                // Z_j = −Z_i: −h_j ≤ Z_i ≤ h_i.
                guard -h[j] < h[i] else { return 0 }
                let upper = BivariateNormal.cdf(h[i], h[other], correlation: rho[i][other])
                let lower = BivariateNormal.cdf(-h[j], h[other], correlation: rho[i][other])
                return max(0, upper - lower)
            }
        }
        // Condition on the component least correlated with the other two.
        let first =
            (0..<3).min { a, b in
                let worstA = (0..<3).filter { $0 != a }.map { abs(rho[a][$0]) }.max() ?? 0
                let worstB = (0..<3).filter { $0 != b }.map { abs(rho[b][$0]) }.max() ?? 0
                return worstA < worstB
            } ?? 0
        let others = (0..<3).filter { $0 != first }
        let (second, third) = (others[0], others[1])
        let r12 = rho[first][second]
        let r13 = rho[first][third]
        let s2 = (1 - r12 * r12).squareRoot()
        let s3 = (1 - r13 * r13).squareRoot()
        let conditional = min(1, max(-1, (rho[second][third] - r12 * r13) / (s2 * s3)))
        let (h1, h2, h3) = (h[first], h[second], h[third])
        // Outside ±8.5 the density's mass is below 1e-16.
        let lower = -8.5
        let upper = min(h1, 8.5)
        guard upper > lower else { return 0 }
        let bivariate = BivariateNormal.FixedCorrelation(conditional)
        let integral = AdaptiveQuadrature.integrate(from: lower, to: upper, tolerance: 1e-12) { x in
            StandardNormal.density(x) * bivariate.cdf((h2 - r12 * x) / s2, (h3 - r13 * x) / s3)
        }
        return min(1, max(0, integral))
    }
}
