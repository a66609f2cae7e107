/// A question read from a foreign format, before it is mapped to a RoleFit item.
public struct ImportedQuestion: Sendable, Hashable {
    /// What the question asks for, as the foreign format defines it.
    public enum Body: Sendable, Hashable {
        /// Options with Moodle-style weights (1 = fully correct, 0 = wrong, negative = penalty).
        /// `single` is true when the author marked answers with `=` (one answer allowed).
        case choice(single: Bool, answers: [ImportedAnswer])
        /// A true/false statement with the feedback for each answer a person can give.
        case trueFalse(answer: Bool, feedbackIfTrue: String?, feedbackIfFalse: String?)
        /// A question type RoleFit cannot ask: the reason it is skipped and a short type label.
        case unsupported(kind: String, reason: String, hint: String?)
    }

    /// 1-based line where the question starts.
    public var line: Int
    /// The `::title::`, if any.
    public var title: String?
    /// The `[id:…]` from a comment, if any.
    public var explicitID: String?
    /// The line of the `[id:…]` comment.
    public var explicitIDLine: Int?
    /// The `[tag:…]` values from comments.
    public var tags: [String]
    /// A `[difficulty:…]` rating from a comment, if any.
    public var difficulty: DifficultyRating?
    /// A `[max-score:N]` from a comment: the top score of a graded scenario.
    public var maxScore: Int?
    /// The `$CATEGORY:` in force, if any.
    public var category: String?
    /// The question text.
    public var prompt: String
    /// General feedback (`####…` in GIFT).
    public var generalFeedback: String?
    /// The answers and their meaning.
    public var body: Body
    /// Notes the parser wants to pass on (a conversion it made, for example).
    public var notes: [ImportIssue]

    /// Creates a question.
    public init(
        line: Int, title: String? = nil, explicitID: String? = nil, explicitIDLine: Int? = nil,
        tags: [String] = [], difficulty: DifficultyRating? = nil, maxScore: Int? = nil,
        category: String? = nil, prompt: String, generalFeedback: String? = nil, body: Body,
        notes: [ImportIssue] = []
    ) {
        self.line = line
        self.title = title
        self.explicitID = explicitID
        self.explicitIDLine = explicitIDLine
        self.tags = tags
        self.difficulty = difficulty
        self.maxScore = maxScore
        self.category = category
        self.prompt = prompt
        self.generalFeedback = generalFeedback
        self.body = body
        self.notes = notes
    }
}

/// One answer of an imported choice question.
public struct ImportedAnswer: Sendable, Hashable {
    /// What the person reads.
    public var text: String
    /// Moodle's fraction: 1 fully correct, 0 wrong, between them partial credit, below 0 a penalty.
    public var weight: Double
    /// Feedback shown when this answer is chosen.
    public var feedback: String?
    /// 1-based line of the answer.
    public var line: Int

    /// Creates an answer.
    public init(text: String, weight: Double, feedback: String? = nil, line: Int) {
        self.text = text
        self.weight = weight
        self.feedback = feedback
        self.line = line
    }
}

/// What a parser found: the questions in file order and the errors and notes it met on the way.
public struct ParsedQuestions: Sendable, Hashable {
    /// The questions, including unsupported ones (the mapper reports those as skipped).
    public var questions: [ImportedQuestion]
    /// Errors and notes that belong to no single mapped question.
    public var issues: [ImportIssue]

    /// Creates a parse result.
    public init(questions: [ImportedQuestion] = [], issues: [ImportIssue] = []) {
        self.questions = questions
        self.issues = issues
    }
}
