/// A response matrix read from the workload's CSV form: a header `id,<item>,<item>,…`, then one row
/// per person with the person's id and one cell per item: a category code 0, 1, 2, … or empty when the
/// item was not presented. Parsing is pure (bytes in, matrix or a located error out).
public struct ResponseTable: Sendable {
    /// The item column names, in order.
    public var itemNames: [String]
    /// The person ids, in row order.
    public var personIDs: [String]
    /// The answers.
    public var matrix: ResponseMatrix

    /// The largest category code accepted (so a typo like 11 for 1 is caught).
    public static let largestCategory = 20

    /// Parses the CSV text in `bytes`; `path` only names the file in errors.
    /// `model` fixes the categories of the 2PL and 3PL (0/1); for GRM and GPCM they are 0…max seen.
    public static func parse(_ bytes: [UInt8], path: String, model: CalibrationModel) throws -> ResponseTable {
        var lines = LineCursor(bytes: bytes)
        guard let header = lines.next() else {
            throw CalibrationInputError(
                path: path, line: 1, column: nil,
                reason: "the file is empty; it needs a header `id,i0,i1,…` and one row per person")
        }
        let names = header.fields.map { String(decoding: $0, as: UTF8.self).trimmingSpaces }
        guard names.count >= 2 else {
            throw CalibrationInputError(
                path: path, line: header.number, column: nil,
                reason: "the header has no item columns; write `id,i0,i1,…`")
        }
        let itemNames = Array(names.dropFirst())
        var personIDs: [String] = []
        var rows: [[(item: Int, category: Int)]] = []
        var largest = 0
        while let row = lines.next() {
            guard row.fields.count == names.count else {
                throw CalibrationInputError(
                    path: path, line: row.number, column: nil,
                    reason: "this row has \(row.fields.count) fields but the header has \(names.count); "
                        + "every row needs an id and one cell per item (empty = not presented)")
            }
            personIDs.append(String(decoding: row.fields[0], as: UTF8.self))
            var answers: [(item: Int, category: Int)] = []
            for (offset, field) in row.fields.dropFirst().enumerated() {
                guard
                    let category = try cellValue(
                        field, path: path, line: row.number, column: offset + 2,
                        item: itemNames[offset], model: model)
                else { continue }
                largest = max(largest, category)
                answers.append((offset, category))
            }
            rows.append(answers)
        }
        let categoryCount = model.isDichotomous ? 2 : max(2, largest + 1)
        var matrix = ResponseMatrix(itemCount: itemNames.count, categoryCount: categoryCount)
        for answers in rows { matrix.appendPerson(answers) }
        return ResponseTable(itemNames: itemNames, personIDs: personIDs, matrix: matrix)
    }

    /// A cell's category, nil when empty; throws a located error for anything else.
    static func cellValue(
        _ field: ArraySlice<UInt8>, path: String, line: Int, column: Int, item: String,
        model: CalibrationModel
    ) throws -> Int? {
        var digits = field.drop { $0 == UInt8(ascii: " ") }
        while let last = digits.last, last == UInt8(ascii: " ") { digits = digits.dropLast() }
        if digits.isEmpty { return nil }
        // Accept "2" and "2.0" (some tools write integers as decimals), nothing else.
        if let point = digits.firstIndex(of: UInt8(ascii: ".")),
            digits[digits.index(after: point)...].allSatisfy({ $0 == UInt8(ascii: "0") })
        {
            digits = digits[..<point]
        }
        let text = String(decoding: field, as: UTF8.self)
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw CalibrationInputError(
                path: path, line: line, column: column,
                reason: "item \(item): '\(text)' is not a category code; write 0, 1, 2, … or leave the cell empty")
        }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        if model.isDichotomous && value > 1 {
            throw CalibrationInputError(
                path: path, line: line, column: column,
                reason: "item \(item): \(value) is not 0 or 1, which the \(model.rawValue) model needs; "
                    + "use --model grm or gpcm for graded answers")
        }
        if value > largestCategory {
            throw CalibrationInputError(
                path: path, line: line, column: column,
                reason: "item \(item): category \(value) is above \(largestCategory); codes count from 0")
        }
        return value
    }
}

/// A located problem in a calibration input file; the reason says what to do.
public struct CalibrationInputError: Error, Hashable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// 1-based line.
    public var line: Int
    /// 1-based field number, when one field is at fault.
    public var column: Int?
    /// What is wrong and how to fix it.
    public var reason: String

    /// Creates the error.
    public init(path: String, line: Int, column: Int?, reason: String) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `path:line:column: reason`, like a compiler.
    public var description: String {
        "\(path):\(line)\(column.map { ":\($0)" } ?? ""): \(reason)"
    }
}

/// Splits bytes into non-blank lines of comma-separated fields (CR LF or LF), counting line numbers.
struct LineCursor {
    let bytes: [UInt8]
    var position = 0
    var line = 0

    /// The next non-blank line's number and fields.
    mutating func next() -> (number: Int, fields: [ArraySlice<UInt8>])? {
        while position < bytes.count {
            line += 1
            let start = position
            while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
            var end = position
            if position < bytes.count { position += 1 }
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let content = bytes[start..<end]
            if content.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            return (line, content.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false))
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
