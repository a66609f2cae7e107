/// Rules a test-wise candidate uses to pick an answer without knowing it, and what each earns.
/// A rule narrows the options to a set; the candidate guesses within it (or among all options when the
/// rule abstains), so a rule's expected hit on an item is |set ∩ best| / |set|.
enum TestWiseCues {
    /// Verbs that open "find out first" options.
    static let investigateVerbs: Set<String> = [
        "investigate", "ask", "find", "check", "understand", "clarify", "review", "explore", "meet", "talk", "discuss",
        "listen", "gather", "analyse", "analyze", "assess", "confirm", "dig", "learn", "map", "identify", "examine",
        "interview", "look", "study", "diagnose", "probe", "validate", "verify", "research", "walk", "sit", "establish",
        "compare", "measure", "test",
    ]
    /// Absolute or giveaway words that mark a wrong option to a test-wise eye.
    static let absoluteWords: Set<String> = [
        "always", "never", "only", "none", "every", "all", "entirely", "completely", "solely", "quietly", "immediately",
        "regardless", "ignore", "ignoring", "refuse", "refusing", "simply", "just", "nothing", "anything", "whatever",
        "unilaterally", "guarantee", "guarantees",
    ]
    /// Words that attach a justification to an option.
    static let justificationWords: Set<String> = ["since", "because"]
    /// Hedges that mark a careful (and, to a test-wise eye, right) option.
    static let hedgeWords: Set<String> = [
        "usually", "often", "may", "might", "typically", "generally", "mostly", "likely", "can", "some",
    ]

    /// A rule: given an item, the option indices it narrows to, or nil when it abstains.
    struct Rule: Sendable {
        /// The rule in words.
        let name: String
        /// The opposite rule in words (a test-wise candidate follows whichever direction pays).
        let opposite: String
        /// The narrowed set.
        let pick: @Sendable (Item) -> Set<Int>?

        /// The rule that keeps the options this one rules out.
        var reversed: Rule {
            let pick = self.pick
            return Rule(name: opposite, opposite: name) { item in
                pick(item).flatMap { narrowed(Set(item.options.indices).subtracting($0), of: item) }
            }
        }
    }

    /// Options whose text has at least one word from `words`.
    static func containing(_ item: Item, _ words: Set<String>) -> Set<Int> {
        Set(item.options.indices.filter { !Set(ContentWords.words(item.options[$0].text)).isDisjoint(with: words) })
    }

    /// A narrowed set, or nil when it rules nothing in or nothing out.
    static func narrowed(_ set: Set<Int>, of item: Item) -> Set<Int>? {
        set.isEmpty || set.count == item.options.count ? nil : set
    }

    /// The rules applied to single-choice items and graded scenarios.
    static let choiceRules: [Rule] = {
        let rules = [
            Rule(name: "pick the longest option", opposite: "avoid the longest option") { item in
                let lengths = item.options.map { $0.text.count }
                guard let top = lengths.max() else { return nil }
                return narrowed(Set(lengths.indices.filter { lengths[$0] == top }), of: item)
            },
            Rule(name: "pick the shortest option", opposite: "avoid the shortest option") { item in
                let lengths = item.options.map { $0.text.count }
                guard let low = lengths.min() else { return nil }
                return narrowed(Set(lengths.indices.filter { lengths[$0] == low }), of: item)
            },
            Rule(
                name: "avoid options justified with 'since'/'because'", opposite: "pick options justified with 'since'/'because'"
            ) { item in
                narrowed(Set(item.options.indices).subtracting(containing(item, justificationWords)), of: item)
            },
            Rule(
                name: "pick the option opening with an investigate verb",
                opposite: "avoid options opening with an investigate verb"
            ) { item in
                narrowed(
                    Set(
                        item.options.indices.filter { index in
                            ContentWords.words(item.options[index].text).first.map(investigateVerbs.contains) ?? false
                        }), of: item)
            },
            Rule(name: "avoid absolute words (never, always, only, quietly, …)", opposite: "pick options with absolute words") {
                item in
                narrowed(Set(item.options.indices).subtracting(containing(item, absoluteWords)), of: item)
            },
            Rule(name: "pick hedged options (usually, may, often, …)", opposite: "avoid hedged options") { item in
                narrowed(containing(item, hedgeWords), of: item)
            },
            Rule(
                name: "pick the option sharing most words with the question",
                opposite: "avoid the option sharing most words with the question"
            ) { item in
                let prompt = Set(ContentWords.content(item.prompt))
                let overlap = item.options.map { Set(ContentWords.content($0.text)).intersection(prompt).count }
                guard let top = overlap.max(), top > 0 else { return nil }
                return narrowed(Set(overlap.indices.filter { overlap[$0] == top }), of: item)
            },
        ]
        return rules + rules.map(\.reversed)
    }()

    /// The rules applied to true/false statements (option 0 is "True", option 1 "False").
    static let trueFalseRules: [Rule] = [
        Rule(
            name: "answer false when the statement has an absolute word",
            opposite: "answer true when the statement has an absolute word"
        ) { item in
            Set(ContentWords.words(item.prompt)).isDisjoint(with: absoluteWords) ? [0] : [1]
        },
        Rule(
            name: "answer true when the statement is hedged (usually, may, …)",
            opposite: "answer false when the statement is hedged"
        ) { item in
            Set(ContentWords.words(item.prompt)).isDisjoint(with: hedgeWords) ? [1] : [0]
        },
        Rule(name: "always answer true", opposite: "always answer false") { _ in [0] },
    ].flatMap { [$0, $0.reversed] }

    /// Smallest gain over chance for a rule to join the combination (smaller gains are noise).
    static let minimumGain = 0.02

    /// The rules that pay on these items (gain over chance of at least `minimumGain`), combined the way a test-wise
    /// candidate would: each narrows what the earlier ones left, unless it would rule out everything.
    /// Choosing the paying rules on the same items flatters the combination a little; it is an upper bound.
    static func combined(_ rules: [Rule], items: [Item]) -> Rule? {
        let results = evaluate(rules, group: "", items: items)
        let paying = zip(rules, results).filter { $0.1.advantage >= minimumGain }.sorted { $0.1.advantage > $1.1.advantage }.map(
            \.0)
        guard paying.count > 1 else { return nil }
        return Rule(name: "combine the rules that pay (" + paying.map(\.name).joined(separator: "; ") + ")", opposite: "") {
            item in
            var current = Set(item.options.indices)
            for rule in paying {
                guard let set = rule.pick(item) else { continue }
                let next = current.intersection(set)
                if !next.isEmpty { current = next }
            }
            return narrowed(current, of: item)
        }
    }

    /// The best options of an item: the correct one(s), or the top-scored ones for a graded scenario.
    static func best(_ item: Item) -> Set<Int> {
        if item.kind == .gradedScenario {
            let top = item.options.map(\.score).max() ?? 0
            return Set(item.options.indices.filter { item.options[$0].score == top })
        }
        return Set(item.options.indices.filter { item.options[$0].isCorrect })
    }

    /// Expected hit of guessing within `set` (all options when nil).
    static func hit(_ set: Set<Int>?, best: Set<Int>, optionCount: Int) -> Double {
        let pool = set ?? Set(0..<optionCount)
        return pool.isEmpty ? 0 : Double(pool.intersection(best).count) / Double(pool.count)
    }

    /// Evaluates `rules` on the items of one group.
    static func evaluate(_ rules: [Rule], group: String, items: [Item]) -> [AuditReport.CueRule] {
        guard !items.isEmpty else { return [] }
        let chance = items.reduce(0.0) { $0 + hit(nil, best: best($1), optionCount: $1.options.count) } / Double(items.count)
        return rules.map { rule in
            let total = items.reduce(0.0) { $0 + hit(rule.pick($1), best: best($1), optionCount: $1.options.count) }
            return AuditReport.CueRule(
                group: group, rule: rule.name, items: items.count, hitRate: total / Double(items.count), chance: chance)
        }
    }

    /// Items where a rule narrows straight to the best option(s) and nothing else.
    static func giveaways(_ rules: [Rule], items: [Item]) -> [(item: Item, rule: String)] {
        items.flatMap { item in
            rules.compactMap { rule -> (Item, String)? in
                guard let set = rule.pick(item), set.isSubset(of: best(item)) else { return nil }
                return (item, rule.name)
            }
        }
    }
}
