import Foundation

/// The result of a finished session, ready to save as JSON and to report.
public struct AssessmentOutcome: Sendable, Hashable, Codable {
    /// The recommended role, hybrid, or no clear fit.
    public var recommendation: Recommendation
    /// P(best = role) for a role; P(best ∈ pair) for a hybrid; the indifference probability when that
    /// rule decided; for no clear fit, the leading role's probability (below every threshold).
    public var confidence: Double
    /// How much the session measured beyond the decision.
    public var depth: SessionDepth
    /// The preference and capability axes and the rule that combined them.
    public var axes: FitAxes
    /// The interview's verdict on its target role (target-role sessions only).
    public var target: TargetAssessment?
    /// Self-rating beside shown level, per area where both exist.
    public var selfView: [SelfViewComparison]
    /// How the person answered: rapid answers, straight-lining, acquiescence, person-fit, disagreement.
    public var signals: IntegritySignals
    /// Why the session ended.
    public var stopReason: StopReason
    /// The target role in target-role mode.
    public var targetRole: String?
    /// Questions answered (not skipped).
    public var answeredCount: Int
    /// Questions skipped.
    public var skippedCount: Int
    /// Total answering time in seconds.
    public var elapsedSeconds: Double
    /// Per role, in catalogue order.
    public var roles: [RoleResult]
    /// Per skill area, in catalogue order.
    public var areas: [AreaResult]
    /// Per answered question, in order.
    public var trace: [AnswerTrace]
}

/// One role's fit and probabilities.
public struct RoleResult: Sendable, Hashable, Codable {
    /// The role id.
    public var roleID: String
    /// Posterior mean of the fit w_rᵀθ.
    public var fit: Double
    /// Posterior SD of the fit.
    public var fitStandardError: Double
    /// The decision probability π_r (capability combined with orientation).
    public var probability: Double
    /// P(best = r) from capability estimates alone.
    public var capabilityProbability: Double
    /// P(r) from role-keyed choices alone (uniform prior).
    public var orientationProbability: Double
}

/// One skill area's estimates.
public struct AreaResult: Sendable, Hashable, Codable {
    /// The area id.
    public var areaID: String
    /// The performance dimension.
    public var performance: DimensionResult
    /// The self-rated dimension, where the area has self-rating items (and they are kept separate).
    public var selfReport: DimensionResult?
    /// Whether the performance estimate is precise enough to report as a number (its SD is at most
    /// the session's area precision); otherwise reports say "not enough evidence".
    public var isMeasured: Bool
}

/// Estimates of one dimension: from its own items, and after borrowing strength.
public struct DimensionResult: Sendable, Hashable, Codable {
    /// EAP and posterior SD from this dimension's items only.
    public var areaOnly: PosteriorSummary
    /// Mean and SD after the borrowed-strength step.
    public var combined: PosteriorSummary
    /// Answered items on this dimension.
    public var itemCount: Int
    /// |area-only θ̂| > 3.5.
    public var atEdgeOfScale: Bool
}

/// The state after one answered question.
public struct AnswerTrace: Sendable, Hashable, Codable {
    /// The item id.
    public var itemID: String
    /// The item's skill area (the topic, for role-keyed items).
    public var areaID: String
    /// Where the answer's evidence went; nil for a skip.
    public var source: EvidenceSource?
    /// The scored category (option index for role-keyed items); nil for a skip.
    public var category: Int?
    /// The item dimension's area-only EAP after the answer (nil for role-keyed items and skips).
    public var theta: Double?
    /// Its posterior SD.
    public var standardError: Double?
    /// The leading role after the answer.
    public var leadingRole: String
    /// Its decision probability.
    public var leaderProbability: Double
    /// Seconds spent.
    public var seconds: Double
    /// True for a pretest item's answer (recorded, never scored); absent otherwise.
    public var pretest: Bool?
}

/// What the progress line shows while a session runs.
public struct SessionSnapshot: Sendable, Hashable, Codable {
    /// Questions presented so far (answered or skipped).
    public var presentedCount: Int
    /// Questions answered.
    public var answeredCount: Int
    /// The leading role.
    public var leadingRole: String
    /// Its decision probability.
    public var leaderProbability: Double
    /// The runner-up.
    public var runnerUp: String
    /// A rough estimate of the questions still to come (0 once finished).
    public var estimatedRemaining: Int
    /// Answering time so far, in seconds.
    public var elapsedSeconds: Double
}
