/// The sizes an import accepts, checked before the work they would cost.
public enum ImportLimits {
    /// The largest input imported at once (an imported bank must stay under the 5 MB bank limit).
    public static let maximumInputBytes = 2_000_000
    /// The most characters one GIFT question (its text, answers and feedback) may have; a longer one is
    /// an error at its first line and is not parsed, so one huge question cannot cost memory per character.
    public static let maximumQuestionCharacters = 100_000
}
