/// The ranges item parameters must lie in, and how provisional parameters are derived.
public enum ParameterRanges {
    /// Largest discrimination accepted (a must be > 0 and ≤ this).
    public static let maximumDiscrimination = 4.0
    /// Largest |b|, |threshold| or |step| accepted.
    public static let maximumLocation = 5.0
    /// Guessing c must be ≥ 0 and below this.
    public static let guessingLimit = 0.5
    /// The number of categories of a Likert self-rating (1–5).
    public static let likertPoints = 5
    /// GRM threshold offsets around b for a provisional self-rating.
    public static let provisionalThresholdOffsets = [-1.5, -0.5, 0.5, 1.5]
    /// Probability that a person picks the option keyed to their best role, for default role tables.
    public static let defaultKeyedHitRate = 0.55

    /// Provisional GPCM steps for a graded scenario with `steps` score levels above 0: evenly from b − 1 to b + 1.
    public static func provisionalSteps(location b: Double, count steps: Int) -> [Double] {
        guard steps > 1 else { return [b] }
        return (0..<steps).map { b - 1 + 2 * Double($0) / Double(steps - 1) }
    }

    /// The default table P(option | role) from each option's role key (rows follow `roleIDs`).
    public static func defaultRoleTable(optionRoles: [[String]], roleIDs: [String], hitRate: Double = defaultKeyedHitRate) -> [[Double]] {
        let count = optionRoles.count
        return roleIDs.map { role in
            let keyed = optionRoles.map { $0.contains(role) }
            let keyedCount = keyed.count { $0 }
            if keyedCount == 0 || keyedCount == count {
                return Array(repeating: 1 / Double(count), count: count)
            }
            let hit = hitRate / Double(keyedCount)
            let miss = (1 - hitRate) / Double(count - keyedCount)
            return keyed.map { $0 ? hit : miss }
        }
    }
}
