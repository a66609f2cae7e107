/// The text of an input file, split into lines for quoting in diagnostics.
public struct SourceText: Sendable, Hashable {
    /// The whole text.
    public let text: String
    /// Start offsets (in UTF-8 bytes) of each line.
    private let lineStarts: [Int]

    /// Creates a source text.
    public init(_ text: String) {
        self.text = text
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        lineStarts = starts
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line without its line terminator, or nil when out of range.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        let end = number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        var line = String(decoding: utf8[start..<end], as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
