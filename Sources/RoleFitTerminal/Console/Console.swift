/// Where the terminal layer writes; injected so session logic runs without a TTY.
///
/// Results go to `output` (stdout); prompts, questions, progress and messages go to `message`
/// (stderr), so `rolefit take > result.txt` captures only the result.
public protocol Console: AnyObject {
    /// Writes text to standard output.
    func output(_ text: String)
    /// Writes text to standard error.
    func message(_ text: String)
    /// The width to wrap text to, in columns.
    var width: Int { get }
    /// How to style text (plain when colour is off).
    var style: TextStyle { get }
}
