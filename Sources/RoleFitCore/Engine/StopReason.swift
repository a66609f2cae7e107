/// Why a session ended (docs/engine.md, Stopping and the result); always recorded in the outcome.
public enum StopReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// P(best = leader) reached the confidence threshold (in target-role mode: P(target) reached it, or 1 − it).
    case confident
    /// The leader is within δ of the best role with the indifference confidence.
    case indifference
    /// The leader and runner-up together reached the top-two confidence (a hybrid result).
    case topTwo = "top-two"
    /// The maximum number of questions was reached.
    case maxItems = "max-items"
    /// The time limit was reached.
    case timeLimit = "time-limit"
    /// No eligible question was left.
    case bankExhausted = "bank-exhausted"
    /// The answers fit random responding so much better than any profile that more questions would not help.
    case inconsistentAnswers = "inconsistent-answers"
    /// The person declined the preference questions and the capability evidence was gathered.
    case preferencesDeclined = "preferences-declined"
}
