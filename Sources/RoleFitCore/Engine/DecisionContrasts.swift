import Foundation

/// The role comparisons that decision-targeted selection sharpens (docs/engine.md, Selection, a proposal).
///
/// For the focus role ℓ (the leader, or the target in target-role mode) and each competitor s:
/// c_s = w_ℓ − w_s, δ_s = c_sᵀμ, V_s = c_sᵀΣc_s, g_s = Σc_s. An item of dimension k with information
/// I reduces V_s by I g_{s,k}² / (1 + I Σ_kk). The weight ω_s is min(q_s, 1 − q_s), where q_s is the
/// probability that s beats ℓ: Φ(−δ_s/√V_s), combined with the role-keyed likelihood ratio L_s/L_ℓ
/// (with no role-keyed answers this is §5's Φ(−|δ_s|/√V_s)).
///
/// In target-role mode the only contrast is the target's level over its defining areas (docs/engine.md,
/// Interview mode).
///
/// Role-keyed items (an extension of §5, also a proposal): their value for the pair (ℓ, s) is the
/// mutual information between the chosen option and "ℓ or s" under the pair's odds q_s, divided by
/// that pair's entropy: the fraction of the pair's uncertainty one answer removes, on the same [0, 1]
/// scale as the relative variance reduction ΔV_s/V_s of capability items.
struct DecisionContrasts {
    struct Competitor {
        let role: Int
        let weight: Double
        let odds: Double
        let variance: Double
        let gain: [Double]
        let difference: Double
    }

    let focus: Int
    let competitors: [Competitor]
    let mean: [Double]
    let covariance: SquareMatrix

    init(state: DecisionState, plan: AssessmentPlan, orientationLogLikelihood: [Double]) {
        focus = state.focus
        mean = state.combinedMean
        covariance = state.combinedCovariance
        let dimensionCount = plan.dimensions.count
        let areaCount = plan.roleWeights.first?.count ?? 0
        let likelihood = DecisionState.relativeLikelihood(orientationLogLikelihood)
        if let target = plan.targetRole {
            // An interview's verdict is the target's level over its defining areas: one contrast, the
            // defining weights, whose variance each capability item reduces.
            var contrast = [Double](repeating: 0, count: dimensionCount)
            for area in 0..<areaCount { contrast[area] = plan.definingWeights[target][area] }
            let gain = state.combinedCovariance.multiply(contrast)
            let variance = zip(contrast, gain).reduce(0) { $0 + $1.0 * $1.1 }
            let difference = zip(contrast, state.combinedMean).reduce(0) { $0 + $1.0 * $1.1 }
            competitors = [
                Competitor(role: target, weight: 1, odds: 0.5, variance: variance, gain: gain, difference: difference)
            ]
            return
        }
        competitors = plan.roleIDs.indices.filter { $0 != state.focus }.map { s in
            var contrast = [Double](repeating: 0, count: dimensionCount)
            for area in 0..<areaCount { contrast[area] = plan.roleWeights[state.focus][area] - plan.roleWeights[s][area] }
            let gain = state.combinedCovariance.multiply(contrast)
            let variance = zip(contrast, gain).reduce(0) { $0 + $1.0 * $1.1 }
            let difference = zip(contrast, state.combinedMean).reduce(0) { $0 + $1.0 * $1.1 }
            let capabilityOdds: Double
            if variance > 1e-300 {
                capabilityOdds = StandardNormal.cdf(-difference / variance.squareRoot())
            } else {
                capabilityOdds = difference < 0 ? 1 : (difference > 0 ? 0 : 0.5)
            }
            let ratio = likelihood[state.focus] > 0 ? likelihood[s] / likelihood[state.focus] : 1
            let numerator = capabilityOdds * ratio
            let denominator = numerator + (1 - capabilityOdds)
            let odds = denominator > 0 ? numerator / denominator : 0.5
            return Competitor(
                role: s, weight: min(odds, 1 - odds), odds: odds, variance: variance,
                gain: gain, difference: difference)
        }
    }

    /// The DEC score of item `index`.
    func score(item index: Int, plan: AssessmentPlan) -> Double {
        if let dimension = plan.dimensionOfItem[index] {
            // Self-ratings never move the decision (they send no message to the combination).
            guard plan.dimensions[dimension].source == .performance else { return 0 }
            let information = plan.models[index].information(at: mean[dimension])
            let spread = covariance[dimension, dimension]
            var score = 0.0
            for competitor in competitors where competitor.variance > 1e-300 {
                let g = competitor.gain[dimension]
                score += competitor.weight * information * g * g / (1 + information * spread) / competitor.variance
            }
            return score
        }
        guard case .roleChoice(let choice) = plan.models[index] else { return 0 }
        var score = 0.0
        for competitor in competitors {
            score +=
                competitor.weight
                * Self.relativeInformation(
                    odds: competitor.odds, focusRow: choice.table[focus], competitorRow: choice.table[competitor.role])
        }
        return score
    }

    /// The largest relative variance reduction ΔV/V any of `candidates` gives the contrast with `role`.
    func bestRelativeReduction(against role: Int, candidates: [Int], plan: AssessmentPlan) -> Double {
        guard let competitor = competitors.first(where: { $0.role == role }), competitor.variance > 1e-300 else { return 0 }
        var best = 0.0
        for index in candidates {
            guard let dimension = plan.dimensionOfItem[index] else { continue }
            let information = plan.models[index].information(at: mean[dimension])
            let g = competitor.gain[dimension]
            best = max(best, information * g * g / (1 + information * covariance[dimension, dimension]) / competitor.variance)
        }
        return best
    }

    /// The squared standardized gap δ²/V between the focus and `role`.
    func standardizedGapSquared(to role: Int) -> Double? {
        guard let competitor = competitors.first(where: { $0.role == role }), competitor.variance > 1e-300 else { return nil }
        return competitor.difference * competitor.difference / competitor.variance
    }

    /// I(option; {ℓ, s}) / H(q) for prior odds q on s.
    static func relativeInformation(odds q: Double, focusRow: [Double], competitorRow: [Double]) -> Double {
        guard q > 0, q < 1 else { return 0 }
        let entropy = -q * log(q) - (1 - q) * log(1 - q)
        var information = 0.0
        for option in focusRow.indices {
            let pFocus = focusRow[option]
            let pCompetitor = competitorRow[option]
            let mixture = (1 - q) * pFocus + q * pCompetitor
            guard mixture > 0 else { continue }
            if pFocus > 0 { information += (1 - q) * pFocus * log(pFocus / mixture) }
            if pCompetitor > 0 { information += q * pCompetitor * log(pCompetitor / mixture) }
        }
        return max(0, information / entropy)
    }
}
