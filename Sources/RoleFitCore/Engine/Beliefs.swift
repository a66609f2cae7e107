import Foundation

/// The evidence a session has gathered: one grid posterior per dimension and the role-keyed
/// log-likelihood per role. Adding an answer is a vector add.
struct Beliefs: Sendable, Hashable {
    /// Per dimension, in `AssessmentPlan.dimensions` order.
    private(set) var posteriors: [GridPosterior]
    /// `posteriors[k].summary`, kept up to date (an answer changes one dimension only).
    private(set) var summaries: [PosteriorSummary]
    /// Σ log P(option | role) over answered role-keyed items, per role.
    var orientationLogLikelihood: [Double]
    /// Role-keyed answers so far.
    var orientationCount = 0

    /// No evidence yet.
    init(plan: AssessmentPlan) {
        posteriors = plan.dimensions.map { _ in GridPosterior(grid: plan.grid) }
        summaries = [PosteriorSummary](repeating: plan.grid.prior, count: plan.dimensions.count)
        orientationLogLikelihood = [Double](repeating: 0, count: plan.roleIDs.count)
    }

    /// Adds the evidence of one scored answer to item `index`.
    mutating func add(item index: Int, category: Int, plan: AssessmentPlan) {
        if let dimension = plan.dimensionOfItem[index], let table = plan.tables[index] {
            posteriors[dimension].add(table, category: category)
            summaries[dimension] = posteriors[dimension].summary
        } else if case .roleChoice(let choice) = plan.models[index] {
            for role in orientationLogLikelihood.indices {
                orientationLogLikelihood[role] += log(choice.probability(option: category, role: role))
            }
            orientationCount += 1
        }
    }
}

/// What the engine currently believes about areas and roles, derived from `Beliefs`.
public struct DecisionState: Sendable, Hashable {
    /// Per dimension: the estimate from that dimension's own items only.
    public let areaOnly: [PosteriorSummary]
    /// Per dimension: the borrowed-strength mean.
    public let combinedMean: [Double]
    /// The borrowed-strength covariance over all dimensions.
    public let combinedCovariance: SquareMatrix
    /// The role-fit posterior.
    public let fit: RoleFitDistribution
    /// P(best = r) from capability alone.
    public let capabilityProbabilities: [Double]
    /// Posterior over roles from role-keyed choices alone (uniform prior).
    public let orientationProbabilities: [Double]
    /// π_r ∝ P_cap(r) · Π P(option | r) (docs/engine.md, Role decision, a proposal): the decision probabilities.
    public let probabilities: [Double]
    /// The role with the largest π (lowest index on ties).
    public let leader: Int
    /// The role with the second largest π.
    public let runnerUp: Int
    /// The role the stopping rules and DEC focus on: the target in target-role mode, else the leader.
    public let focus: Int
    /// The relative role-keyed likelihoods L_r (largest 1).
    let orientationLikelihood: [Double]
    /// The indifference zone δ.
    let indifferenceDelta: Double

    /// P(f_focus ≥ max_s f_s − δ) given all evidence (computed when asked: three orthant integrals
    /// that the stopping rules need only when neither the confident nor the top-two rule holds).
    public var indifferenceProbability: Double {
        Self.indifference(
            focus: focus, delta: indifferenceDelta, fit: fit, capability: capabilityProbabilities,
            likelihood: orientationLikelihood)
    }

    /// P(best ∈ {leader, runner-up}).
    public var topTwoProbability: Double { probabilities[leader] + (leader == runnerUp ? 0 : probabilities[runnerUp]) }

    /// P(f_runnerUp ≥ max_s f_s − δ): whether the runner-up, too, is near the best (computed when asked).
    public var runnerUpIndifferenceProbability: Double {
        runnerUp == leader
            ? 0
            : Self.indifference(
                focus: runnerUp, delta: indifferenceDelta, fit: fit, capability: capabilityProbabilities,
                likelihood: orientationLikelihood)
    }

    /// Evaluates the beliefs.
    init(beliefs: Beliefs, plan: AssessmentPlan) {
        let areaOnly = beliefs.summaries
        // The prior precision is positive definite (checked when the plan is built) and the messages
        // only add to its diagonal, so the combination exists; the fallback keeps areas independent.
        let combined =
            BorrowedStrength.combine(
                areaOnly: areaOnly, priorVariance: plan.priorVariance, priorPrecision: plan.priorPrecision
            ) ?? Self.independent(areaOnly)
        self.areaOnly = areaOnly
        combinedMean = combined.mean
        combinedCovariance = combined.covariance
        fit = RoleFitDistribution(
            weights: plan.roleWeights, abilityMean: combined.mean,
            abilityCovariance: combined.covariance, draws: plan.fitDraws)
        let capability = fit.bestProbabilities
        capabilityProbabilities = capability
        let likelihood = Self.relativeLikelihood(beliefs.orientationLogLikelihood)
        let orientationTotal = likelihood.reduce(0, +)
        orientationProbabilities = likelihood.map { $0 / orientationTotal }
        var joint = zip(capability, likelihood).map { $0 * $1 }
        var total = joint.reduce(0, +)
        if !(total > 0) {
            joint = capability
            total = max(1e-300, capability.reduce(0, +))
        }
        let probabilities = joint.map { $0 / total }
        self.probabilities = probabilities
        let roles = Array(probabilities.indices)
        let leader =
            roles.max { a, b in probabilities[a] < probabilities[b] || (probabilities[a] == probabilities[b] && a > b) } ?? 0
        self.leader = leader
        runnerUp =
            roles.filter { $0 != leader }
            .max { a, b in probabilities[a] < probabilities[b] || (probabilities[a] == probabilities[b] && a > b) } ?? leader
        focus = plan.targetRole ?? leader
        orientationLikelihood = likelihood
        indifferenceDelta = plan.settings.thresholds.indifferenceDelta
    }

    /// Area-only estimates as an uncorrelated posterior.
    static func independent(_ areaOnly: [PosteriorSummary]) -> (mean: [Double], covariance: SquareMatrix) {
        var covariance = SquareMatrix(size: areaOnly.count)
        for (k, summary) in areaOnly.enumerated() { covariance[k, k] = summary.variance }
        return (areaOnly.map(\.mean), covariance)
    }

    /// Role-keyed likelihoods scaled so the largest is 1.
    static func relativeLikelihood(_ logLikelihood: [Double]) -> [Double] {
        let top = logLikelihood.max() ?? 0
        return logLikelihood.map { top.isFinite ? exp($0 - top) : 1 }
    }

    /// P(E_d | all evidence) for E_d = {f_d ≥ max_s f_s − δ}, where the role-keyed likelihood L_r
    /// applies to "r is best": [P_cap(d)L_d + Σ_{r≠d} L_r (P_cap(r) − P(r best, f_r − f_d > δ))] / Σ_r P_cap(r)L_r.
    static func indifference(
        focus d: Int, delta: Double, fit: RoleFitDistribution,
        capability: [Double], likelihood: [Double]
    ) -> Double {
        var numerator = capability[d] * likelihood[d]
        var denominator = capability[d] * likelihood[d]
        for r in capability.indices where r != d {
            // P(r best and ahead by δ) ≤ P(r best): skip the integral when that is negligible.
            let clearlyAhead = capability[r] < 1e-13 ? capability[r] : fit.probability(best: r, aheadOf: d, by: delta)
            numerator += likelihood[r] * max(0, capability[r] - clearlyAhead)
            denominator += likelihood[r] * capability[r]
        }
        return denominator > 0 ? min(1, numerator / denominator) : 0
    }
}
