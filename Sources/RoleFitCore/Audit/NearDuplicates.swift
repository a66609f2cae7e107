/// Pairs of items that say nearly the same thing (word-bigram Jaccard similarity of prompt and options).
enum NearDuplicates {
    /// The bigrams of an item's content words (prompt and option texts together).
    static func shingles(_ item: Item) -> Set<String> {
        let texts =
            [item.prompt]
            + item.options.filter { !$0.text.isEmpty && item.kind != .selfRating && item.kind != .trueFalse }.map(\.text)
        var result = Set<String>()
        for text in texts {
            let words = ContentWords.content(text)
            if words.count == 1 { result.insert(words[0]) }
            for (a, b) in zip(words, words.dropFirst()) { result.insert(a + " " + b) }
        }
        return result
    }

    /// |A ∩ B| / |A ∪ B|.
    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// Every pair at or above `threshold`, most similar first.
    static func pairs(_ items: [Item], threshold: Double) -> [(Item, Item, Double)] {
        let sets = items.map(shingles)
        var result: [(Item, Item, Double)] = []
        for i in items.indices {
            for j in items.indices where j > i && items[j].kind == items[i].kind {
                let similarity = jaccard(sets[i], sets[j])
                if similarity >= threshold { result.append((items[i], items[j], similarity)) }
            }
        }
        return result.sorted { $0.2 > $1.2 }
    }
}
