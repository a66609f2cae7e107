/// The one sanitiser for text a person's terminal shows: names, prompts, file names and anything
/// else read from a person or a file passes through it, so no such text can move the cursor, clear
/// the screen, set the clipboard (OSC 52) or reorder what is shown (bidi overrides).
///
/// Every C0 control except tab and newline, DEL, every C1 control and the bidi embedding, override
/// and isolate characters (U+202A–U+202E, U+2066–U+2069) are replaced by a visible stand-in:
/// C0 controls and DEL by their Control Pictures symbol (ESC shows as `␛`), the others as `<U+202E>`.
/// The only escape sequences kept are the exact SGR styles `TextStyle` and the diagnostics emit,
/// and only when the caller styles its output.
public enum TerminalText {
    /// The SGR sequences RoleFit itself writes (bold, dim, colours, reset, bold colours of diagnostics).
    static let ownStyles: Set<String> = ["0", "1", "2", "31", "32", "33", "36", "1;31", "1;33", "1;36"]

    /// The text with every control neutralised; tabs and newlines stay, and so do RoleFit's own
    /// styles when `keepingStyles` is set.
    public static func sanitized(_ text: String, keepingStyles: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsNeutralising) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingStyles, scalar == "\u{1B}", let end = ownStyleEnd(scalars, from: index) {
                result.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if scalar == "\t" || scalar == "\n" || !needsNeutralising(scalar) {
                result.append(scalar)
            } else {
                result.append(contentsOf: standIn(scalar).unicodeScalars)
            }
            index += 1
        }
        return String(result)
    }

    /// A single-line value (a name, a file name): like `sanitized`, and tabs and line breaks are
    /// shown as `\t`, `\n`, `\r`, so the value cannot break the line it is quoted in.
    public static func inline(_ text: String) -> String {
        let flattened = text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
        return sanitized(flattened)
    }

    /// `json` with every scalar `TerminalText` neutralises written as a JSON `\u` escape (JSON
    /// encoders already escape C0 controls; this adds DEL, C1 and the bidi controls).
    public static func escapedInJSON(_ json: String) -> String {
        // Bytes first: a scalar to neutralise is a C0 byte, DEL, or starts with 0xC2 (C1) or 0xE2 (bidi).
        let mayNeedWork = json.utf8.contains { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
        }
        guard mayNeedWork, json.unicodeScalars.contains(where: needsNeutralising) else { return json }
        var result = ""
        for scalar in json.unicodeScalars {
            if scalar != "\n" && scalar != "\t" && needsNeutralising(scalar) {
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a scalar must not reach a terminal as it is.
    static func needsNeutralising(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: scalar != "\t" && scalar != "\n"
        default: false
        }
    }

    private static func standIn(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: String(Character(Unicode.Scalar(0x2400 + scalar.value) ?? "?"))
        case 0x7F: "\u{2421}"
        default: "<U+\(String(scalar.value, radix: 16, uppercase: true))>"
        }
    }

    /// The index of the final `m` when an own SGR sequence starts at `start`.
    private static func ownStyleEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var parameters = ""
        var index = start + 2
        while index < scalars.count, index - start < 8 {
            let scalar = scalars[index]
            if scalar == "m" { return ownStyles.contains(parameters) ? index : nil }
            guard scalar == ";" || ("0"..."9").contains(scalar) else { return nil }
            parameters.unicodeScalars.append(scalar)
            index += 1
        }
        return nil
    }
}
