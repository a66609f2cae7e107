/// A table written as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote,
/// CR or LF, quotes doubled.
public struct CSVTable: Sendable, Hashable {
    /// Column names.
    public var header: [String]
    /// Rows, each as long as the header.
    public var rows: [[String]]

    /// Creates a table.
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// The CSV text, header first.
    public func render() -> String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it must be.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// Free text made safe for spreadsheets: a leading `=`, `+`, `-`, `@`, tab or CR (which a
    /// spreadsheet would run as a formula) gets a `'` in front; anything else is unchanged.
    public static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value }
        return "'" + value
    }
}
