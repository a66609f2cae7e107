import RoleFitTerminal

/// A console that records everything, for tests.
public final class TestConsole: Console {
    /// Everything written to stdout.
    public private(set) var outputText = ""
    /// Everything written to stderr.
    public private(set) var messageText = ""
    /// The wrap width.
    public var width: Int
    /// Plain text unless a test asks for colour.
    public var style: TextStyle

    /// Creates a test console.
    public init(width: Int = 80, color: Bool = false) {
        self.width = width
        style = TextStyle(enabled: color)
    }

    /// Records stdout text.
    public func output(_ text: String) { outputText += text }
    /// Records stdout data.
    public func outputData(_ text: String) { outputText += text }
    /// Records stderr text.
    public func message(_ text: String) { messageText += text }
}
