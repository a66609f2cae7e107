/// What one attempt to read a line produced.
public enum LineInput: Sendable, Equatable {
    /// A complete line, without its terminator.
    case line(String)
    /// The person pressed Ctrl-C; the partial line was discarded.
    case interrupted
    /// Standard input ended (Ctrl-D on an empty line, or the end of piped input).
    case endOfInput
}

/// Reads lines from a person or a script.
public protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line.
    func readLine(prompt: String) -> LineInput
    /// The words Tab completes for the next read (commands and valid answers).
    func setCompletions(_ words: [String])
    /// Persists history, if the reader keeps any.
    func close()
}
