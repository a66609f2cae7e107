import Foundation

/// What the engine currently believes about areas and roles, derived from `Beliefs`
/// (docs/engine.md, Role decision).
public struct DecisionState: Sendable, Hashable {
    /// Per dimension: the estimate from that dimension's own items only.
    public let areaOnly: [PosteriorSummary]
    /// Per dimension: the borrowed-strength mean (performance evidence only; self-ratings never move it).
    public let combinedMean: [Double]
    /// The borrowed-strength covariance over all dimensions.
    public let combinedCovariance: SquareMatrix
    /// The posterior of the shape fits (level removed over the measured areas).
    public let fit: RoleFitDistribution
    /// P(best = r) from capability shape alone (uniform until two areas are measured).
    public let capabilityProbabilities: [Double]
    /// P(role = r) from role-keyed picks alone, consistency integrated out (uniform prior).
    public let orientationProbabilities: [Double]
    /// P(the picks show no preference).
    public let noPreferenceProbability: Double
    /// P(random responding | every answer): person-fit.
    public let randomResponderProbability: Double
    /// The decision probabilities given a consistent respondent: P_cap(r) · L̄_r normalised; in
    /// target-role mode capability alone (preference picks never decide an interview). The stopping
    /// and result rules weigh them by `consistency`; results state them as they are, beside P(random).
    public let probabilities: [Double]
    /// The role with the largest π (lowest index on ties).
    public let leader: Int
    /// The role with the second largest π.
    public let runnerUp: Int
    /// The role the stopping rules and DEC focus on: the target in target-role mode, else the leader.
    public let focus: Int
    /// Performance areas with at least one answered item.
    public let measuredAreaCount: Int
    /// Role-keyed picks answered.
    public let preferenceCount: Int
    /// Capability (knowledge and scenario) answers.
    public let capabilityCount: Int
    /// The target's weighted level over its defining areas (target-role mode only).
    public let targetLevel: PosteriorSummary?
    /// The relative likelihoods the decision multiplies in (all 1 in target-role mode).
    let orientationLikelihood: [Double]
    /// The indifference zone δ.
    let indifferenceDelta: Double

    /// P(not random responding): the weight the rules give the decision probabilities.
    public var consistency: Double { 1 - randomResponderProbability }

    /// P(f_focus ≥ max_s f_s − δ) given all evidence and a consistent respondent.
    public var indifferenceProbability: Double {
        guard measuredAreaCount >= 2 else { return 0 }
        return Self.indifference(
            focus: focus, delta: indifferenceDelta, fit: fit, capability: capabilityProbabilities,
            likelihood: orientationLikelihood)
    }

    /// P(best ∈ {leader, runner-up}).
    public var topTwoProbability: Double { probabilities[leader] + (leader == runnerUp ? 0 : probabilities[runnerUp]) }

    /// P(f_runnerUp ≥ max_s f_s − δ): whether the runner-up, too, is near the best.
    public var runnerUpIndifferenceProbability: Double {
        runnerUp == leader || measuredAreaCount < 2
            ? 0
            : Self.indifference(
                focus: runnerUp, delta: indifferenceDelta, fit: fit, capability: capabilityProbabilities,
                likelihood: orientationLikelihood)
    }

    /// P(target's level > 0), in target-role mode.
    public var targetAboveAverage: Double? {
        targetLevel.map { level in
            level.standardDeviation > 1e-12
                ? StandardNormal.cdf(level.mean / level.standardDeviation) : (level.mean > 0 ? 1 : 0.5)
        }
    }

    /// The preference axis's leader, when its probability reaches the preference threshold.
    public var clearPreference: Int? {
        let top = Self.argmax(orientationProbabilities)
        return preferenceCount > 0 && orientationProbabilities[top] >= Self.clearPreferenceThreshold ? top : nil
    }

    /// The capability axis's leader, when its probability reaches the capability threshold.
    public var clearCapability: Int? {
        let top = Self.argmax(capabilityProbabilities)
        return capabilityProbabilities[top] >= Self.clearCapabilityThreshold ? top : nil
    }

    /// Whether the axes contradict each other: preference is clear and either capability clearly names
    /// another role, or the Bayes factor of "one best role drives both axes" against "the axes are
    /// independent", R · Σ_r P_cap(r) P_pref(r), is at most `independenceBayesFactor` (the answers favour
    /// independent axes at least 4 : 1).
    public var axesDisagree: Bool {
        guard let preference = clearPreference, measuredAreaCount >= 2 else { return false }
        if let capability = clearCapability { return capability != preference }
        return Self.argmax(capabilityProbabilities) != preference && sharedRoleBayesFactor <= Self.independenceBayesFactor
    }

    /// R · Σ_r P_cap(r) P_pref(r): how much better one shared best role explains both axes than independent axes do.
    public var sharedRoleBayesFactor: Double {
        Double(capabilityProbabilities.count)
            * zip(capabilityProbabilities, orientationProbabilities).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// The shared-role Bayes factor at or below which the axes count as disagreeing.
    public static let independenceBayesFactor = 0.25

    /// The preference probability at which that axis counts as clear.
    public static let clearPreferenceThreshold = 0.90
    /// The capability probability at which that axis counts as clear (capability evidence is slower to separate roles).
    public static let clearCapabilityThreshold = 0.75

    /// Evaluates the beliefs.
    init(beliefs: Beliefs, plan: AssessmentPlan) {
        let areaOnly = beliefs.summaries
        // Self-report dimensions send no message: self-ratings never move what the person showed.
        var messages = areaOnly
        for (k, dimension) in plan.dimensions.enumerated() where dimension.source != .performance {
            messages[k] = plan.grid.prior
        }
        let combined =
            BorrowedStrength.combine(
                areaOnly: messages, priorVariance: plan.priorVariance, priorPrecision: plan.priorPrecision
            ) ?? Self.independent(messages)
        self.areaOnly = areaOnly
        combinedMean = combined.mean
        combinedCovariance = combined.covariance

        let areaCount = plan.roleWeights.first?.count ?? 0
        let measured = (0..<areaCount).filter { beliefs.responseCount(dimension: $0) > 0 }
        measuredAreaCount = measured.count
        capabilityCount = measured.reduce(0) { $0 + beliefs.responseCount(dimension: $1) }
        let shape = Self.shapeFit(
            weights: plan.roleWeights, measured: measured, mean: combined.mean, covariance: combined.covariance,
            unmeasuredVariance: 1 - plan.settings.areaCorrelation)
        fit = RoleFitDistribution(mean: shape.mean, covariance: shape.covariance, draws: plan.fitDraws)
        let roleCount = plan.roleIDs.count
        let uniform = [Double](repeating: 1 / Double(max(1, roleCount)), count: roleCount)
        let capability = measured.count >= 2 ? fit.bestProbabilities : uniform
        capabilityProbabilities = capability

        preferenceCount = beliefs.orientationCount
        orientationProbabilities = beliefs.preference.roleProbabilities
        noPreferenceProbability = beliefs.orientationCount > 0 ? beliefs.preference.noPreferenceProbability : 1
        let random = beliefs.randomResponderProbability(prior: plan.settings.randomResponderPrior, plan: plan)
        randomResponderProbability = random

        let likelihood =
            plan.targetRole == nil
            ? Self.relativeLikelihood(beliefs.orientationLogLikelihood)
            : [Double](repeating: 1, count: roleCount)
        var joint = zip(capability, likelihood).map { $0 * $1 }
        var total = joint.reduce(0, +)
        if !(total > 0) {
            joint = capability
            total = max(1e-300, capability.reduce(0, +))
        }
        let probabilities = joint.map { $0 / total }
        self.probabilities = probabilities
        let leader = Self.argmax(probabilities)
        self.leader = leader
        runnerUp =
            Array(probabilities.indices).filter { $0 != leader }
            .max { a, b in probabilities[a] < probabilities[b] || (probabilities[a] == probabilities[b] && a > b) } ?? leader
        focus = plan.targetRole ?? leader
        orientationLikelihood = likelihood
        indifferenceDelta = plan.settings.thresholds.indifferenceDelta
        targetLevel = plan.targetRole.map { target in
            Self.level(weights: plan.definingWeights[target], mean: combined.mean, covariance: combined.covariance)
        }
    }

    /// The shape fits (docs/engine.md, Shape, not level): with each area's ability split into the
    /// person's level and a specific part s_k, f_r = Σ_k w_rk s_k. Over the measured areas M, s_k is
    /// θ_k minus the mean over M (from the combined posterior); an unmeasured area's specific part is
    /// unknown, N(0, 1 − ρ) and independent. So on M each role weighs w_rk − (Σ_M w_r)/|M|, every fit is
    /// unchanged by a common shift of all abilities, and unmeasured areas add their uncertainty
    /// instead of a level.
    static func shapeFit(
        weights: [[Double]], measured: [Int], mean: [Double], covariance: SquareMatrix, unmeasuredVariance: Double
    ) -> (mean: [Double], covariance: SquareMatrix) {
        let roles = weights.count
        let areaCount = weights.first?.count ?? 0
        let isMeasured = (0..<areaCount).map { measured.contains($0) }
        let contrasts = weights.map { row -> [Double] in
            var contrast = [Double](repeating: 0, count: areaCount)
            guard !measured.isEmpty else { return contrast }
            let level = measured.reduce(0) { $0 + row[$1] } / Double(measured.count)
            for area in measured { contrast[area] = row[area] - level }
            return contrast
        }
        let fitMean = contrasts.map { c in measured.reduce(0) { $0 + c[$1] * mean[$1] } }
        var fitCovariance = SquareMatrix(size: roles)
        for r in 0..<roles {
            for s in r..<roles {
                var sum = 0.0
                for i in measured where contrasts[r][i] != 0 {
                    var inner = 0.0
                    for j in measured { inner += covariance[i, j] * contrasts[s][j] }
                    sum += contrasts[r][i] * inner
                }
                for area in 0..<areaCount where !isMeasured[area] {
                    sum += weights[r][area] * weights[s][area] * unmeasuredVariance
                }
                fitCovariance[r, s] = sum
                fitCovariance[s, r] = sum
            }
        }
        return (fitMean, fitCovariance)
    }

    /// The posterior of Σ_k w_k θ_k for weights over the first areas (a level, not a shape).
    static func level(weights: [Double], mean: [Double], covariance: SquareMatrix) -> PosteriorSummary {
        var value = 0.0
        var variance = 0.0
        for (i, wi) in weights.enumerated() where wi != 0 {
            value += wi * mean[i]
            for (j, wj) in weights.enumerated() where wj != 0 { variance += wi * wj * covariance[i, j] }
        }
        return PosteriorSummary(mean: value, standardDeviation: max(0, variance).squareRoot())
    }

    /// The index of the largest value (lowest index on ties).
    static func argmax(_ values: [Double]) -> Int {
        values.indices.max { a, b in values[a] < values[b] || (values[a] == values[b] && a > b) } ?? 0
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
