import RoleFitCore

/// A forward-only reader of comma-separated numbers in a byte buffer, built for the multi-megabyte
/// workload files. Decimals with at most 15 significant digits and no exponent are converted exactly
/// (mantissa / 10^k is correctly rounded, the same double `strtod` gives); anything else goes through
/// `Double(String)`.
struct CSVNumberScanner {
    let bytes: [UInt8]
    let path: String
    private(set) var position = 0
    private(set) var line = 1

    static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position >= bytes.count }

    /// Skips the rest of the current line, including its line break.
    mutating func skipLine() {
        while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
        if position < bytes.count {
            position += 1
            line += 1
        }
    }

    /// Skips blank lines (only `\r`/`\n`).
    mutating func skipBlankLines() {
        while position < bytes.count && (bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r")) {
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
    }

    /// Reads one field as a number and consumes the comma after it, if any.
    mutating func number() throws -> Double {
        let start = position
        var index = position
        var negative = false
        if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var simple = true
        var sawDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                sawDigit = true
                if mantissa > 0 || byte != UInt8(ascii: "0") { digits += 1 }
                if digits <= 15 { mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0")) } else { simple = false }
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                break
            } else {
                simple = false
            }
            index += 1
        }
        let fieldEnd = index
        guard fieldEnd > start else {
            throw WorkloadError.malformed(path: path, line: line, reason: "empty field where a number was expected")
        }
        var value: Double
        if simple && sawDigit && fractionDigits <= 22 {
            value = Double(mantissa) / Self.powersOfTen[fractionDigits]
            if negative { value = -value }
        } else {
            let text = String(decoding: bytes[start..<fieldEnd], as: UTF8.self)
            guard let parsed = Double(text) else {
                throw WorkloadError.malformed(path: path, line: line, reason: "'\(text)' is not a number")
            }
            value = parsed
        }
        position = fieldEnd
        if position < bytes.count && bytes[position] == UInt8(ascii: ",") { position += 1 }
        return value
    }

    /// Reads the rest of the line as raw text (without the line break) and moves to the next line.
    mutating func restOfLine() -> String {
        let start = position
        while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
        var end = position
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        skipLine()
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Requires the end of the current line (or of the file) and moves past it.
    mutating func endOfLine() throws {
        if position < bytes.count && bytes[position] == UInt8(ascii: "\r") { position += 1 }
        if position >= bytes.count { return }
        guard bytes[position] == UInt8(ascii: "\n") else {
            throw WorkloadError.malformed(path: path, line: line, reason: "more fields than expected")
        }
        position += 1
        line += 1
    }

    /// Whether the reader is at a line break or the end (a row has no more fields).
    var isAtEndOfLine: Bool {
        position >= bytes.count || bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r")
    }
}
