/// A run of non-blank GIFT lines: one question, one `$CATEGORY:` or only comments.
struct GiftBlock: Sendable, Hashable {
    /// A `//` comment line.
    struct Comment: Sendable, Hashable {
        /// The text after `//`.
        var text: String
        /// 1-based line.
        var line: Int
    }

    /// A line that is not a comment, trimmed.
    struct ContentLine: Sendable, Hashable {
        /// The trimmed text.
        var text: String
        /// 1-based line.
        var line: Int
        /// 1-based column where the trimmed text starts.
        var column: Int
    }

    /// Comment lines, in order.
    var comments: [Comment] = []
    /// The other lines, in order.
    var content: [ContentLine] = []

    /// The line the block starts on.
    var firstLine: Int { min(comments.first?.line ?? .max, content.first?.line ?? .max) }

    /// Splits lines into blocks at blank lines, as Moodle does (lines are trimmed first).
    static func split(_ lines: [String]) -> [GiftBlock] {
        var blocks: [GiftBlock] = []
        var current = GiftBlock()
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let leading = raw.unicodeScalars.prefix { $0.properties.isWhitespace }.count
            let text = trim(raw)
            if text.isEmpty {
                if !current.comments.isEmpty || !current.content.isEmpty { blocks.append(current) }
                current = GiftBlock()
            } else if text.hasPrefix("//") {
                current.comments.append(Comment(text: String(text.dropFirst(2)), line: number))
            } else {
                current.content.append(ContentLine(text: text, line: number, column: leading + 1))
            }
        }
        if !current.comments.isEmpty || !current.content.isEmpty { blocks.append(current) }
        return blocks
    }

    /// The content lines as GIFT symbols, joined by (unescaped) newlines.
    var symbols: [GiftSymbol] {
        var result: [GiftSymbol] = []
        for (index, line) in content.enumerated() {
            if index > 0, let previous = result.last {
                result.append(GiftSymbol(scalar: "\n", isEscaped: false, line: previous.line, column: previous.column + 1))
            }
            result.append(contentsOf: GiftSymbol.symbols(of: line.text, line: line.line, firstColumn: line.column))
        }
        return result
    }

    /// Trims white space (by Unicode properties) from both ends.
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
