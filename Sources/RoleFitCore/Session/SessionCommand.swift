/// The colon commands a person can type instead of an answer.
public enum SessionCommand: String, Sendable, CaseIterable {
    /// Explain how to answer and list the commands.
    case help
    /// Pass on this question; the engine picks another.
    case skip
    /// Take back the last answer.
    case undo
    /// Show how far the session has come and what it thinks so far.
    case progress
    /// Save and stop; `rolefit resume` continues.
    case quit

    /// The command as typed, with its colon.
    public var typed: String { ":" + rawValue }

    /// One line on what it does, for `:help`.
    public var summary: String {
        switch self {
        case .help: "how to answer, and these commands"
        case .skip: "pass on this question (it counts towards the maximum)"
        case .undo: "take back your last answer"
        case .progress: "how far you are and the current estimate"
        case .quit: "save and stop; you can continue later (the command is shown)"
        }
    }
}
