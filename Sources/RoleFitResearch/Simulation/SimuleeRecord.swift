import RoleFitCore

/// What one simulee's adaptive session and full-bank decision produced; the metrics are computed
/// from these records after all simulees have run.
struct SimuleeRecord: Sendable {
    /// The role that truly fits best (nil when the population has none).
    let trueRole: Int?
    /// The engine's leader after every item has been answered (the full-bank decision).
    let fullBankRole: Int
    /// The full-bank decision probability of that leader.
    let fullBankProbability: Double
    /// The leader of the full-bank capability probabilities alone (role-keyed answers left out).
    let fullBankCapabilityRole: Int
    /// The recommended role indices (one, or two for a hybrid, leader first; none for no clear fit).
    let recommended: [Int]
    /// The stated confidence of the recommendation.
    let confidence: Double
    /// Why the session stopped.
    let stopReason: StopReason
    /// Items presented.
    let presented: [Int]
    /// The leading role after each answer.
    let leaders: [Int]
    /// True performance θ per area.
    let trueAreas: [Double]
    /// Combined (borrowed-strength) estimate per area's performance dimension.
    let estimatedAreas: [PosteriorSummary]
    /// The role the picks followed (nil when they followed none).
    var pickRole: Int? = nil
    /// The result's kind.
    var kind: RecommendationKind = .role
    /// Why there is no clear fit, for that kind.
    var noClearFitReason: NoClearFitReason? = nil
    /// Per area: whether the outcome reports it as measured.
    var measuredAreas: [Bool] = []
    /// The session's capability probabilities per role.
    var capabilityProbabilities: [Double] = []
    /// The full-bank capability probabilities per role.
    var fullBankCapabilityProbabilities: [Double] = []
    /// The integrity signals of the outcome (nil when the session did not finish).
    var signals: IntegritySignals? = nil
    /// The interview verdict on the target role, in target-role sessions.
    var targetVerdict: TargetAssessment.Verdict? = nil

    /// Whether the result is a hybrid.
    var isHybrid: Bool { recommended.count > 1 }
    /// Whether the result names a role or a hybrid (not no clear fit).
    var isDecided: Bool { !recommended.isEmpty }
    /// Whether the result is one role at a confidence of at least `threshold`.
    func isConfident(_ threshold: Double) -> Bool { kind == .role && recommended.count == 1 && confidence >= threshold }
    /// Questions asked.
    var length: Int { presented.count }
}
