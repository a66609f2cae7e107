/// Why a session ended (docs/engine.md, Stopping and the result); always recorded in the outcome.
public enum StopReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// P(best = leader) reached the confidence threshold (in target-role mode: P(target) reached it, or 1 − it).
    case confident
    /// The leader is within δ of the best role with the indifference confidence.
    case indifference
    /// The leader and runner-up together reached the top-two confidence (a hybrid result).
    case topTwo = "top-two"
    /// The maximum number of questions was reached.
    case maxItems = "max-items"
    /// The time limit was reached.
    case timeLimit = "time-limit"
    /// No eligible question was left.
    case bankExhausted = "bank-exhausted"
}

/// The decision stopping rules, checked once the minimum length and coverage are met.
enum StoppingRules {
    /// The decision rule that holds for the state, if any (confident, then top-two, then indifference).
    static func decisionRule(_ state: DecisionState, thresholds: StoppingThresholds, target: Int?) -> StopReason? {
        if let target {
            let probability = state.probabilities[target]
            if probability >= thresholds.confidence || probability <= 1 - thresholds.confidence { return .confident }
            if state.indifferenceProbability >= thresholds.indifferenceConfidence { return .indifference }
            return nil
        }
        if state.probabilities[state.leader] >= thresholds.confidence { return .confident }
        if state.topTwoProbability >= thresholds.topTwoConfidence { return .topTwo }
        if state.indifferenceProbability >= thresholds.indifferenceConfidence { return .indifference }
        return nil
    }

    /// The result for a finished session: the leader when it is clear; a hybrid of the top two when
    /// they hold the top-two confidence, when both are within δ of the best (indifference holds for
    /// the runner-up too), or when the session was cut short without a clear leader; otherwise, at an
    /// indifference stop, the leader with its indifference probability. A hybrid's confidence is
    /// P(best ∈ the pair).
    static func recommendation(
        _ state: DecisionState, reason: StopReason, thresholds: StoppingThresholds,
        roleIDs: [String]
    ) -> (Recommendation, Double) {
        let leader = state.probabilities[state.leader]
        if leader >= thresholds.confidence || roleIDs.count == 1 {
            return (.role(roleIDs[state.leader]), leader)
        }
        let hybrid = Recommendation.hybrid(roleIDs[state.leader], roleIDs[state.runnerUp])
        if state.topTwoProbability >= thresholds.topTwoConfidence { return (hybrid, state.topTwoProbability) }
        let bothNearBest = state.runnerUpIndifferenceProbability >= thresholds.indifferenceConfidence
        if reason == .indifference && state.focus == state.leader && !bothNearBest {
            return (.role(roleIDs[state.leader]), state.indifferenceProbability)
        }
        return (hybrid, state.topTwoProbability)
    }
}
