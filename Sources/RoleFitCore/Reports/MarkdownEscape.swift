/// Escapes text for Markdown (CommonMark and GitHub tables), so names and prompts stay literal text.
public enum MarkdownEscape {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#", "!"]

    /// Inline text: Markdown punctuation backslash-escaped (`<` and `&` too, so no HTML gets through),
    /// line breaks folded into spaces.
    public static func inline(_ text: String) -> String {
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
}
