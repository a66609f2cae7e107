/// Where the terminal layer reads lines and writes text; injected so session logic runs without a TTY.
public protocol Console: AnyObject {
    /// Writes text to standard output (results).
    func output(_ text: String)
    /// Writes text to standard error (prompts, diagnostics, progress).
    func diagnostic(_ text: String)
}
