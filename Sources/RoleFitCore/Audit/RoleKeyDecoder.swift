import Foundation

/// A multinomial naive Bayes word classifier that guesses an option's keyed role from its content
/// words, trained on every other role-keyed item (the whole item is left out, so the guess uses only
/// the vocabulary habits of the rest of the bank). Laplace smoothing (add one), uniform prior.
struct RoleKeyDecoder {
    /// Word counts per role over the training options.
    private var counts: [String: [String: Int]] = [:]
    /// Total words per role.
    private var totals: [String: Int] = [:]
    /// Every word seen in training.
    private var vocabulary = Set<String>()
    /// Roles in catalogue order.
    let roles: [String]

    /// Trains on the options of `items`.
    init(roles: [String], training items: [Item]) {
        self.roles = roles
        for item in items {
            for option in item.options {
                let words = ContentWords.content(option.text)
                for role in option.roles {
                    for word in words { counts[role, default: [:]][word, default: 0] += 1 }
                    totals[role, default: 0] += words.count
                }
                vocabulary.formUnion(words)
            }
        }
    }

    /// Log-likelihood of the text under each role, in `roles` order.
    func scores(_ text: String) -> [Double] {
        let words = ContentWords.content(text)
        let size = Double(max(1, vocabulary.count))
        return roles.map { role in
            let own = counts[role] ?? [:]
            let total = Double(totals[role] ?? 0)
            return words.reduce(0.0) { $0 + log((Double(own[$1] ?? 0) + 1) / (total + size)) }
        }
    }

    /// The role the text most likely belongs to; nil when the text carries no known word (no evidence).
    func guess(_ text: String) -> String? {
        guard ContentWords.content(text).contains(where: vocabulary.contains) else { return nil }
        let values = scores(text)
        guard let top = values.max() else { return nil }
        let leaders = values.indices.filter { values[$0] == top }
        // A tie between roles is no evidence either.
        return leaders.count == 1 ? roles[leaders[0]] : nil
    }

    /// Leave-one-item-out decoding of every role-keyed item: per item, the options whose keyed role was named.
    static func decodeLeavingItemOut(_ items: [Item], roles: [String]) -> [(item: Item, decoded: [Bool], guesses: [String?])] {
        let keyed = items.filter { $0.kind == .roleKeyed }
        // Counting once and subtracting the held-out item would be faster; banks are small, so clarity wins.
        return keyed.map { item in
            let decoder = RoleKeyDecoder(roles: roles, training: keyed.filter { $0.id != item.id })
            let guesses = item.options.map { decoder.guess($0.text) }
            let decoded = zip(item.options, guesses).map { option, guess in guess.map(option.roles.contains) ?? false }
            return (item, decoded, guesses)
        }
    }
}
