/// Wraps prose to a width, breaking at spaces and keeping a hanging indent.
public enum TextWrapper {
    /// Wraps `text` to `width` columns; every line starts with `indent`, continuation lines with `hangingIndent`.
    public static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> String {
        let continuation = hangingIndent ?? indent
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = indent
            var lineWidth = DisplayWidth.of(indent)
            var lineHasWord = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wordWidth = DisplayWidth.of(word)
                if lineHasWord && lineWidth + 1 + wordWidth > width {
                    lines.append(line)
                    line = continuation
                    lineWidth = DisplayWidth.of(continuation)
                    lineHasWord = false
                }
                if lineHasWord {
                    line += " "
                    lineWidth += 1
                }
                line += word
                lineWidth += wordWidth
                lineHasWord = true
            }
            lines.append(lineHasWord ? line : "")
        }
        return lines.joined(separator: "\n")
    }

    /// Lines of a prepared text (tables, lists) made to fit `width`: a line that fits is kept as it is; a longer
    /// one is wrapped between words, continuing under its own indent plus four spaces.
    public static func fitLines(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard DisplayWidth.of(String(line)) > width else { return String(line) }
            let indent = String(line.prefix { $0 == " " })
            return wrap(String(line.dropFirst(indent.count)), width: width, indent: indent, hangingIndent: indent + "    ")
        }.joined(separator: "\n")
    }
}

/// How many terminal columns text occupies (East Asian wide characters count 2, marks 0).
public enum DisplayWidth {
    /// The column width of a string, ignoring ANSI escape sequences.
    public static func of(_ text: String) -> Int { width(of: text.unicodeScalars) }

    /// The column width of part of a string, ignoring ANSI escape sequences.
    public static func of(_ text: Substring) -> Int { width(of: text.unicodeScalars) }

    private static func width(of scalars: some Sequence<Unicode.Scalar>) -> Int {
        var width = 0
        var inEscape = false
        for scalar in scalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" {
                inEscape = true
                continue
            }
            width += columns(of: scalar)
        }
        return width
    }

    /// Columns for one scalar.
    static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value) || (0x20000...0x3FFFD).contains(value)
        {
            return 2
        }
        return 1
    }
}
