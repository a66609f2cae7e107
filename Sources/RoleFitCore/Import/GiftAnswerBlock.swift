/// Finds the one `{…}` answer block of a GIFT question, or says precisely what is wrong with its braces.
enum GiftAnswerBlock {
    /// Where the answer block is.
    enum Location: Equatable {
        /// No braces at all: a description.
        case none
        /// The indices of `{` and `}`.
        case block(open: Int, close: Int)
    }

    /// Locates the block among unescaped braces, or returns an error pointing at the offending brace.
    static func locate(in text: ArraySlice<GiftSymbol>) -> Result<Location, GiftParseError> {
        let opens = text.indices.filter { text[$0].isSyntax("{") }
        let closes = text.indices.filter { text[$0].isSyntax("}") }
        let hint = "write a literal brace as \\{ or \\}; each question has exactly one {…} answer block"
        switch (opens.first, closes.first) {
        case (nil, nil):
            return .success(.none)
        case (let open?, nil):
            return .failure(
                GiftParseError(at: text[open], "unescaped '{' opens an answer block that is never closed", hint: hint))
        case (nil, let close?):
            return .failure(GiftParseError(at: text[close], "unescaped '}' with no '{' before it", hint: hint))
        case (let open?, let close?):
            if close < open {
                return .failure(GiftParseError(at: text[close], "unescaped '}' before the answer block opens", hint: hint))
            }
            if opens.count > 1 {
                let second = opens[1]
                let message =
                    second < close
                    ? "unescaped '{' inside the answer block that opened at column \(text[open].column)"
                    : "a second answer block; a question has only one"
                return .failure(GiftParseError(at: text[second], message, hint: hint))
            }
            if closes.count > 1 {
                return .failure(GiftParseError(at: text[closes[1]], "unescaped '}' after the answer block closed", hint: hint))
            }
            return .success(.block(open: open, close: close))
        }
    }
}

/// A malformed GIFT question, located at a character.
struct GiftParseError: Error, Sendable, Hashable {
    /// 1-based line.
    var line: Int
    /// 1-based column.
    var column: Int
    /// What is wrong.
    var message: String
    /// What to do.
    var hint: String?

    /// Creates an error at a symbol.
    init(at symbol: GiftSymbol, _ message: String, hint: String? = nil) {
        self.init(line: symbol.line, column: symbol.column, message, hint: hint)
    }

    /// Creates an error at a position.
    init(line: Int, column: Int, _ message: String, hint: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// The error as an import issue.
    var issue: ImportIssue { ImportIssue(.error, line: line, column: column, message, hint: hint) }
}
