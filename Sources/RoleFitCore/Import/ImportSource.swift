/// Input text read line by line from bytes, without ever failing and without holding more than one line.
///
/// Invalid UTF-8 is replaced by U+FFFD and every line that held some is listed, so the caller
/// can report it; a leading byte-order mark is dropped; `\n`, `\r\n` and a lone `\r` all end a line.
/// The parsers pull lines with `nextLine()` as they go, so an import holds the input bytes, the
/// current question and what was already parsed, never a second copy of the whole text.
public struct ImportSource<Bytes: Collection> where Bytes.Element == UInt8 {
    /// 1-based numbers of the lines read so far that held invalid UTF-8.
    public private(set) var invalidUTF8Lines: [Int] = []
    /// Control characters and bidirectional overrides (see `ControlCharacters`) met so far: 1-based
    /// line and column of each (the first per line), with the character.
    public private(set) var controlCharacters: [(line: Int, column: Int, scalar: Unicode.Scalar)] = []
    /// The number of lines read so far (the number of the line `nextLine()` returned last).
    public private(set) var lineCount = 0

    private var iterator: Bytes.Iterator
    private var decoder = UTF8()
    private var previousWasCR = false
    private var atStart = true
    private var finished = false

    /// Reads `bytes` from the start.
    public init(bytes: Bytes) {
        iterator = bytes.makeIterator()
    }

    /// The next line without its line ending, or nil at the end of the input.
    public mutating func nextLine() -> String? {
        guard !finished else { return nil }
        var utf8: [UInt8] = []
        var scalarCount = 0
        var lineHasInvalid = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                defer { atStart = false }
                if scalar == "\n" {
                    if previousWasCR {
                        previousWasCR = false
                        continue decoding
                    }
                    return finishLine(utf8, invalid: lineHasInvalid)
                } else if scalar == "\r" {
                    previousWasCR = true
                    return finishLine(utf8, invalid: lineHasInvalid)
                } else if !(atStart && scalar == "\u{FEFF}") {
                    if ControlCharacters.isForbidden(scalar), controlCharacters.last?.line != lineCount + 1 {
                        controlCharacters.append((lineCount + 1, scalarCount + 1, scalar))
                    }
                    UTF8.encode(scalar) { utf8.append($0) }
                    scalarCount += 1
                }
                previousWasCR = false
            case .error:
                utf8 += [0xEF, 0xBF, 0xBD]  // U+FFFD
                scalarCount += 1
                lineHasInvalid = true
                previousWasCR = false
                atStart = false
            case .emptyInput:
                finished = true
                return utf8.isEmpty && !lineHasInvalid ? nil : finishLine(utf8, invalid: lineHasInvalid)
            }
        }
    }

    /// Counts the line and turns its bytes into text.
    private mutating func finishLine(_ utf8: [UInt8], invalid: Bool) -> String {
        lineCount += 1
        if invalid { invalidUTF8Lines.append(lineCount) }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// One error per line that held invalid UTF-8 (at most `limit`, then one that counts the rest),
    /// then one per line with a control character (the same way); call it after the last line was read.
    public func encodingIssues(limit: Int = 5) -> [ImportIssue] {
        var issues = invalidUTF8Lines.prefix(limit).map {
            ImportIssue(
                .error, line: $0, "the line is not valid UTF-8 text",
                hint: "save the file as UTF-8 (in most editors: Save As… → Encoding: UTF-8) and import it again")
        }
        if invalidUTF8Lines.count > limit, let line = invalidUTF8Lines.dropFirst(limit).first {
            issues.append(ImportIssue(.error, line: line, "\(invalidUTF8Lines.count - limit) more lines are not valid UTF-8"))
        }
        for control in controlCharacters.prefix(limit) {
            issues.append(
                ImportIssue(
                    .error, line: control.line, column: control.column,
                    "\(ControlCharacters.name(control.scalar)) here; question text must not contain control characters or bidirectional overrides",
                    hint: "remove it (it may hide or reorder what people read) and import again"))
        }
        if controlCharacters.count > limit, let first = controlCharacters.dropFirst(limit).first {
            issues.append(
                ImportIssue(.error, line: first.line, "\(controlCharacters.count - limit) more lines hold control characters"))
        }
        return issues
    }
}
