/// Splits option and prompt text into the words the audit reasons about.
enum ContentWords {
    /// Common function words that say nothing about a role or an answer's quality.
    static let stopwords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
        "down", "during", "each", "either", "else", "even", "few", "for", "from", "further", "get", "gets", "had", "has",
        "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "let", "lets", "me", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now",
        "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
        "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we",
        "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with", "within",
        "would", "you", "your", "yours", "yourself", "s", "t", "it's", "don't", "isn't", "won't", "can't", "they're",
        "what's", "that's", "who's", "i'd", "i'm", "i've", "i'll", "you're", "we're", "per", "via", "yet", "because",
        "since", "though", "although", "rather", "instead", "every", "many", "two", "three", "four", "first", "next",
        "last", "new", "way", "ways", "make", "makes", "made", "take", "takes", "put", "keep", "keeps", "give", "gives",
    ]

    /// Lower-cased words of the text: letters, digits, apostrophes and inner hyphens.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" || scalar == "’" || scalar == "-" {
                current.unicodeScalars.append(scalar == "’" ? "'" : scalar)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.map { $0.trimming(["-", "'"]) }.filter { !$0.isEmpty }
    }

    /// Content words, lightly stemmed (a plural or third-person "s" dropped), stopwords removed.
    static func content(_ text: String) -> [String] {
        words(text).filter { !stopwords.contains($0) && $0.count > 1 }.map(stem)
    }

    /// Drops a final "s" from longer words that do not end in "ss" ("teams" → "team", "process" stays).
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") else {
            return word
        }
        return String(word.dropLast())
    }
}

extension String {
    /// The string without the given characters at either end.
    func trimming(_ set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
