/// Whether the options of role-keyed items are equally long and equally admirable across roles,
/// and whether explanations pick a winner.
enum RoleKeyedBalance {
    /// Words that praise an option.
    static let praiseWords: Set<String> = [
        "carefully", "clear", "clearly", "ensure", "ensuring", "best", "right", "proactively", "thoughtful", "thoroughly",
        "properly", "well", "effective", "effectively", "wisely", "honest", "honestly", "openly", "transparent", "together",
        "collaborate", "collaboratively", "empower", "support", "help", "quality", "fair", "fairly",
    ]
    /// Words that belittle an option.
    static let blameWords: Set<String> = [
        "ignore", "ignoring", "just", "only", "blame", "quickly", "quietly", "rush", "rushing", "push", "pushing", "force",
        "forcing", "avoid", "avoiding", "refuse", "hide", "hiding", "defer", "whatever", "simply", "merely", "regardless",
    ]
    /// Phrases by which an explanation calls one option the better answer.
    static let winnerPhrases = [
        "the best answer", "the right answer", "best option", "better option", "the strongest", "the wisest",
        "is best", "is better", "the correct", "ideal answer", "most effective", "should choose", "the better choice",
    ]

    /// Evaluative score of an option: praise words minus blame words.
    static func desirability(_ text: String) -> Int {
        let words = ContentWords.words(text)
        return words.count(where: praiseWords.contains) - words.count(where: blameWords.contains)
    }

    /// Mean of `value` over the options keyed to each role, and over all options.
    static func meanByRole(_ items: [Item], roles: [String], value: (ItemOption) -> Double) -> (
        byRole: [String: Double], overall: Double
    ) {
        var sums: [String: (Double, Int)] = [:]
        var total = 0.0
        var count = 0
        for item in items {
            for option in item.options {
                let v = value(option)
                total += v
                count += 1
                for role in option.roles {
                    sums[role, default: (0, 0)].0 += v
                    sums[role, default: (0, 0)].1 += 1
                }
            }
        }
        var byRole: [String: Double] = [:]
        for role in roles { if let (sum, n) = sums[role], n > 0 { byRole[role] = sum / Double(n) } }
        return (byRole, count == 0 ? 0 : total / Double(count))
    }

    /// Whether an explanation names one option as the real answer.
    static func picksWinner(_ explanation: String?) -> Bool {
        guard let text = explanation?.lowercased() else { return false }
        return winnerPhrases.contains { text.contains($0) }
    }
}
