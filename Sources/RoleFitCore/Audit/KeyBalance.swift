/// Where the keys sit: the position of the best option, the share of true statements and how many
/// options of a multiple-response item are correct.
enum KeyBalance {
    /// Share of items whose (first) best option sits at each position, for items with `optionCount` options.
    static func positionShares(_ items: [Item], optionCount: Int) -> [Double] {
        let group = items.filter { $0.options.count == optionCount }
        guard !group.isEmpty else { return [] }
        var counts = [Double](repeating: 0, count: optionCount)
        for item in group {
            let best = TestWiseCues.best(item)
            // Several best options share the item's weight.
            for index in best { counts[index] += 1 / Double(best.count) }
        }
        return counts.map { $0 / Double(group.count) }
    }

    /// The largest |share − 1/k| over positions.
    static func largestDeviation(_ shares: [Double]) -> Double {
        guard !shares.isEmpty else { return 0 }
        let even = 1 / Double(shares.count)
        return shares.map { abs($0 - even) }.max() ?? 0
    }

    /// Share of correct options of a multiple-response item.
    static func correctShare(_ item: Item) -> Double {
        item.options.isEmpty ? 0 : Double(item.options.count(where: \.isCorrect)) / Double(item.options.count)
    }
}
