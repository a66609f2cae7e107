import RoleFitCore

/// Answers that follow no θ model (random responders, straight-liners, fakers' picks), chosen from
/// the item's own options so each goes through `ResponseScoring` like a person's.
enum PopulationAnswers {
    /// Uniform over the options (ratings 1–5; a uniform non-empty subset for multiple response).
    static func random(_ item: Item, _ generator: inout SeededGenerator) -> ItemResponse {
        let count = item.options.count
        switch item.kind {
        case .selfRating:
            return .rating(1 + generator.nextIndex(below: 5))
        case .multipleResponse:
            guard count > 0 else { return .skipped }
            if count < 62 {
                let mask = 1 + generator.nextIndex(below: (1 << count) - 1)
                return .options(Set((0..<count).filter { mask & (1 << $0) != 0 }))
            }
            // Too many options for a bit mask: each option in with probability ½, redrawn when empty.
            while true {
                let subset = Set((0..<count).filter { _ in generator.next() & 1 == 1 })
                if !subset.isEmpty { return .options(subset) }
            }
        default:
            return count > 0 ? .option(generator.nextIndex(below: count)) : .skipped
        }
    }

    /// Always the first option (rating 1), or always the last (rating 5).
    static func positional(_ item: Item, last: Bool) -> ItemResponse {
        let count = item.options.count
        switch item.kind {
        case .selfRating:
            return .rating(last ? 5 : 1)
        case .multipleResponse:
            return count > 0 ? .options([last ? count - 1 : 0]) : .skipped
        default:
            return count > 0 ? .option(last ? count - 1 : 0) : .skipped
        }
    }

    /// An option keyed to `role`, uniform among them; uniform over all options when none is.
    static func keyed(_ item: Item, role: String, _ generator: inout SeededGenerator) -> ItemResponse {
        let keyed = item.options.indices.filter { item.options[$0].roles.contains(role) }
        if keyed.isEmpty { return random(item, &generator) }
        return .option(keyed[generator.nextIndex(below: keyed.count)])
    }
}
