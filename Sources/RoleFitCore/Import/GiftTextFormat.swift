/// The text formats a GIFT text can declare with a leading `[moodle]`, `[html]`, `[plain]` or `[markdown]`.
enum GiftTextFormat: String, Sendable, Hashable, CaseIterable {
    /// Moodle auto-format (the default): kept as written.
    case moodle
    /// HTML: converted to plain text, since RoleFit shows text in a terminal.
    case html
    /// Plain text: kept as written.
    case plain
    /// Markdown: kept as written.
    case markdown

    /// Reads a GIFT text: strips a leading format marker (`inherited` applies without one),
    /// resolves escapes, trims, and converts HTML to plain text.
    static func read(_ symbols: ArraySlice<GiftSymbol>, inherited: GiftTextFormat) -> (text: String, format: GiftTextFormat) {
        var slice = symbols.trimmed
        var format = inherited
        if let first = slice.first, first.isSyntax("["), let close = slice.firstSyntax("]") {
            let name = slice[(slice.startIndex + 1)..<close].text
            if let declared = GiftTextFormat(rawValue: name) {
                format = declared
                slice = slice[(close + 1)...]
            }
        }
        var text = GiftBlock.trim(slice.text)
        if format == .html { text = HTMLText.plain(text) }
        return (text, format)
    }
}
