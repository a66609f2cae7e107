/// The `[id:…]`, `[tag:…]`, `[difficulty:…]` and `[max-score:…]` tokens of a question's `//` comments.
///
/// `[id:]` and `[tag:]` are Moodle's; a `]` inside a value is written `\]`. `[difficulty:]` and
/// `[max-score:]` are RoleFit's own (Moodle ignores them) so that an export can come back unchanged.
struct GiftCommentTokens: Sendable, Hashable {
    /// The first `[id:…]`.
    var id: String?
    /// The line of the first `[id:…]`.
    var idLine: Int?
    /// Every `[tag:…]`, in order, without duplicates.
    var tags: [String] = []
    /// The raw `[difficulty:…]` value.
    var difficulty: String?
    /// The raw `[max-score:…]` value.
    var maxScore: String?
    /// The line of the first token of any kind.
    var firstTokenLine: Int?

    /// Collects the tokens of these comment lines.
    init(_ comments: [GiftBlock.Comment]) {
        for comment in comments {
            for (key, value) in Self.tokens(in: comment.text) {
                if firstTokenLine == nil { firstTokenLine = comment.line }
                switch key {
                case "id" where id == nil:
                    id = value
                    idLine = comment.line
                case "tag" where !value.isEmpty && !tags.contains(value):
                    tags.append(value)
                case "difficulty" where difficulty == nil:
                    difficulty = value
                case "max-score" where maxScore == nil:
                    maxScore = value
                default:
                    break
                }
            }
        }
    }

    /// Whether any token was found.
    var isEmpty: Bool { firstTokenLine == nil }

    /// `(key, value)` for each `[key:value]` with a known key in one comment line.
    static func tokens(in text: String) -> [(String, String)] {
        let scalars = Array(text.unicodeScalars)
        var result: [(String, String)] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "[" else {
                index += 1
                continue
            }
            var keyEnd = index + 1
            while keyEnd < scalars.count, scalars[keyEnd] != ":", scalars[keyEnd] != "]", keyEnd - index < 12 { keyEnd += 1 }
            guard keyEnd < scalars.count, scalars[keyEnd] == ":" else {
                index += 1
                continue
            }
            let key = String(String.UnicodeScalarView(scalars[(index + 1)..<keyEnd]))
            guard ["id", "tag", "difficulty", "max-score"].contains(key) else {
                index += 1
                continue
            }
            var value = String.UnicodeScalarView()
            var cursor = keyEnd + 1
            var closed = false
            while cursor < scalars.count {
                let scalar = scalars[cursor]
                if scalar == "\\", cursor + 1 < scalars.count, scalars[cursor + 1] == "]" {
                    value.append("]")
                    cursor += 2
                    continue
                }
                if scalar == "]" {
                    closed = true
                    break
                }
                value.append(scalar)
                cursor += 1
            }
            guard closed else {
                index += 1
                continue
            }
            result.append((key, GiftBlock.trim(String(value))))
            index = cursor + 1
        }
        return result
    }
}
