/// How one answer came out, worked out once from the engine's scored category: the presenters show
/// it in training mode and the result records it.
public struct AnswerFeedback: Sendable, Hashable {
    /// Right or wrong for knowledge items (single choice, true/false, multiple response); nil for
    /// other kinds and for skips.
    public var correct: Bool?
    /// The chosen option's score, for graded scenarios.
    public var score: Int?
    /// The best score an option of a graded scenario has.
    public var maxScore: Int?
    /// The right options of a knowledge item, or the strongest option of a graded scenario (0-based).
    public var bestOptions: [Int]

    /// The feedback on an answer to `item` that the engine scored as `category` (nil when skipped).
    public init(item: Item, category: Int?) {
        correct = item.kind.isDichotomous ? category.map { $0 == 1 } : nil
        switch item.kind {
        case .gradedScenario:
            let top = item.options.map(\.score).max() ?? 0
            score = category
            maxScore = top
            bestOptions = item.options.firstIndex { $0.score == top }.map { [$0] } ?? []
        case .singleChoice, .trueFalse, .multipleResponse:
            bestOptions = item.options.indices.filter { item.options[$0].isCorrect }
        case .roleKeyed, .selfRating:
            bestOptions = []
        }
    }
}
