/// The real console: stdout and stderr of the process through the one checked writer
/// (`StreamWriter`) and the one sanitiser (`TerminalText`), colour and width decided by
/// `TerminalCapabilities`.
public final class StandardConsole: Console, Sendable {
    /// The console with colour allowed, for commands without `--no-color`.
    public static let standard = StandardConsole()

    /// How messages on stderr are styled.
    public let style: TextStyle
    /// How text on stdout is styled.
    public let outputStyle: TextStyle

    /// Creates the console; `allowColor` is false with `--no-color`.
    public init(allowColor: Bool = true) {
        style = TextStyle(enabled: TerminalCapabilities.colorEnabled(for: .error, allowColor: allowColor))
        outputStyle = TextStyle(enabled: TerminalCapabilities.colorEnabled(for: .output, allowColor: allowColor))
    }

    /// Writes text for people to stdout.
    public func output(_ text: String) {
        StreamWriter.write(TerminalText.sanitized(text, keepingStyles: outputStyle.enabled), to: .output)
    }

    /// Writes a file format to stdout: unchanged, or sanitised when stdout is a terminal.
    public func outputData(_ text: String) {
        StreamWriter.write(StandardStream.output.isTerminal ? TerminalText.sanitized(text) : text, to: .output)
    }

    /// Writes text for people to stderr.
    public func message(_ text: String) {
        StreamWriter.write(TerminalText.sanitized(text, keepingStyles: style.enabled), to: .error)
    }

    /// Stderr's terminal width (where the session is shown).
    public var width: Int { TerminalCapabilities.width(of: .error) }

    /// Stdout's terminal width (where reports are shown).
    public var outputWidth: Int { TerminalCapabilities.width(of: .output) }
}
