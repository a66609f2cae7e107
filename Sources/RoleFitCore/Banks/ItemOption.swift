/// One answer option of an item.
public struct ItemOption: Sendable, Hashable, Codable {
    /// What the person reads.
    public var text: String
    /// For knowledge items: whether this option is (one of) the correct answer(s).
    public var isCorrect: Bool
    /// The response category this option maps to: 1/0 for knowledge items, the score for graded
    /// scenarios, the (possibly reversed) rating − 1 for self-ratings, the option index for role-keyed items.
    public var score: Int
    /// For role-keyed items: the role ids this option is typical of.
    public var roles: [String]
    /// Feedback shown after this option is chosen (training mode), if the author wrote one.
    public var feedback: String?

    /// Creates an option.
    public init(text: String, isCorrect: Bool = false, score: Int = 0, roles: [String] = [], feedback: String? = nil) {
        self.text = text
        self.isCorrect = isCorrect
        self.score = score
        self.roles = roles
        self.feedback = feedback
    }
}
