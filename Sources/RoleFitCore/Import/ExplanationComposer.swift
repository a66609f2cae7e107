/// Folds a true/false question's general feedback and its feedback per answer into one explanation.
///
/// Choice questions keep their per-answer feedback on the options (`feedback:`), which RoleFit shows
/// after that option is chosen; true-false items have no options in a bank, so theirs goes here.
enum ExplanationComposer {
    /// General feedback first, then one line per answer feedback: `“answer”: feedback`.
    static func compose(general: String?, answerFeedback: [(answer: String, feedback: String)]) -> String? {
        var parts: [String] = []
        if let general, !general.isEmpty { parts.append(general) }
        for (answer, feedback) in answerFeedback where !feedback.isEmpty {
            parts.append("“\(answer)”: \(feedback)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n")
    }
}
