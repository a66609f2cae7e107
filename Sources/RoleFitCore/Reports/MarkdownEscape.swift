/// Escapes text for Markdown (CommonMark and GitHub tables), so names and prompts stay literal text.
public enum MarkdownEscape {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#", "!"]

    /// Inline text: Markdown punctuation backslash-escaped (`<` and `&` too, so no HTML gets through),
    /// line breaks folded into spaces.
    public static func inline(_ text: String) -> String {
        if text.utf8.allSatisfy(isPlainByte) { return text }
        var result = ""
        for character in text {
            if character.isNewline {
                result.append(" ")
            } else if special.contains(character) {
                result.append("\\")
                result.append(character)
            } else if character.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) {
                continue
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Whether a byte is printable ASCII that needs no escape (every other byte goes the long way).
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20...0x7E: !specialBytes.contains(byte)
        default: false
        }
    }

    /// The special characters' bytes (all ASCII).
    private static let specialBytes = Set(special.compactMap { $0.asciiValue })
}
