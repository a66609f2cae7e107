/// One question as answered in one session, as a flat record for `rolefit export --items`.
public struct ItemExportRow: Sendable, Hashable, Codable {
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
    /// 1-based position in the session.
    public var index: Int
    /// Item id.
    public var itemID: String
    /// Item kind.
    public var kind: RecordedItemKind
    /// Skill area id.
    public var area: String
    /// The question.
    public var prompt: String
    /// The answer as typed: option numbers ("2", "1,3") or the rating; empty when skipped.
    public var response: String
    /// The answer in words.
    public var answer: String
    /// Whether the question was skipped.
    public var skipped: Bool
    /// Knowledge items: right or wrong.
    public var correct: Bool?
    /// The response category scored.
    public var score: Int?
    /// The highest category.
    public var maxScore: Int
    /// Seconds taken.
    public var seconds: Double
    /// θ of the item's dimension after the answer.
    public var theta: Double?
    /// Its standard error.
    public var se: Double?
    /// The leading role after the answer.
    public var leadingRole: String
    /// Its probability.
    public var leaderProbability: Double

    /// The row for one record of a loaded result.
    public init(_ record: ItemRecord, of result: LoadedResult) {
        file = result.fileName
        sessionID = result.document.sessionID
        name = result.document.candidate
        date = ExportDate.iso(result.document.finishedAt)
        mode = result.document.mode
        index = record.index
        itemID = record.id
        kind = record.kind
        area = record.area
        prompt = record.prompt
        response = Self.typed(record.response)
        answer = record.answerText
        skipped = record.response == .skipped
        correct = record.correct
        score = record.score
        maxScore = record.maxScore
        seconds = record.seconds
        theta = record.theta
        se = record.se
        leadingRole = record.leadingRole
        leaderProbability = record.leaderProbability
    }

    /// The answer as a person types it: 1-based option numbers, or the rating.
    static func typed(_ response: ItemResponse) -> String {
        switch response {
        case .option(let index): String(index + 1)
        case .options(let indices): indices.sorted().map { String($0 + 1) }.joined(separator: ",")
        case .rating(let value): String(value)
        case .skipped: ""
        case .notApplicable: "n/a"
        }
    }
}
