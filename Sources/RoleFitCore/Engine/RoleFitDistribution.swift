import Foundation

/// The posterior of the role fits f_r = w_rᵀθ (docs/engine.md, Role decision): mean W μ and covariance W Σ Wᵀ
/// over the performance dimensions, with the probabilities the decision rules need.
///
/// With up to four roles, P(best = r) is exact: the differences f_r − f_s form a normal vector of at
/// most three dimensions, whose positive-orthant probability `NormalOrthant` integrates to ~1e-12.
/// With more roles it is estimated from fixed draws (the same draws every time, so results replay).
public struct RoleFitDistribution: Sendable, Hashable {
    /// E f_r.
    public let mean: [Double]
    /// Cov(f_r, f_s).
    public let covariance: SquareMatrix
    /// Fixed standard-normal draws (one row per draw, one column per role) for more than four roles.
    let draws: [[Double]]?

    /// The number of roles whose differences `NormalOrthant` integrates exactly.
    public static let exactRoleLimit = NormalOrthant.maximumDimension + 1
    /// The number of fixed draws used above `exactRoleLimit` roles.
    public static let drawCount = 4096

    /// Creates the distribution from a fit mean and covariance.
    public init(mean: [Double], covariance: SquareMatrix, draws: [[Double]]? = nil) {
        self.mean = mean
        self.covariance = covariance
        self.draws = mean.count > Self.exactRoleLimit ? (draws ?? Self.fixedDraws(roles: mean.count)) : nil
    }

    /// Projects an ability posterior (mean, covariance over dimensions whose first `weights[r].count`
    /// entries are the performance areas) onto the roles' weight vectors.
    public init(weights: [[Double]], abilityMean: [Double], abilityCovariance: SquareMatrix, draws: [[Double]]? = nil) {
        let roles = weights.count
        let areas = weights.first?.count ?? 0
        let fitMean = weights.map { w in (0..<areas).reduce(0) { $0 + w[$1] * abilityMean[$1] } }
        var fitCovariance = SquareMatrix(size: roles)
        for r in 0..<roles {
            for s in r..<roles {
                var sum = 0.0
                for i in 0..<areas where weights[r][i] != 0 {
                    var inner = 0.0
                    for j in 0..<areas where weights[s][j] != 0 { inner += abilityCovariance[i, j] * weights[s][j] }
                    sum += weights[r][i] * inner
                }
                fitCovariance[r, s] = sum
                fitCovariance[s, r] = sum
            }
        }
        self.init(mean: fitMean, covariance: fitCovariance, draws: draws)
    }

    /// The deterministic draws used for more than four roles.
    public static func fixedDraws(roles: Int) -> [[Double]] {
        var generator = SeededGenerator(seed: 0x524F_4C45_4649_5421)
        return (0..<drawCount).map { _ in (0..<roles).map { _ in generator.nextStandardNormal() } }
    }

    /// P(best = r) for every role.
    public var bestProbabilities: [Double] {
        let roles = mean.count
        if roles == 1 { return [1] }
        if let draws { return sampledBest(draws: draws, aheadOf: nil, by: 0).best }
        return (0..<roles).map { r in orthant(best: r, aheadOf: nil, by: 0) }
    }

    /// P(f_r ≥ f_s for every s, and f_r − f_d > δ): r is best and beats role d by more than δ.
    public func probability(best r: Int, aheadOf d: Int, by delta: Double) -> Double {
        if let draws { return sampledBest(draws: draws, aheadOf: d, by: delta).ahead[r] }
        return orthant(best: r, aheadOf: d, by: delta)
    }

    /// P(f_r > f_s) for two roles: Φ((E f_r − E f_s)/√Var(f_r − f_s)), the analytic two-role case.
    public func pairwiseProbability(_ r: Int, beats s: Int) -> Double {
        let difference = mean[r] - mean[s]
        let variance = covariance[r, r] + covariance[s, s] - 2 * covariance[r, s]
        guard variance > 1e-300 else { return difference > 0 ? 1 : (difference < 0 ? 0 : 0.5) }
        return StandardNormal.cdf(difference / variance.squareRoot())
    }

    /// The orthant probability of the differences f_r − f_s (s ≠ r), the one against d shifted by δ.
    func orthant(best r: Int, aheadOf d: Int?, by delta: Double) -> Double {
        let others = (0..<mean.count).filter { $0 != r }
        let differenceMean = others.map { s in mean[r] - mean[s] - (s == d ? delta : 0) }
        let differenceCovariance = others.map { s in
            others.map { t in
                covariance[r, r] - covariance[r, s] - covariance[r, t] + covariance[s, t]
            }
        }
        return NormalOrthant.positiveProbability(mean: differenceMean, covariance: differenceCovariance) ?? 0
    }

    /// Fractions of draws in which each role is best, and best by more than δ over role d.
    func sampledBest(draws: [[Double]], aheadOf d: Int?, by delta: Double) -> (best: [Double], ahead: [Double]) {
        let roles = mean.count
        let factor = Self.choleskyWithJitter(covariance)
        var best = [Double](repeating: 0, count: roles)
        var ahead = [Double](repeating: 0, count: roles)
        var fit = [Double](repeating: 0, count: roles)
        for z in draws {
            for r in 0..<roles {
                var value = mean[r]
                for k in 0...r { value += factor[r, k] * z[k] }
                fit[r] = value
            }
            var winner = 0
            for r in 1..<roles where fit[r] > fit[winner] { winner = r }
            best[winner] += 1
            if let d, winner != d, fit[winner] - fit[d] > delta { ahead[winner] += 1 }
            if d == nil { ahead[winner] += 1 }
        }
        let count = Double(draws.count)
        return (best.map { $0 / count }, ahead.map { $0 / count })
    }

    /// A Cholesky factor of a covariance that may be only semi-definite (tiny ridge added if needed).
    static func choleskyWithJitter(_ matrix: SquareMatrix) -> SquareMatrix {
        let trace = (0..<matrix.size).reduce(0) { $0 + matrix[$1, $1] }
        var ridge = 0.0
        for _ in 0..<20 {
            var candidate = matrix
            for i in 0..<matrix.size { candidate[i, i] += ridge }
            if let factor = candidate.cholesky() { return factor }
            ridge = ridge == 0 ? max(1e-300, 1e-12 * trace) : ridge * 10
        }
        return SquareMatrix(size: matrix.size)
    }
}
