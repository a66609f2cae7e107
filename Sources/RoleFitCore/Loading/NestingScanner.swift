/// A fast pre-scan of YAML/JSON text that rejects documents the parser should never see:
/// nesting deeper than a limit (recursion would exhaust the stack) and aliases used as keys
/// (hashing them can explode exponentially).
struct NestingScanner {
    /// The deepest nesting a bank may use.
    static let maximumDepth = 100

    /// What the scan found wrong, with a 1-based position.
    enum Finding: Equatable {
        /// Nesting went past `maximumDepth` here.
        case tooDeep(line: Int, column: Int)
        /// An alias (`*name`) appears where a mapping key is expected.
        case aliasKey(line: Int, column: Int)
    }

    /// Scans `text`; nil when it is safe to parse.
    static func scan(_ text: String) -> Finding? {
        let bytes = Array(text.utf8)
        var indentStack: [Int] = []
        var flowDepth = 0
        var line = 1
        var index = 0
        while index < bytes.count {
            // Start of a line: measure indentation.
            var column = 0
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") {
                index += 1
                column += 1
            }
            let lineStart = index
            let isBlank =
                index >= bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == UInt8(ascii: "#")
            if !isBlank && flowDepth == 0 {
                while let last = indentStack.last, last > column { indentStack.removeLast() }
                if indentStack.last != column { indentStack.append(column) }
            }
            var depth = indentStack.count
            var previous: UInt8 = 0x20
            var quote: UInt8? = nil
            var position = lineStart
            while position < bytes.count, bytes[position] != 0x0A {
                let byte = bytes[position]
                if let open = quote {
                    if open == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                        position += 2
                        continue
                    }
                    if byte == open { quote = nil }
                } else {
                    switch byte {
                    case UInt8(ascii: "#") where previous == 0x20 || position == lineStart:
                        position = skipToEndOfLine(bytes, position)
                        continue
                    case UInt8(ascii: "\""), UInt8(ascii: "'"):
                        if isTokenStart(previous) { quote = byte }
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        if isTokenStart(previous) || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{") {
                            flowDepth += 1
                        }
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        if flowDepth > 0 { flowDepth -= 1 }
                    case UInt8(ascii: "-") where isTokenStart(previous):
                        let next = position + 1 < bytes.count ? bytes[position + 1] : 0x20
                        if next == 0x20 || next == 0x0A { depth += 1 }
                    case UInt8(ascii: "*") where isTokenStart(previous):
                        if aliasIsKey(bytes, from: position) || previous == UInt8(ascii: "?") {
                            return .aliasKey(line: line, column: column + position - lineStart + 1)
                        }
                    default: break
                    }
                }
                if depth + flowDepth > maximumDepth {
                    return .tooDeep(line: line, column: column + position - lineStart + 1)
                }
                if byte != 0x20 { previous = byte } else if previous != 0x20 { previous = 0x20 }
                position += 1
            }
            index = position + 1
            line += 1
        }
        return nil
    }

    /// Whether a token may start after this byte (line start, whitespace or an indicator).
    private static func isTokenStart(_ previous: UInt8) -> Bool {
        switch previous {
        case 0x20, 0x09, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"),
            UInt8(ascii: "-"), UInt8(ascii: "?"):
            true
        default:
            false
        }
    }

    /// Whether the alias starting at `start` is followed by `:` (so it is a mapping key).
    private static func aliasIsKey(_ bytes: [UInt8], from start: Int) -> Bool {
        var position = start + 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x0A || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]")
                || byte == UInt8(ascii: "}")
            {
                break
            }
            position += 1
        }
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        return position < bytes.count && bytes[position] == UInt8(ascii: ":")
    }

    private static func skipToEndOfLine(_ bytes: [UInt8], _ start: Int) -> Int {
        var position = start
        while position < bytes.count, bytes[position] != 0x0A { position += 1 }
        return position
    }
}
