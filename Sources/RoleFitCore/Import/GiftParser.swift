/// Reads a whole GIFT file: categories, questions, comments, and every error with its line.
public enum GiftParser {
    /// Parses decoded source as it is read. Never fails: problems become issues.
    public static func parse<Bytes>(_ source: inout ImportSource<Bytes>) -> ParsedQuestions {
        var result = ParsedQuestions()
        var category: String?
        while let block = GiftBlock.next(from: &source) {
            let tokens = GiftCommentTokens(block.comments)
            if block.isOversized, let first = block.content.first {
                result.issues.append(
                    ImportIssue(
                        .error, line: first.line, column: first.column,
                        "this question is \(block.contentCharacters) characters long; RoleFit imports questions of at most "
                            + "\(ImportLimits.maximumQuestionCharacters) characters",
                        hint:
                            "shorten the question, its answers and feedback, or check for a missing blank line between questions")
                )
                continue
            }
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
        result.issues = source.encodingIssues() + result.issues
        return result
    }
}
