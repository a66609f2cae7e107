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

    /// Characters in the content lines (for the question size limit).
    var contentCharacters = 0
    /// Whether the content went over `ImportLimits.maximumQuestionCharacters`; only the first content
    /// line is then kept (for the error's place), the rest is counted and dropped.
    var isOversized: Bool { contentCharacters > ImportLimits.maximumQuestionCharacters }

    /// Reads the next block from `source`: lines up to a blank line (lines are trimmed first, as Moodle
    /// does); nil at the end of the input. Only this block is held.
    static func next<Bytes>(from source: inout ImportSource<Bytes>) -> GiftBlock? {
        var current = GiftBlock()
        while let raw = source.nextLine() {
            let number = source.lineCount
            let leading = raw.unicodeScalars.prefix { $0.properties.isWhitespace }.count
            let text = trim(raw)
            if text.isEmpty {
                if !current.comments.isEmpty || !current.content.isEmpty { return current }
            } else if text.hasPrefix("//") {
                current.comments.append(Comment(text: String(text.dropFirst(2)), line: number))
            } else {
                current.contentCharacters += text.unicodeScalars.count
                if current.content.isEmpty || !current.isOversized {
                    current.content.append(ContentLine(text: text, line: number, column: leading + 1))
                }
            }
        }
        return current.comments.isEmpty && current.content.isEmpty ? nil : current
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
