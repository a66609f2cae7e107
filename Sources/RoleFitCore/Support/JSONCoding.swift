import Foundation

/// The one JSON setup every file, report and stream uses: keys sorted, slashes unescaped, dates
/// in ISO 8601 (UTC); pretty-printed where people read it, one line per value in JSON-lines files.
public enum JSONCoding {
    /// An encoder; `pretty` indents, otherwise each value is one line.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// A decoder for what `encoder` writes.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// The value as pretty JSON text with a final newline.
    public static func prettyText(_ value: some Encodable) throws -> String {
        String(decoding: try encoder(pretty: true).encode(value), as: UTF8.self) + "\n"
    }

    /// The value as one line of JSON, without a newline.
    public static func lineText(_ value: some Encodable) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }
}
