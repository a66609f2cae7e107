/// Turns one GIFT block (a question's lines and comments) into an imported question.
struct GiftQuestionParser {
    /// The `$CATEGORY:` in force.
    var category: String?

    /// Parses the symbols of a block that is not a category line.
    func parse(_ symbols: ArraySlice<GiftSymbol>, tokens: GiftCommentTokens, startLine: Int) -> Result<
        ImportedQuestion, GiftParseError
    > {
        var text = symbols.trimmed
        var title: String?
        if text.startsWithSyntax("::") {
            let opening = text[text.startIndex]
            guard let end = text.firstSyntaxRun("::", from: text.startIndex + 2) else {
                return .failure(
                    GiftParseError(
                        at: opening, "question title opened with '::' is not closed",
                        hint: "end the title with '::', or escape a literal colon as '\\:'"))
            }
            let name = GiftBlock.trim(text[(text.startIndex + 2)..<end].text)
            title = name.isEmpty ? nil : name
            text = text[(end + 2)...].trimmed
        }
        let location: GiftAnswerBlock.Location
        switch GiftAnswerBlock.locate(in: text) {
        case .success(let found): location = found
        case .failure(let error): return .failure(error)
        }

        var promptSymbols = Array(text)
        var answers: ArraySlice<GiftSymbol> = []
        if case .block(let open, let close) = location {
            answers = text[(open + 1)..<close].trimmed
            let after = text[(close + 1)...]
            let blank =
                after.trimmed.isEmpty
                ? []
                : "_____".unicodeScalars.map {
                    GiftSymbol(scalar: $0, isEscaped: true, line: text[open].line, column: text[open].column)
                }
            promptSymbols = Array(text[text.startIndex..<open]) + blank + Array(after)
        }
        var generalFeedbackSymbols: ArraySlice<GiftSymbol>?
        if let separator = answers.lastSyntaxRun("####") {
            generalFeedbackSymbols = answers[(separator + 4)...]
            answers = answers[answers.startIndex..<separator].trimmed
        }
        let (prompt, format) = GiftTextFormat.read(promptSymbols[...], inherited: .moodle)
        let generalFeedback = generalFeedbackSymbols.map { GiftTextFormat.read($0, inherited: format).text }
        var question = ImportedQuestion(
            line: startLine, title: title, explicitID: tokens.id, explicitIDLine: tokens.idLine, tags: tokens.tags,
            category: category, prompt: prompt,
            generalFeedback: generalFeedback?.isEmpty == false ? generalFeedback : nil,
            body: .unsupported(kind: "", reason: "", hint: nil)
        )
        let firstLine = text.first?.line ?? startLine
        if format == .html {
            question.notes.append(ImportIssue(.note, line: firstLine, "HTML text converted to plain text"))
        }
        applyTokens(tokens, to: &question)

        let type: GiftQuestionType = location == .none ? .description : GiftQuestionType.detect(answers)
        switch type {
        case .multipleChoice:
            switch GiftAnswerParser.choices(answers, format: format) {
            case .success(let parsed):
                guard parsed.count >= 2 else {
                    let at = answers.first ?? text[text.startIndex]
                    return .failure(
                        GiftParseError(
                            at: at, "a multiple-choice question needs at least two answers, this one has \(parsed.count)",
                            hint: "add answers starting with '~' (wrong) or '=' (correct)"))
                }
                let single = answers.contains { $0.isSyntax("=") }
                question.body = .choice(single: single, answers: parsed)
            case .failure(let error):
                return .failure(error)
            }
        case .trueFalse:
            let (value, wrong, right) = GiftAnswerParser.trueFalse(answers, format: format)
            question.body = .trueFalse(
                answer: value, feedbackIfTrue: value ? right : wrong, feedbackIfFalse: value ? wrong : right)
        default:
            question.body = .unsupported(
                kind: type.label, reason: type.skipReason ?? "RoleFit cannot ask it", hint: hint(for: type, answers))
        }
        if prompt.isEmpty, type != .description {
            return .failure(
                GiftParseError(
                    line: firstLine, column: text.first?.column ?? 1, "the question has no text",
                    hint: "write the question before its {…} answer block"))
        }
        return .success(question)
    }

    /// Advice for a skipped type, when the author may have meant something RoleFit can ask.
    private func hint(for type: GiftQuestionType, _ answers: ArraySlice<GiftSymbol>) -> String? {
        switch type {
        case .shortAnswer:
            let candidate = GiftQuestionType.trueFalseCandidate(answers)
            if ["t", "true", "f", "false", "True", "False"].contains(candidate) {
                return "true/false needs T, TRUE, F or FALSE in capitals; '\(candidate)' reads as a short answer"
            }
            return "to make it multiple choice, add wrong answers starting with '~'"
        case .matching, .numerical, .essay:
            return "rewrite it as multiple choice ({=right ~wrong}) or true/false ({TRUE}) to import it"
        case .description:
            return "if it was meant as a question, add an answer block such as {=right ~wrong}"
        case .multipleChoice, .trueFalse:
            return nil
        }
    }

    /// Copies RoleFit's own comment tokens onto the question, noting values it cannot use.
    private func applyTokens(_ tokens: GiftCommentTokens, to question: inout ImportedQuestion) {
        let line = tokens.firstTokenLine ?? question.line
        if let raw = tokens.difficulty {
            if let rating = DifficultyRating(rawValue: raw) {
                question.difficulty = rating
            } else {
                question.notes.append(
                    ImportIssue(
                        .note, line: line, "unknown difficulty '\(raw)' ignored; the item gets 'easy'",
                        hint: "use one of: " + DifficultyRating.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        if let raw = tokens.maxScore {
            if let value = Int(raw), (1...100).contains(value) {
                question.maxScore = value
            } else {
                question.notes.append(
                    ImportIssue(.note, line: line, "max-score '\(raw)' ignored; it must be a whole number from 1 to 100"))
            }
        }
    }
}
