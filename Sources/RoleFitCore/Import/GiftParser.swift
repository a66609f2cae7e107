/// Reads a whole GIFT file: categories, questions, comments, and every error with its line.
public enum GiftParser {
    /// Parses decoded source. Never fails: problems become issues.
    public static func parse(_ source: ImportSource) -> ParsedQuestions {
        var result = ParsedQuestions(issues: source.encodingIssues())
        var category: String?
        for block in GiftBlock.split(source.lines) {
            let tokens = GiftCommentTokens(block.comments)
            guard !block.content.isEmpty else {
                if let line = tokens.firstTokenLine {
                    result.issues.append(
                        ImportIssue(
                            .note, line: line, "comment tokens on this line belong to no question and are ignored",
                            hint: "remove the blank line between the comment and its question"))
                }
                continue
            }
            var symbols = block.symbols[...]
            let startLine = block.firstLine
            if symbols.startsWithSyntax("$CATEGORY:") {
                let firstLine = block.content[0].line
                let end = symbols.firstIndex { $0.line != firstLine } ?? symbols.endIndex
                let name = GiftBlock.trim(symbols[(symbols.startIndex + 10)..<end].text)
                if name.isEmpty {
                    result.issues.append(
                        ImportIssue(
                            .error, line: firstLine, column: block.content[0].column, "$CATEGORY: has no name",
                            hint: "write the category after the colon, for example $CATEGORY: Risk"))
                } else {
                    category = name
                }
                symbols = symbols[end...]
                guard !symbols.trimmed.isEmpty else { continue }
                let next = symbols.trimmed.first?.line ?? firstLine
                result.issues.append(
                    ImportIssue(
                        .note, line: next, "question follows $CATEGORY: without a blank line; imported anyway",
                        hint: "Moodle reads such a question as part of the category name: add a blank line after $CATEGORY:"))
            }
            let parser = GiftQuestionParser(category: category)
            let questionLine = block.content.first { $0.line >= (symbols.first?.line ?? startLine) }?.line ?? startLine
            switch parser.parse(symbols, tokens: tokens, startLine: questionLine) {
            case .success(let question): result.questions.append(question)
            case .failure(let error): result.issues.append(error.issue)
            }
        }
        return result
    }
}
