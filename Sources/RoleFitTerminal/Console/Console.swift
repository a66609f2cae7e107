/// Where the terminal layer writes; injected so session logic runs without a TTY.
///
/// Results go to `output` (stdout); prompts, questions, progress and messages go to `message`
/// (stderr), so `rolefit take > result.txt` captures only the result. Text for people passes
/// through `TerminalText` on the way; `outputData` carries file formats (JSON, CSV, Markdown,
/// HTML, YAML) unchanged unless stdout is a terminal.
public protocol Console: AnyObject {
    /// Writes text for people to standard output.
    func output(_ text: String)
    /// Writes a file format to standard output.
    func outputData(_ text: String)
    /// Writes text for people to standard error.
    func message(_ text: String)
    /// The width to wrap messages to, in columns.
    var width: Int { get }
    /// How to style messages (plain when colour is off).
    var style: TextStyle { get }
}
