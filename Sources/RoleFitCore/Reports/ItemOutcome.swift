/// How one answered question came out, in words, for item logs.
public enum ItemOutcome {
    /// "right", "wrong", "2 of 3", "rating 4 of 5", "typical of: Product manager", "skipped", "not applicable".
    public static func describe(_ record: ItemRecord, roleNames: [String: String] = [:]) -> String {
        if record.response == .skipped { return "skipped" }
        if record.response == .notApplicable { return "not applicable" }
        if let correct = record.correct { return correct ? "right" : "wrong" }
        switch record.kind {
        case .known(.roleKeyed):
            let roles = (record.keyedRoles ?? []).map { roleNames[$0] ?? $0 }
            return roles.isEmpty ? "preference" : "typical of: " + roles.joined(separator: ", ")
        case .known(.selfRating):
            if case .rating(let value) = record.response { return "rating \(value) of \(record.maxScore + 1)" }
            return "rating"
        default:
            if let score = record.score { return "\(score) of \(record.maxScore)" }
            return "—"
        }
    }

    /// Whether the record is a right answer (true), a wrong one (false), or neither (nil).
    public static func isRight(_ record: ItemRecord) -> Bool? {
        if let correct = record.correct { return correct }
        if record.kind == .known(.gradedScenario), let score = record.score, record.maxScore > 0 {
            if score == record.maxScore { return true }
            if score == 0 { return false }
        }
        return nil
    }
}
