/// One Unicode scalar of GIFT text, remembering whether it was escaped with `\` and where it stood.
///
/// GIFT gives `~ = # { } :` a meaning unless they are escaped; keeping the escape flag per scalar
/// lets the parser look for structure only among unescaped characters.
struct GiftSymbol: Sendable, Hashable {
    /// The character.
    let scalar: Unicode.Scalar
    /// The line in 32 bits, and the column in 31 with the escape flag in the top bit (an import is at
    /// most 2 MB), so a symbol takes 12 bytes instead of 24.
    private let storedLine: UInt32
    private let storedColumnAndEscape: UInt32

    /// Whether it was written with a backslash in front (or is the newline of `\n`).
    var isEscaped: Bool { storedColumnAndEscape & 0x8000_0000 != 0 }
    /// 1-based line.
    var line: Int { Int(storedLine) }
    /// 1-based column of the character (of its backslash, when escaped).
    var column: Int { Int(storedColumnAndEscape & 0x7FFF_FFFF) }

    /// A symbol at a place (line and column saturate beyond 32 and 31 bits, which an import never reaches).
    init(scalar: Unicode.Scalar, isEscaped: Bool, line: Int, column: Int) {
        self.scalar = scalar
        storedLine = UInt32(clamping: line)
        storedColumnAndEscape = UInt32(clamping: min(column, 0x7FFF_FFFF)) | (isEscaped ? 0x8000_0000 : 0)
    }

    /// Whether this is the unescaped structural character `character`.
    func isSyntax(_ character: Unicode.Scalar) -> Bool { !isEscaped && scalar == character }

    /// The characters GIFT lets an author escape, and what each escape stands for.
    static func escaped(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\\", ":", "#", "=", "{", "}", "~": scalar
        case "n": "\n"
        default: nil
        }
    }

    /// Reads one line of GIFT source into symbols, resolving escapes.
    static func symbols(of text: String, line: Int, firstColumn: Int) -> [GiftSymbol] {
        var result: [GiftSymbol] = []
        result.reserveCapacity(text.unicodeScalars.count)
        var pendingBackslashColumn: Int?
        var column = firstColumn
        for scalar in text.unicodeScalars {
            defer { column += 1 }
            if let backslash = pendingBackslashColumn {
                pendingBackslashColumn = nil
                if let meaning = escaped(scalar) {
                    result.append(GiftSymbol(scalar: meaning, isEscaped: true, line: line, column: backslash))
                    continue
                }
                result.append(GiftSymbol(scalar: "\\", isEscaped: false, line: line, column: backslash))
            }
            if scalar == "\\" {
                pendingBackslashColumn = column
            } else {
                result.append(GiftSymbol(scalar: scalar, isEscaped: false, line: line, column: column))
            }
        }
        if let backslash = pendingBackslashColumn {
            result.append(GiftSymbol(scalar: "\\", isEscaped: false, line: line, column: backslash))
        }
        return result
    }
}

extension ArraySlice where Element == GiftSymbol {
    /// The plain text, escapes resolved.
    var text: String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(count)
        for symbol in self { UTF8.encode(symbol.scalar) { utf8.append($0) } }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The slice without leading and trailing white space.
    var trimmed: ArraySlice<GiftSymbol> {
        var slice = self
        while let first = slice.first, first.scalar.properties.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.scalar.properties.isWhitespace { slice.removeLast() }
        return slice
    }

    /// The index of the first unescaped `character`, if any.
    func firstSyntax(_ character: Unicode.Scalar) -> Int? {
        firstIndex { $0.isSyntax(character) }
    }

    /// Whether the slice starts with these unescaped characters.
    func startsWithSyntax(_ characters: String) -> Bool {
        var index = startIndex
        for scalar in characters.unicodeScalars {
            guard index < endIndex, self[index].isSyntax(scalar) else { return false }
            index += 1
        }
        return true
    }

    /// The index where the unescaped run `characters` next starts at or after `from`, if any.
    func firstSyntaxRun(_ characters: String, from: Int? = nil) -> Int? {
        let pattern = Array(characters.unicodeScalars)
        var start = from ?? startIndex
        while start + pattern.count <= endIndex {
            if (0..<pattern.count).allSatisfy({ self[start + $0].isSyntax(pattern[$0]) }) { return start }
            start += 1
        }
        return nil
    }

    /// The index where the last unescaped run `characters` starts, if any.
    func lastSyntaxRun(_ characters: String) -> Int? {
        let pattern = Array(characters.unicodeScalars)
        var start = endIndex - pattern.count
        while start >= startIndex {
            if (0..<pattern.count).allSatisfy({ self[start + $0].isSyntax(pattern[$0]) }) { return start }
            start -= 1
        }
        return nil
    }
}
