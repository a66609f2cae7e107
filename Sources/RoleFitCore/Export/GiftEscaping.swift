/// Escapes text for GIFT so that Moodle and RoleFit read back exactly the same characters.
public enum GiftEscaping {
    /// Backslash-escapes `\ ~ = # { } :`, writes line breaks as `\n`, and protects a leading `[`
    /// (which would read as a format marker) with an explicit `[moodle]` marker.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "~", "=", "#", "{", "}", ":":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.hasPrefix("[") ? "[moodle]" + out : out
    }

    /// Escapes a `[id:…]` or `[tag:…]` value: `]` becomes `\]`, line breaks become spaces.
    public static func tokenValue(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "]": out += "\\]"
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A Moodle weight: 33.33333 for 100/3, 50 for 50, at most five decimals.
    public static func percent(_ value: Double) -> String {
        let rounded = (value * 100_000).rounded() / 100_000
        guard let whole = Int(exactly: rounded) else { return "\(rounded)" }
        return String(whole)
    }
}
