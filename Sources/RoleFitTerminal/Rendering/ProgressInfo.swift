/// What the progress line shows above a question.
public struct ProgressInfo: Sendable, Equatable {
    /// 1-based number of the question about to be asked.
    public var questionNumber: Int
    /// About how many questions remain (nil when unknown).
    public var estimatedRemaining: Int?
    /// The role currently in front, by name (nil before any evidence).
    public var leadingRole: String?
    /// Its probability of being the best fit.
    public var leadingConfidence: Double?

    /// Creates progress information.
    public init(questionNumber: Int, estimatedRemaining: Int?, leadingRole: String?, leadingConfidence: Double?) {
        self.questionNumber = questionNumber
        self.estimatedRemaining = estimatedRemaining
        self.leadingRole = leadingRole
        self.leadingConfidence = leadingConfidence
    }
}
