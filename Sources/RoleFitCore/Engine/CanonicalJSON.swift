import Foundation

/// JSON encoding with sorted keys: equal values always give identical bytes (Foundation's default
/// key order follows dictionary iteration, which differs between encodes).
public enum CanonicalJSON {
    /// A new encoder with `.sortedKeys`.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    /// Encodes a value canonically.
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        try encoder().encode(value)
    }
}
