/// The text of an input file, split into lines for quoting in diagnostics.
public struct SourceText: Sendable, Hashable {
    /// The whole text.
    public let text: String
    /// Start offsets (in UTF-8 bytes) of each line.
    private let lineStarts: [String.Index]

    /// Creates a source text.
    public init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        var index = text.startIndex
        while let newline = text[index...].firstIndex(of: "\n") {
            index = text.index(after: newline)
            starts.append(index)
        }
        lineStarts = starts
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line without its line terminator, or nil when out of range.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? text.index(before: lineStarts[number]) : text.endIndex
        var line = String(text[start..<end])
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
