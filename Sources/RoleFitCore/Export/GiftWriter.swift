/// Writes bank items as GIFT: single-choice, multiple-response, true-false and graded scenarios.
///
/// Each question gets a `// [id:…] [tag:…] [difficulty:…]` comment, its id as `::title::`, a
/// `$CATEGORY:` per skill area, and its explanation as general feedback (`####`). Multiple-response
/// items use Moodle's multiple-answer weights (correct answers share 100%, wrong ones −100%); graded
/// scenarios use single-answer partial credit (score/max × 100%) plus `[max-score:…]`, so RoleFit reads
/// them back unchanged. Role-keyed and self-rating items have no GIFT form and are skipped.
public enum GiftWriter {
    /// Writes the items of these banks, in order.
    public static func write(_ banks: [QuestionBank], generator: String = "rolefit") -> GiftExport {
        var lines: [String] = [
            "// Exported by \(generator) from: "
                + banks.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
                .replacingNewlines(), "",
        ]
        var exported = 0
        var skipped: [GiftExport.Skip] = []
        var calibrated = 0
        var category: String?
        for item in banks.flatMap(\.items) {
            guard let answerBlock = answerBlock(for: item) else {
                skipped.append(.init(itemID: item.id, kind: item.kind, reason: "GIFT has no \(item.kind.rawValue) question type"))
                continue
            }
            if item.area != category {
                lines += ["$CATEGORY: " + item.area.replacingNewlines(), ""]
                category = item.area
            }
            var comment = "// [id:\(GiftEscaping.tokenValue(item.id))]"
            comment += item.tags.map { " [tag:\(GiftEscaping.tokenValue($0))]" }.joined()
            if case .provisional(let rating) = item.parameterSource {
                comment += " [difficulty:\(rating.rawValue)]"
            } else {
                calibrated += 1
            }
            if item.kind == .gradedScenario, let top = item.options.map(\.score).max() { comment += " [max-score:\(top)]" }
            lines.append(comment)
            lines.append("::\(GiftEscaping.escape(item.id))::\(GiftEscaping.escape(item.prompt)) {")
            lines += answerBlock
            if let explanation = item.explanation, !explanation.isEmpty {
                lines.append("\t####" + GiftEscaping.escape(explanation))
            }
            lines += ["}", ""]
            exported += 1
        }
        var notes: [String] = []
        if calibrated > 0 {
            notes.append(
                "\(calibrated) item\(calibrated == 1 ? " has" : "s have") calibrated irt parameters, which GIFT cannot carry; imported again, they get a difficulty rating"
            )
        }
        return GiftExport(text: lines.joined(separator: "\n"), exportedCount: exported, skipped: skipped, notes: notes)
    }

    /// The answer lines between `{` and `}`, or nil for kinds GIFT cannot express.
    static func answerBlock(for item: Item) -> [String]? {
        switch item.kind {
        case .trueFalse:
            return ["\t" + (TrueFalseAnswer.of(item) ? "TRUE" : "FALSE")]
        case .singleChoice:
            return item.options.map { "\t" + ($0.isCorrect ? "=" : wrong($0)) + text($0) }
        case .multipleResponse:
            let correct = item.options.filter(\.isCorrect).count
            guard correct > 0 else { return nil }
            let share = GiftEscaping.percent(100 / Double(correct))
            return item.options.map { "\t~%" + ($0.isCorrect ? share : "-100") + "%" + text($0) }
        case .gradedScenario:
            guard let top = item.options.map(\.score).max(), top > 0 else { return nil }
            return item.options.map { option in
                if option.score == top { return "\t=" + text(option) }
                if option.score <= 0 { return "\t" + wrong(option) + text(option) }
                return "\t~%" + GiftEscaping.percent(100 * Double(option.score) / Double(top)) + "%" + text(option)
            }
        case .roleKeyed, .selfRating:
            return nil
        }
    }

    /// The marker of a wrong answer: `~`, or `~%0%` when the text itself starts with '%' (which would read as a weight).
    static func wrong(_ option: ItemOption) -> String {
        option.text.hasPrefix("%") ? "~%0%" : "~"
    }

    /// An option's escaped text, with its feedback after `#` when it has one.
    static func text(_ option: ItemOption) -> String {
        let feedback = option.feedback.map { $0.isEmpty ? "" : "#" + GiftEscaping.escape($0) } ?? ""
        return GiftEscaping.escape(option.text) + feedback
    }
}

private extension String {
    /// The string on one line.
    func replacingNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
