import RoleFitCore

/// How a session run ended.
public enum SessionEnd: Sendable, Equatable {
    /// Finished; the result was saved at `path`.
    case finished(path: String)
    /// Saved for later (`:quit`, Ctrl-D, a second Ctrl-C, or the end of piped input).
    case saved(journalPath: String)
    /// Stopped before anything was answered: nothing was kept (the journal was removed).
    case discarded
    /// Could not continue; the message says why and what to do. Answers up to then are in the journal.
    case failed(String)
}
