/// Describes an answer in words, for result files and reports.
public enum AnswerText {
    /// "2. Ask engineering for the smallest version", "1, 3: …; …", "4 Agree", "skipped", "not applicable".
    public static func describe(_ response: ItemResponse, for item: Item) -> String {
        switch response {
        case .skipped:
            return "skipped"
        case .notApplicable:
            return "not applicable"
        case .rating(let rating):
            let label = item.options[safe: rating - 1]?.text ?? ""
            return "\(rating) \(label)"
        case .option(let index):
            return "\(index + 1). \(item.options[safe: index]?.text ?? "")"
        case .options(let indices):
            let sorted = indices.sorted()
            return sorted.map { String($0 + 1) }.joined(separator: ", ") + ": "
                + sorted.map { item.options[safe: $0]?.text ?? "" }.joined(separator: "; ")
        }
    }
}
