import Foundation
import Testing

@testable import RoleFitCore

/// docs/engine.md, Numeric oracles role-fit oracle and the properties of the role-fit probabilities.
@Suite("Role fit")
struct RoleFitTests {
    static let mean = [0.5, -0.2, 1.0, 0.3]
    static let sd = [0.4, 0.5, 0.35, 0.6]
    static let weights: [[Double]] = [[0.4, 0.1, 0.1, 0.4], [0.1, 0.6, 0.1, 0.2], [0.3, 0.3, 0, 0.4], [0.2, 0.1, 0.5, 0.2]]

    static var covariance: SquareMatrix {
        var matrix = SquareMatrix(size: 4)
        for k in 0..<4 { matrix[k, k] = sd[k] * sd[k] }
        return matrix
    }

    static var oracleFit: RoleFitDistribution {
        RoleFitDistribution(weights: weights, abilityMean: mean, abilityCovariance: covariance)
    }

    @Test("P(best) of docs/engine.md, Numeric oracles to 1e-8")
    func bestProbabilityOracle() {
        let probabilities = Self.oracleFit.bestProbabilities
        expectClose(probabilities, [0.1090717925, 0.0234571027, 0.0043527076, 0.8631183976], tolerance: 1e-8)
        #expect(abs(probabilities.reduce(0, +) - 1) <= 1e-10)
    }

    @Test("Two-role case project vs TPM: Φ(−0.24/0.2009975124) = 0.1162302556")
    func twoRoleOracle() {
        let fit = Self.oracleFit
        #expect(abs(fit.mean[3] - fit.mean[0] - 0.24) <= 1e-12)
        #expect(abs(fit.pairwiseProbability(0, beats: 3) - 0.1162302556) <= 1e-8)
        let pair = RoleFitDistribution(
            weights: [Self.weights[0], Self.weights[3]], abilityMean: Self.mean,
            abilityCovariance: Self.covariance)
        expectClose(pair.bestProbabilities, [0.1162302556, 1 - 0.1162302556], tolerance: 1e-8)
    }

    @Test("Sampling with fixed draws agrees with the exact probabilities within its error")
    func samplingAgrees() {
        let fit = Self.oracleFit
        let sampled = fit.sampledBest(draws: RoleFitDistribution.fixedDraws(roles: 4), aheadOf: nil, by: 0).best
        for (exact, estimate) in zip(fit.bestProbabilities, sampled) {
            let standardError = (exact * (1 - exact) / Double(RoleFitDistribution.drawCount)).squareRoot()
            #expect(abs(exact - estimate) <= 4 * standardError + 1e-12)
        }
    }

    @Test("Five roles use the fixed draws; the result replays exactly")
    func fiveRolesSampled() {
        let weights = Self.weights + [[0.25, 0.25, 0.25, 0.25]]
        let first = RoleFitDistribution(weights: weights, abilityMean: Self.mean, abilityCovariance: Self.covariance)
        let second = RoleFitDistribution(weights: weights, abilityMean: Self.mean, abilityCovariance: Self.covariance)
        #expect(first.draws != nil)
        #expect(first.bestProbabilities == second.bestProbabilities)
        #expect(abs(first.bestProbabilities.reduce(0, +) - 1) <= 1e-12)
        #expect(first.bestProbabilities[3] > 0.7)
    }

    @Test("P(r best and ahead of d by δ) agrees with sampling; δ = 0 gives P(best) for r ≠ d")
    func aheadProbability() {
        let fit = Self.oracleFit
        let draws = RoleFitDistribution.fixedDraws(roles: 4)
        for d in 0..<4 {
            let sampled = fit.sampledBest(draws: draws, aheadOf: d, by: 0.1).ahead
            for r in 0..<4 where r != d {
                let exact = fit.probability(best: r, aheadOf: d, by: 0.1)
                let standardError = (max(exact * (1 - exact), 1e-6) / Double(draws.count)).squareRoot()
                #expect(abs(exact - sampled[r]) <= 4 * standardError + 1e-12, "r \(r) d \(d)")
                #expect(abs(fit.probability(best: r, aheadOf: d, by: 0) - fit.bestProbabilities[r]) <= 1e-10)
                #expect(exact <= fit.bestProbabilities[r] + 1e-12)
            }
        }
    }

    @Test("Indifference without role-keyed evidence equals P(f_ℓ ≥ max f − δ), checked by sampling")
    func indifferenceMatchesDefinition() {
        let fit = Self.oracleFit
        let capability = fit.bestProbabilities
        let indifference = DecisionState.indifference(
            focus: 3, delta: 0.1, fit: fit, capability: capability,
            likelihood: [1, 1, 1, 1])
        let factor = RoleFitDistribution.choleskyWithJitter(fit.covariance)
        var hits = 0
        let draws = RoleFitDistribution.fixedDraws(roles: 4)
        for z in draws {
            let f = (0..<4).map { r in fit.mean[r] + (0...r).reduce(0) { $0 + factor[r, $1] * z[$1] } }
            if f[3] >= (f.max() ?? 0) - 0.1 { hits += 1 }
        }
        let sampled = Double(hits) / Double(draws.count)
        #expect(abs(indifference - sampled) <= 4 * (sampled * (1 - sampled) / Double(draws.count)).squareRoot() + 1e-9)
        #expect(indifference > capability[3])
    }

    @Test("Bivariate and trivariate normal probabilities against closed forms")
    func orthantClosedForms() {
        // Zero-mean orthants: bivariate 1/4 + asin(ρ)/(2π); trivariate 1/8 + Σ asin(ρ_ij)/(4π).
        for rho in [-0.99, -0.93, -0.5, 0, 0.2, 0.6, 0.8, 0.95, 0.999] {
            #expect(abs(BivariateNormal.cdf(0, 0, correlation: rho) - (0.25 + asin(rho) / (2 * Double.pi))) <= 1e-14)
        }
        for (r12, r13, r23) in [(0.5, 0.5, 0.5), (-0.3, 0.2, 0.7), (0.9, 0.85, 0.8), (-0.45, -0.45, -0.05), (0.99, 0.1, 0.05)] {
            let expected = 0.125 + (asin(r12) + asin(r13) + asin(r23)) / (4 * Double.pi)
            let value = NormalOrthant.standardCDF([0, 0, 0], [[1, r12, r13], [r12, 1, r23], [r13, r23, 1]]) ?? -1
            #expect(abs(value - expected) <= 1e-11, "\(r12) \(r13) \(r23)")
        }
        // Independent components factorize.
        let independent = NormalOrthant.standardCDF([0.3, -1.1, 2.0], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]) ?? -1
        let product = StandardNormal.cdf(0.3) * StandardNormal.cdf(-1.1) * StandardNormal.cdf(2.0)
        #expect(abs(independent - product) <= 1e-13)
        // Perfectly correlated pair reduces to the bivariate case.
        let degenerate = NormalOrthant.standardCDF([0.4, 0.9, -0.2], [[1, 1, 0.3], [1, 1, 0.3], [0.3, 0.3, 1]]) ?? -1
        #expect(abs(degenerate - BivariateNormal.cdf(0.4, -0.2, correlation: 0.3)) <= 1e-13)
    }
}
