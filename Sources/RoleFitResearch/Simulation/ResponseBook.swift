import RoleFitCore

/// For every item of a plan, an answer a person can give that the engine scores as each category:
/// the inverse of `ResponseScoring`, found by scoring every possible single answer once.
struct ResponseBook: Sendable {
    /// `responses[item][category]`: an answer scored as that category, nil when no answer is.
    let responses: [[ItemResponse?]]

    /// Scores each item's candidate answers (options, ratings 1–5, the exact correct set).
    init(plan: AssessmentPlan) {
        responses = plan.items.indices.map { index in
            let item = plan.items[index]
            let count = plan.models[index].categoryCount
            var byCategory = [ItemResponse?](repeating: nil, count: count)
            for candidate in Self.candidates(for: item) {
                guard let category = try? ResponseScoring.category(of: candidate, for: item, categoryCount: count),
                    byCategory.indices.contains(category), byCategory[category] == nil
                else { continue }
                byCategory[category] = candidate
            }
            return byCategory
        }
    }

    /// Whether a category can be answered.
    func isReachable(item: Int, category: Int) -> Bool {
        responses[item].indices.contains(category) && responses[item][category] != nil
    }

    /// Every answer worth trying for an item, in a fixed order.
    static func candidates(for item: Item) -> [ItemResponse] {
        switch item.kind {
        case .selfRating:
            return (1...5).map { .rating($0) }
        case .multipleResponse:
            let correct = Set(item.options.indices.filter { item.options[$0].isCorrect })
            return [.options(correct)] + item.options.indices.map { .options([$0]) }
        default:
            return item.options.indices.map { .option($0) }
        }
    }
}
