/// Decides which RoleFit kind an imported choice question becomes, following Moodle's weights.
///
/// With `=` answers (Moodle's single-answer mode): one fully correct answer and no partial credit is
/// a single-choice item; partial credit (`~%50%`) makes a graded scenario whose scores are the
/// weights on a 0…m scale; several fully correct answers cannot be expressed. Without `=`
/// (multiple-answer mode): every answer with a positive weight is correct in a multiple-response item.
enum ChoiceMapping {
    /// The outcome for one question.
    enum Outcome: Equatable {
        /// A kind and its options, with notes about anything dropped on the way.
        case item(kind: ItemKind, options: [ItemOption], notes: [String])
        /// A question RoleFit cannot ask: a short label and the reason.
        case skip(kind: String, reason: String, hint: String?)
        /// A malformed question.
        case error(String, hint: String?)
    }

    /// Maps answers (with their weights) to a kind and options.
    static func map(single: Bool, answers: [ImportedAnswer], maxScore: Int?) -> Outcome {
        if let (first, second) = duplicate(answers) {
            return .error(
                "answers at lines \(first.line) and \(second.line) have the same text '\(second.text)'",
                hint: "every option must read differently; reword or remove one of them")
        }
        let full = answers.filter { $0.weight >= 0.99999 }
        let partial = answers.filter { $0.weight > 0 && $0.weight < 0.99999 }
        let penalties = answers.filter { $0.weight < 0 }
        guard single else {
            let correct = answers.filter { $0.weight > 0 }
            guard !correct.isEmpty else {
                return .error(
                    "no answer is correct: without '=' answers, correct answers need a positive weight such as ~%50%",
                    hint: "mark the one correct answer with '=', or give each correct answer a positive weight")
            }
            let options = answers.map {
                ItemOption(text: $0.text, isCorrect: $0.weight > 0, score: $0.weight > 0 ? 1 : 0, feedback: $0.feedback)
            }
            return .item(kind: .multipleResponse, options: options, notes: [])
        }
        if partial.isEmpty {
            guard full.count == 1 else {
                return .skip(
                    kind: "several correct answers",
                    reason: "\(full.count) answers are marked fully correct, but a single-choice item has exactly one",
                    hint:
                        "keep one '=' and make the others '~', or drop every '=' and weight the correct answers (~%50%) for a select-all-that-apply item"
                )
            }
            let options = answers.map {
                ItemOption(
                    text: $0.text, isCorrect: $0.weight >= 0.99999, score: $0.weight >= 0.99999 ? 1 : 0, feedback: $0.feedback)
            }
            let notes =
                penalties.isEmpty ? [] : ["negative weights (penalties) are dropped; RoleFit scores the item right or wrong"]
            return .item(kind: .singleChoice, options: options, notes: notes)
        }
        let weights = answers.map { max(0, $0.weight) }
        guard let top = scale(weights, preferred: maxScore) else {
            let shown = partial.map { percent($0.weight) }.joined(separator: ", ")
            return .skip(
                kind: "partial credit", reason: "partial weights \(shown) do not fit a 0…m score scale with m at most 9",
                hint: "use weights that are multiples of one step, such as 50% or 25%/50%/75%")
        }
        let scores = weights.map { Int(($0 * Double(top)).rounded()) }
        guard scores.contains(0) else {
            return .skip(
                kind: "partial credit", reason: "every answer earns credit, but a graded scenario needs an answer that scores 0",
                hint: "mark the weakest answer with '~' and no weight")
        }
        if let gap = (0...top).first(where: { !scores.contains($0) }) {
            return .skip(
                kind: "partial credit",
                reason:
                    "no answer earns score \(gap) of 0–\(top) (weights \(answers.map { percent(max(0, $0.weight)) }.joined(separator: ", "))); a graded scenario needs an answer at every level",
                hint: "use weights that step evenly, such as 50% or 33.33333%/66.66667%")
        }
        var notes = ["partial credit becomes a graded scenario scored 0–\(top)"]
        if !penalties.isEmpty { notes.append("negative weights (penalties) become a score of 0") }
        if let maxScore, maxScore != top { notes.append("max-score \(maxScore) does not fit the weights; using \(top)") }
        return .item(
            kind: .gradedScenario,
            options: zip(answers, scores).map { ItemOption(text: $0.text, score: $1, feedback: $0.feedback) }, notes: notes)
    }

    /// The smallest top score m (the preferred one first) that turns every weight into a whole score.
    static func scale(_ weights: [Double], preferred: Int?) -> Int? {
        let candidates = (preferred.map { [$0] } ?? []) + Array(1...9)
        return candidates.first { m in
            m > 0 && weights.allSatisfy { abs($0 * Double(m) - ($0 * Double(m)).rounded()) < 0.01 }
        }
    }

    /// The first pair of answers whose texts match (ignoring case and surrounding space), as the loader compares them.
    static func duplicate(_ answers: [ImportedAnswer]) -> (ImportedAnswer, ImportedAnswer)? {
        var seen: [String: ImportedAnswer] = [:]
        for answer in answers {
            let key = answer.text.lowercased()
            if let first = seen[key] { return (first, answer) }
            seen[key] = answer
        }
        return nil
    }

    /// "50%" for 0.5.
    static func percent(_ weight: Double) -> String {
        let value = weight * 100
        return value == value.rounded() ? "\(Int(value))%" : "\(value)%"
    }
}
