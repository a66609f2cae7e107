/// What a session wants next.
public enum SessionStep: Sendable, Hashable {
    /// Ask this question.
    case question(Item)
    /// The session is over.
    case finished(AssessmentOutcome)
}
