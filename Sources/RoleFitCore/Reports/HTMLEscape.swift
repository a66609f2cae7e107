/// Escapes text for HTML and SVG, so names and prompts with `<`, `&` or quotes stay text.
public enum HTMLEscape {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references; safe in element
    /// content and in quoted attribute values. Control characters other than tab and newline are dropped.
    public static func text(_ text: String) -> String {
        let plain = text.utf8.allSatisfy { byte in
            (byte >= 0x20 || byte == 0x09 || byte == 0x0A) && byte != 0x7F && byte != UInt8(ascii: "&")
                && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"")
                && byte != UInt8(ascii: "'")
        }
        if plain { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
