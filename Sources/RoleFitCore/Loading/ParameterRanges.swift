/// The ranges item parameters must lie in (provisional ones come from `ProvisionalParameters`).
public enum ParameterRanges {
    /// Largest discrimination accepted (a must be > 0 and ≤ this).
    public static let maximumDiscrimination = 4.0
    /// Largest |b|, |threshold| or |step| accepted.
    public static let maximumLocation = 5.0
    /// Guessing c must be ≥ 0 and below this.
    public static let guessingLimit = 0.5
    /// The number of categories of a Likert self-rating (1–5).
    public static let likertPoints = 5
}
