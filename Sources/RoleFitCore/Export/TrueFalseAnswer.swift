/// Reads the correct answer of a true-false item from its (synthesized) options.
public enum TrueFalseAnswer {
    /// True when the statement is true: the correct option reads "true" (any case), or, failing
    /// that, the first of two options is the correct one.
    public static func of(_ item: Item) -> Bool {
        if let correct = item.options.first(where: \.isCorrect) {
            let text = correct.text.lowercased()
            if text == "true" { return true }
            if text == "false" { return false }
            return item.options.first?.isCorrect ?? true
        }
        if let scored = item.options.first(where: { $0.score > 0 }) { return scored.text.lowercased() == "true" }
        return true
    }
}
