/// What one attempt to read a line produced.
public enum LineInput: Sendable, Equatable {
    /// A complete line, without its terminator.
    case line(String)
    /// The person pressed Ctrl-C; the partial line was discarded.
    case interrupted
    /// Standard input ended (Ctrl-D on an empty line, or the end of piped input).
    case endOfInput
    /// A stop signal arrived (see `StopSignals`); the terminal is back in its normal state.
    case stopped(signal: Int32)
    /// The countdown reached zero while the person was still typing; `partial` is what they had typed.
    case timedOut(partial: String)
}

/// Reads lines from a person or a script.
public protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Reads one line that is not kept in the history (a name, not an answer).
    func readLineOutsideHistory(prompt: String) -> LineInput
    /// Reads one line against a countdown: the prompt follows `countdown`, its warnings appear above
    /// the line, and at zero the read ends by itself with `.timedOut`.
    func readLine(countdown: Countdown) -> LineInput
    /// The words Tab completes for the next read (commands and valid answers).
    func setCompletions(_ words: [String])
    /// Persists history, if the reader keeps any.
    func close()
}

extension LineReader {
    /// Readers without history read such a line like any other.
    public func readLineOutsideHistory(prompt: String) -> LineInput { readLine(prompt: prompt) }

    /// Readers without a live display show the prompt once and wait; the caller checks the time after.
    public func readLine(countdown: Countdown) -> LineInput { readLine(prompt: countdown.prompt) }
}
