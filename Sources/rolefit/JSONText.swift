import Foundation

/// Pretty, key-sorted JSON text with a final newline.
enum JSONText {
    /// The value encoded for people and scripts alike.
    static func pretty(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
