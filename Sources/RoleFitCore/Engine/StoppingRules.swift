/// The decision stopping rules and the result rule (docs/engine.md, Stopping and the result).
enum StoppingRules {
    /// P(random responding) at which a session stops early: more questions would not help.
    static let inconsistentStop = 0.95
    /// P(random responding) from which a result is "no clear fit: inconsistent answers".
    static let inconsistentResult = 0.5
    /// P(best ∈ top two) that gives a hybrid when the session ended without a decision rule (the cap,
    /// the time limit, the bank, declined preferences): the pair is stated with its own probability.
    static let cutShortHybrid = 0.90

    /// The decision rule that holds for the state, if any. In target-role mode: the verdict on the
    /// target's level is decided. Otherwise: confident, then top-two, then indifference.
    static func decisionRule(_ state: DecisionState, thresholds: StoppingThresholds, target: Int?) -> StopReason? {
        if state.randomResponderProbability >= inconsistentStop { return .inconsistentAnswers }
        if target != nil {
            guard let above = state.targetAboveAverage else { return nil }
            if above >= thresholds.confidence || above <= 1 - thresholds.confidence { return .confident }
            return nil
        }
        let weight = state.consistency
        if weight * state.probabilities[state.leader] >= thresholds.confidence { return .confident }
        if weight * state.topTwoProbability >= thresholds.topTwoConfidence { return .topTwo }
        if weight * state.indifferenceProbability >= thresholds.indifferenceConfidence { return .indifference }
        return nil
    }

    /// The result for a finished session (each threshold applies to the probability times P(not random);
    /// the stated confidence is the probability given a consistent respondent, reported beside P(random)):
    /// 1. no clear fit (inconsistent answers) when P(random responding) ≥ 0.5;
    /// 2. no clear fit (preferences and skills split) when both axes are clear and name different roles;
    /// 3. the leader when P(best) reaches the confidence threshold;
    /// 4. a hybrid of the top two when they hold the top-two confidence, or 0.90 when the session was
    ///    cut short, or when both are within δ of the best at an indifference stop;
    /// 5. the leader with its indifference probability at an indifference stop;
    /// 6. otherwise no clear fit (too little evidence).
    /// A hybrid's confidence is P(best ∈ the pair); no clear fit carries the leader's probability.
    static func recommendation(
        _ state: DecisionState, reason: StopReason, thresholds: StoppingThresholds,
        roleIDs: [String]
    ) -> (Recommendation, Double) {
        let leader = state.probabilities[state.leader]
        let weight = state.consistency
        if state.randomResponderProbability >= inconsistentResult { return (.noClearFit(.inconsistentAnswers), leader) }
        if state.axesDisagree { return (.noClearFit(.preferencesAndSkillsSplit), leader) }
        if weight * leader >= thresholds.confidence || roleIDs.count == 1 {
            return (.role(roleIDs[state.leader]), leader)
        }
        let hybrid = Recommendation.hybrid(roleIDs[state.leader], roleIDs[state.runnerUp])
        let pair = state.topTwoProbability
        if weight * pair >= thresholds.topTwoConfidence { return (hybrid, pair) }
        let cutShort = [StopReason.maxItems, .timeLimit, .bankExhausted, .preferencesDeclined].contains(reason)
        if cutShort && weight * pair >= cutShortHybrid { return (hybrid, pair) }
        if reason == .indifference && state.focus == state.leader {
            if weight * state.runnerUpIndifferenceProbability >= thresholds.indifferenceConfidence {
                return (hybrid, pair)
            }
            return (.role(roleIDs[state.leader]), state.indifferenceProbability)
        }
        return (.noClearFit(.tooLittleEvidence), leader)
    }

    /// The rule, in words, as it applies to a session (written into the result).
    static func ruleDescription(thresholds: StoppingThresholds, targetRole targetName: String?) -> String {
        let confidence = percent(thresholds.confidence)
        if let targetName {
            return "Interview for \(targetName): the verdict rests on capability in the role's defining areas only "
                + "(P(weighted level above the reference average) ≥ \(confidence) demonstrated, ≤ \(percent(1 - thresholds.confidence)) "
                + "not demonstrated, otherwise not enough evidence); role probabilities use capability shape alone; "
                + "preference picks are shown as self-reported and never decide it. A demonstrated verdict is the "
                + "recommendation, stated with P(above average); otherwise the recommendation follows capability alone. "
                + "Answers that fit random responding better than any profile give no clear fit."
        }
        let combination =
            "P(role) ∝ capability P(best, by profile shape) × preference likelihood (consistency integrated out); "
            + "each threshold applies to it times P(not random responding). "
        let single = "One role when its P ≥ \(confidence); "
        let pair =
            "a hybrid when the top two hold ≥ \(percent(thresholds.topTwoConfidence)) "
            + "(≥ \(percent(cutShortHybrid)) when the session ran out of questions or time); "
        let preference = percent(DecisionState.clearPreferenceThreshold)
        let capability = percent(DecisionState.clearCapabilityThreshold)
        let none =
            "no clear fit when P(random responding) ≥ 50%, when a clear preference (≥ \(preference)) meets capability "
            + "that clearly names another role (≥ \(capability)) or favours independent axes over one shared role "
            + "at least 4 : 1, or when the session ends without either."
        return combination + single + pair + none
    }

    private static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
