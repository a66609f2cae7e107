/// ANSI styling that collapses to plain text when colour is off.
public struct TextStyle: Sendable {
    /// Whether escapes are emitted.
    public let enabled: Bool

    /// Creates a style.
    public init(enabled: Bool) { self.enabled = enabled }

    /// Bold text.
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dimmed text, for secondary information.
    public func dim(_ text: String) -> String { wrap(text, "2") }
    /// Green, for good news.
    public func good(_ text: String) -> String { wrap(text, "32") }
    /// Yellow, for warnings and partial credit.
    public func caution(_ text: String) -> String { wrap(text, "33") }
    /// Red, for errors and wrong answers.
    public func bad(_ text: String) -> String { wrap(text, "31") }
    /// Cyan, for accents such as the leading role.
    public func accent(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
