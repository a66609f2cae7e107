/// Writes strings as YAML scalars that read back exactly: plain when unambiguous, else double-quoted.
public enum YAMLScalar {
    /// A double-quoted scalar with every character YAML cannot hold literally escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else {
                    out += "\\u" + hex(scalar.value, width: 4)
                }
            }
        }
        return out + "\""
    }

    /// The text unquoted when it is a simple word (letters, digits, '.', '_', '-', starting with a
    /// letter) that YAML cannot mistake for a boolean, null or number; quoted otherwise.
    public static func plainOrQuoted(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
            text.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
            }),
            !reserved.contains(text.lowercased())
        else { return quoted(text) }
        return text
    }

    /// A number as YAML reads it back (shortest round-tripping decimal).
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// Words YAML 1.1 or 1.2 reads as something other than a string.
    static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf"]

    /// Whether YAML may hold the character unescaped (YAML 1.2 c-printable, minus line breaks and BOM).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: scalar.value != 0xFEFF
        default: false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
