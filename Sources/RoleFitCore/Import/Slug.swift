import Foundation

/// Identifier rules and slugs for imported names.
public enum Slug {
    /// Whether `id` is a well-formed skill area id: lower-case letters, digits and '-', starting with a letter or digit.
    public static func isAreaID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLowerAlnum(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlnum($0) || $0 == "-" }
    }

    /// Whether `id` is a well-formed item or bank id, by the loader's rule (lower-case letters, digits, '-', '_', '.').
    public static func isItemID(_ id: String) -> Bool { FileFormat.isValidIdentifier(id) }

    /// Lower-case ASCII words joined by '-': "Who owns the roadmap?" → "who-owns-the-roadmap".
    /// Accents are folded; at most `limit` characters, cut at a word boundary; empty when nothing is left.
    public static func make(_ text: String, limit: Int = 48) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if isLowerAlnum(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > limit { break }
            slug = next
        }
        if slug.isEmpty, let first = words.first { slug = String(first.prefix(limit)) }
        return slug
    }

    private static func isLowerAlnum(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
