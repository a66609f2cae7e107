/// Folds Moodle's general feedback and per-answer feedback into one RoleFit explanation.
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
