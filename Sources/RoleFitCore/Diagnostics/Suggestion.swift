/// "Did you mean …?" suggestions for misspelt names.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let candidateLowered = candidate.lowercased()
            var distance = editDistance(lowered, candidateLowered)
            // A prefix or containment is a strong signal ("stakeholders" → "stakeholder-management").
            if candidateLowered.hasPrefix(lowered) || lowered.hasPrefix(candidateLowered)
                || candidateLowered.contains(lowered)
            {
                distance = min(distance, 1)
            }
            // A long shared start is a strong signal too ("stakeholders" → "stakeholder-management").
            let shared = zip(lowered, candidateLowered).prefix { $0 == $1 }.count
            if shared >= 4, shared >= lowered.count - 2 {
                distance = min(distance, 2)
            }
            if let current = best, current.distance <= distance { continue }
            best = (candidate, distance)
        }
        guard let best else { return nil }
        let limit = max(2, lowered.count / 3)
        return best.distance <= limit ? best.name : nil
    }

    /// "; did you mean 'x'?" or the empty string.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance between two strings, over Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
