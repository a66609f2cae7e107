/// Reads an Aiken file: a one-line question, options `A)` or `A.`, then `ANSWER: X`.
///
/// Follows Moodle's importer: lines are trimmed and lines shorter than two characters ignored; an
/// option or `ANSWER:` line outside a question is "question not started"; a new question before the
/// `ANSWER:` of the previous one leaves that one "not complete"; fewer than two options is "missing
/// answers". RoleFit also reports a question left open at the end of the file and an `ANSWER:` that
/// names no option, which Moodle passes over.
public enum AikenParser {
    /// An open question being read.
    private struct Pending {
        var line: Int
        var prompt: String
        var options: [(label: Unicode.Scalar, text: String, line: Int)] = []
    }

    /// Parses decoded source as it is read. Never fails: problems become issues.
    public static func parse<Bytes>(_ source: inout ImportSource<Bytes>) -> ParsedQuestions {
        var result = ParsedQuestions()
        var pending: Pending?
        while let raw = source.nextLine() {
            let number = source.lineCount
            let line = GiftBlock.trim(raw)
            guard line.unicodeScalars.count >= 2 else { continue }
            if let (label, text) = option(line) {
                guard pending != nil else {
                    result.issues.append(notStarted(number, what: "option \(label))"))
                    continue
                }
                pending?.options.append((label, text, number))
            } else if line.hasPrefix("ANSWER:") {
                guard let question = pending else {
                    result.issues.append(notStarted(number, what: "ANSWER: line"))
                    continue
                }
                pending = nil
                switch finish(question, answer: String(line.dropFirst(7)), line: number) {
                case .success(let imported): result.questions.append(imported)
                case .failure(let issue): result.issues.append(issue)
                }
            } else if line.uppercased().hasPrefix("ANSWER:") {
                result.issues.append(
                    ImportIssue(
                        .error, line: number, "'\(line.prefix(7))' must be written 'ANSWER:' in capitals",
                        hint: "Moodle reads any other spelling as the text of a new question"))
                pending = nil
            } else {
                if let open = pending { result.issues.append(notComplete(open, before: number)) }
                pending = Pending(line: number, prompt: line)
            }
        }
        if let open = pending { result.issues.append(notComplete(open, before: nil)) }
        result.issues = source.encodingIssues() + result.issues
        return result
    }

    /// `(label, text)` when the line is an option such as `B) Text` or `B. Text`.
    static func option(_ line: String) -> (Unicode.Scalar, String)? {
        var scalars = line.unicodeScalars.makeIterator()
        guard let label = scalars.next(), ("A"..."Z").contains(label),
            let mark = scalars.next(), mark == ")" || mark == "."
        else { return nil }
        return (label, GiftBlock.trim(String(line.unicodeScalars.dropFirst(2))))
    }

    /// Closes a question at its `ANSWER:` line.
    private static func finish(_ question: Pending, answer raw: String, line: Int) -> Result<ImportedQuestion, ImportIssue> {
        guard question.options.count >= 2 else {
            return .failure(
                ImportIssue(
                    .error, line: line,
                    "missing answers: the question at line \(question.line) has \(question.options.count) option\(question.options.count == 1 ? "" : "s"), it needs at least two",
                    hint: "add options on their own lines, such as 'A) …' and 'B) …', before the ANSWER: line"))
        }
        let letters = question.options.map { String($0.label) }.joined(separator: ", ")
        var value = GiftBlock.trim(raw)
        if value.hasSuffix(")") || value.hasSuffix(".") { value.removeLast() }
        guard value.unicodeScalars.count == 1, let letter = value.unicodeScalars.first, ("A"..."Z").contains(letter) else {
            let shown = GiftBlock.trim(raw)
            return .failure(
                ImportIssue(
                    .error, line: line, shown.isEmpty ? "ANSWER: names no option" : "ANSWER: '\(shown)' is not one option letter",
                    hint: "write the letter of the one correct option, for example 'ANSWER: B' (options here: \(letters))"))
        }
        let matches = question.options.filter { $0.label == letter }
        if let duplicate = duplicateLabel(question) {
            return .failure(
                ImportIssue(
                    .error, line: duplicate.line, "two options are labelled \(duplicate.label)",
                    hint: "label the options A, B, C, … in order"))
        }
        guard matches.count == 1 else {
            return .failure(
                ImportIssue(
                    .error, line: line, "ANSWER: \(letter) names no option of the question at line \(question.line)",
                    hint: "use one of the option letters: \(letters)"))
        }
        if let empty = question.options.first(where: { $0.text.isEmpty }) {
            return .failure(
                ImportIssue(
                    .error, line: empty.line, "option \(empty.label) has no text",
                    hint: "write the option after '\(empty.label))'"))
        }
        let answers = question.options.map { ImportedAnswer(text: $0.text, weight: $0.label == letter ? 1 : 0, line: $0.line) }
        return .success(
            ImportedQuestion(line: question.line, prompt: question.prompt, body: .choice(single: true, answers: answers)))
    }

    /// The first option whose label repeats an earlier one.
    private static func duplicateLabel(_ question: Pending) -> (label: Unicode.Scalar, line: Int)? {
        var seen = Set<Unicode.Scalar>()
        for option in question.options {
            if !seen.insert(option.label).inserted { return (option.label, option.line) }
        }
        return nil
    }

    /// An option or answer line with no question before it.
    private static func notStarted(_ line: Int, what: String) -> ImportIssue {
        ImportIssue(
            .error, line: line, "question not started: \(what) comes before any question text",
            hint: "put the question on one line above its options, or remove this line")
    }

    /// A question that never got its `ANSWER:` line.
    private static func notComplete(_ question: Pending, before line: Int?) -> ImportIssue {
        let place = line.map { "before the next question starts at line \($0)" } ?? "before the end of the file"
        return ImportIssue(
            .error, line: question.line, "question not complete: no ANSWER: line \(place)",
            hint: "end each question with a line such as 'ANSWER: B'; question text must fit on one line")
    }
}
