import Foundation

/// One session as a flat record for `rolefit export` (a CSV row or a JSON line).
public struct SessionExportRow: Sendable, Hashable, Codable {
    /// The result file's name.
    public var file: String
    /// The session id.
    public var sessionID: String
    /// The candidate's name.
    public var name: String
    /// When the session finished (ISO 8601, UTC).
    public var date: String
    /// self, training or interview.
    public var mode: SessionMode
    /// The interview's target role id.
    public var targetRole: String?
    /// The recommendation's label ("Product manager" or "Product manager / Program manager").
    public var recommendation: String
    /// The recommended role ids, joined with "+" for a hybrid.
    public var recommendedRoles: String
    /// role, hybrid or no-clear-fit.
    public var kind: RecommendationKind
    /// Why there is no clear fit (no-clear-fit results only).
    public var noClearFitReason: NoClearFitReason?
    /// The rule that combined the two axes (nil for documents written before it was recorded).
    public var rule: String?
    /// quick, standard or thorough (nil for older documents).
    public var depth: SessionDepth?
    /// The recommendation's confidence.
    public var confidence: Double
    /// Why the session stopped.
    public var stopReason: StopReason
    /// Questions shown.
    public var questions: Int
    /// Total answering time in seconds.
    public var totalSeconds: Double
    /// 0–100 score per area id; nil where the area was not measured precisely enough for a number.
    public var scores: [String: Int?]
    /// P(best) per role id.
    public var probabilities: [String: Double]
    /// The preference axis's leading role id.
    public var preferenceLeader: String?
    /// Its probability on that axis.
    public var preferenceConfidence: Double?
    /// Whether the preference axis is clear.
    public var preferenceClear: Bool?
    /// The capability axis's leading role id.
    public var capabilityLeader: String?
    /// Its probability on that axis.
    public var capabilityConfidence: Double?
    /// Whether the capability axis is clear.
    public var capabilityClear: Bool?
    /// P(no preference).
    public var noPreferenceProbability: Double?
    /// P(random responding).
    public var randomResponderProbability: Double?
    /// Whether the axes clearly name different roles.
    public var axesDisagree: Bool?
    /// The interview verdict on the target role.
    public var targetVerdict: TargetAssessment.Verdict?
    /// P(level over the target's defining areas above the reference average).
    public var targetAboveAverage: Double?
    /// The gap report's flags, "area:rates-above" joined with ";" (only flagged areas).
    public var selfViewGaps: String?
    /// Answers faster than a quarter of their reading time.
    public var rapidAnswers: Int?
    /// Straight-lining signal.
    public var straightLining: Bool?
    /// Acquiescence signal (nil when it could not be measured).
    public var acquiescence: Bool?
    /// Person-fit signal.
    public var personFit: Bool?

    /// The row for one loaded result.
    public init(_ result: LoadedResult) {
        let document = result.document
        file = result.fileName
        sessionID = document.sessionID
        name = document.candidate
        date = ExportDate.iso(document.finishedAt)
        mode = document.mode
        targetRole = document.targetRole
        recommendation = document.recommendation.label
        recommendedRoles = document.recommendation.roles.joined(separator: "+")
        kind = document.recommendation.kind
        noClearFitReason = document.recommendation.reason
        rule = document.recommendation.rule
        depth = document.depth
        confidence = document.recommendation.confidence
        stopReason = document.recommendation.stopReason
        questions = document.items.count
        totalSeconds = document.integrity.totalSeconds
        scores = Dictionary(
            document.areas.map { ($0.id, $0.isMeasured ? $0.score : nil) }, uniquingKeysWith: { first, _ in first })
        probabilities = Dictionary(document.roles.map { ($0.id, $0.probability) }, uniquingKeysWith: { first, _ in first })
        let axes = document.axes
        preferenceLeader = axes?.preference.leader
        preferenceConfidence = axes?.preference.confidence
        preferenceClear = axes?.preference.clear
        capabilityLeader = axes?.capability.leader
        capabilityConfidence = axes?.capability.confidence
        capabilityClear = axes?.capability.clear
        noPreferenceProbability = axes?.noPreferenceProbability
        randomResponderProbability = axes?.randomResponderProbability
        axesDisagree = axes?.disagree
        targetVerdict = document.target?.verdict
        targetAboveAverage = document.target?.probabilityAboveAverage
        selfViewGaps = document.selfView.map { lines in
            lines.filter { $0.gap != .none }.map { "\($0.area):\($0.gap.rawValue)" }.joined(separator: ";")
        }
        let signals = document.integrity.signals
        rapidAnswers = signals?.rapidAnswerCount
        straightLining = signals?.straightLining
        acquiescence = signals.flatMap { $0.acquiescenceMeasurable ? $0.acquiescence : nil }
        personFit = signals?.personFit
    }
}
