import RoleFitCore

/// For every item of a plan, the answers a person can give that the engine scores as each category:
/// the inverse of `ResponseScoring`, found by scoring every possible single answer once.
struct ResponseBook: Sendable {
    /// `choices[item][category]`: every candidate answer scored as that category (empty when none is).
    let choices: [[[ItemResponse]]]

    /// Multiple-response items with at most this many options get every non-empty subset as a
    /// candidate; larger ones the key and each single option.
    static let subsetOptionLimit = 10

    /// Scores each item's candidate answers (options, ratings 1–5, option subsets).
    init(plan: AssessmentPlan) {
        choices = plan.items.indices.map { index in
            let item = plan.items[index]
            let count = plan.models[index].categoryCount
            var byCategory = [[ItemResponse]](repeating: [], count: count)
            for candidate in Self.candidates(for: item) {
                guard let category = try? ResponseScoring.category(of: candidate, for: item, categoryCount: count),
                    byCategory.indices.contains(category)
                else { continue }
                byCategory[category].append(candidate)
            }
            return byCategory
        }
    }

    /// The first candidate scored as `category`, nil when none is.
    func response(item: Int, category: Int) -> ItemResponse? {
        choices[item].indices.contains(category) ? choices[item][category].first : nil
    }

    /// A candidate scored as `category`, uniform among them (a wrong answer is any wrong option, not
    /// always the first); nil when none is.
    func response(item: Int, category: Int, generator: inout SeededGenerator) -> ItemResponse? {
        guard choices[item].indices.contains(category), !choices[item][category].isEmpty else { return nil }
        let options = choices[item][category]
        return options.count == 1 ? options[0] : options[generator.nextIndex(below: options.count)]
    }

    /// Whether a category can be answered.
    func isReachable(item: Int, category: Int) -> Bool {
        choices[item].indices.contains(category) && !choices[item][category].isEmpty
    }

    /// Every answer worth trying for an item, in a fixed order.
    static func candidates(for item: Item) -> [ItemResponse] {
        switch item.kind {
        case .selfRating:
            return (1...5).map { .rating($0) }
        case .multipleResponse:
            let count = item.options.count
            if count <= subsetOptionLimit {
                return (1..<(1 << count)).map { mask in .options(Set((0..<count).filter { mask & (1 << $0) != 0 })) }
            }
            let correct = Set(item.options.indices.filter { item.options[$0].isCorrect })
            return [.options(correct)] + item.options.indices.map { .options([$0]) }
        default:
            return item.options.indices.map { .option($0) }
        }
    }
}
