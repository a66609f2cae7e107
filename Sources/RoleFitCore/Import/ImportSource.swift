/// Input text split into numbered lines, decoded from bytes without ever failing.
///
/// Invalid UTF-8 is replaced by U+FFFD and every line that held some is listed, so the caller
/// can report it; a leading byte-order mark is dropped; `\n`, `\r\n` and a lone `\r` all end a line.
public struct ImportSource: Sendable, Hashable {
    /// The lines, without their line endings.
    public var lines: [String]
    /// 1-based numbers of the lines that held invalid UTF-8.
    public var invalidUTF8Lines: [Int]
    /// Control characters and bidirectional overrides (see `ControlCharacters`): 1-based line and
    /// column of each (the first per line), with the character.
    public var controlCharacters: [(line: Int, column: Int, scalar: Unicode.Scalar)]

    /// The largest input imported at once (an imported bank must stay under the 5 MB bank limit).
    public static let maximumInputBytes = 2_000_000

    /// Lines are compared by their text and encoding problems.
    public static func == (left: ImportSource, right: ImportSource) -> Bool {
        left.lines == right.lines && left.invalidUTF8Lines == right.invalidUTF8Lines
    }

    /// Hashes the lines.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(lines)
        hasher.combine(invalidUTF8Lines)
    }

    /// Decodes bytes.
    public init<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
        var lines: [String] = []
        var invalid: [Int] = []
        var controls: [(line: Int, column: Int, scalar: Unicode.Scalar)] = []
        var scalars = String.UnicodeScalarView()
        var lineHasInvalid = false
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var previousWasCR = false
        var atStart = true

        func endLine() {
            lines.append(String(scalars))
            if lineHasInvalid { invalid.append(lines.count) }
            scalars = String.UnicodeScalarView()
            lineHasInvalid = false
        }

        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                defer { atStart = false }
                if scalar == "\n" {
                    if previousWasCR {
                        previousWasCR = false
                        continue decoding
                    }
                    endLine()
                } else if scalar == "\r" {
                    endLine()
                    previousWasCR = true
                    continue decoding
                } else if !(atStart && scalar == "\u{FEFF}") {
                    if ControlCharacters.isForbidden(scalar), controls.last?.line != lines.count + 1 {
                        controls.append((lines.count + 1, scalars.count + 1, scalar))
                    }
                    scalars.append(scalar)
                }
                previousWasCR = false
            case .error:
                scalars.append("\u{FFFD}")
                lineHasInvalid = true
                previousWasCR = false
                atStart = false
            case .emptyInput:
                break decoding
            }
        }
        if !scalars.isEmpty || lineHasInvalid { endLine() }
        self.lines = lines
        self.invalidUTF8Lines = invalid
        controlCharacters = controls
    }

    /// Uses text that is already decoded.
    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// One error per line that held invalid UTF-8 (at most `limit`, then one that counts the rest).
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
