import Foundation

/// The characters RoleFit never accepts in text that people or files supply (bank text, imported
/// questions, names): C0 and C1 controls except tab and newline (NUL and ESC included), DEL, and the
/// bidirectional embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069, which
/// can make text read differently from what it is.
public enum ControlCharacters {
    /// Whether a scalar is refused.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The first refused scalar in `text` and its offset in scalars, or nil.
    public static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, offset: Int)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where isForbidden(scalar) {
            return (scalar, offset)
        }
        return nil
    }

    /// "U+001B (escape)", "U+202E (right-to-left override)".
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let code = String(format: "U+%04X", scalar.value)
        let known: [UInt32: String] = [
            0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0D: "carriage return", 0x1B: "escape",
            0x7F: "delete", 0x9B: "control sequence introducer", 0x202A: "left-to-right embedding",
            0x202B: "right-to-left embedding", 0x202C: "pop directional formatting",
            0x202D: "left-to-right override", 0x202E: "right-to-left override",
            0x2066: "left-to-right isolate", 0x2067: "right-to-left isolate",
            0x2068: "first strong isolate", 0x2069: "pop directional isolate",
        ]
        return known[scalar.value].map { "\(code) (\($0))" } ?? "\(code) (a control character)"
    }

    /// `text` without refused scalars (newlines and tabs become spaces too, for one-line fields).
    public static func removedFromLine(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isForbidden(scalar) {
            result.append(scalar == "\n" || scalar == "\t" ? " " : scalar)
        }
        return String(result)
    }
}

/// A person's name as RoleFit stores it: trimmed, one line, without control or bidi characters, at
/// most `maximumLength` characters.
public enum PersonName {
    /// The longest name kept (the prompt and `--name` alike).
    public static let maximumLength = 80

    /// Why a `--name` was refused.
    public static func problem(with name: String) -> String? {
        if let (scalar, _) = ControlCharacters.firstForbidden(in: name) {
            return "--name must not contain \(ControlCharacters.name(scalar)); type the name as plain text"
        }
        if name.contains("\n") || name.contains("\t") { return "--name must be one line without tabs" }
        if name.trimmingCharacters(in: .whitespaces).count > maximumLength {
            return "--name is at most \(maximumLength) characters (got \(name.count))"
        }
        return nil
    }

    /// A typed name made safe: refused characters removed, trimmed, cut to `maximumLength`.
    public static func cleaned(_ text: String) -> String {
        String(ControlCharacters.removedFromLine(text).trimmingCharacters(in: .whitespacesAndNewlines).prefix(maximumLength))
            .trimmingCharacters(in: .whitespaces)
    }
}
