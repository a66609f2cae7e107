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

    /// Provisional GPCM steps for a graded scenario with `steps` score levels above 0: evenly from b − 1 to b + 1.
    public static func provisionalSteps(location b: Double, count steps: Int) -> [Double] {
        guard steps > 1 else { return [b] }
        return (0..<steps).map { b - 1 + 2 * Double($0) / Double(steps - 1) }
    }
}
