/// Joins words the way English prose lists them: "A", "A and B", "A, B and C". When an item holds
/// the conjunction itself ("vision and strategy"), a comma goes before the last one too, so the list
/// cannot be misread ("vision and strategy, and market and customer insight").
public enum EnglishList {
    /// The items joined with commas and a final "and" (or `conjunction`).
    public static func join(_ items: [String], conjunction: String = "and") -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        let ambiguous = items.contains { $0.contains(" \(conjunction) ") }
        return items.dropLast().joined(separator: ", ") + (ambiguous ? ", " : " ") + "\(conjunction) \(last)"
    }
}
