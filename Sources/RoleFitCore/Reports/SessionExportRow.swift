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
    /// role or hybrid.
    public var kind: RecommendationKind
    /// The recommendation's confidence.
    public var confidence: Double
    /// Why the session stopped.
    public var stopReason: StopReason
    /// Questions shown.
    public var questions: Int
    /// Total answering time in seconds.
    public var totalSeconds: Double
    /// 0–100 score per area id; nil where the area was not measured.
    public var scores: [String: Int?]
    /// P(best) per role id.
    public var probabilities: [String: Double]

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
        confidence = document.recommendation.confidence
        stopReason = document.recommendation.stopReason
        questions = document.items.count
        totalSeconds = document.integrity.totalSeconds
        scores = Dictionary(
            document.areas.map { ($0.id, $0.itemCount > 0 ? $0.score : nil) }, uniquingKeysWith: { first, _ in first })
        probabilities = Dictionary(document.roles.map { ($0.id, $0.probability) }, uniquingKeysWith: { first, _ in first })
    }
}
