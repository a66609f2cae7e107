import Foundation

@testable import RoleFitCore

/// JSON encoding with sorted keys, for tests that compare bytes: equal values always give identical bytes (Foundation's default
/// key order follows dictionary iteration, which differs between encodes).
enum CanonicalJSON {
    /// A new encoder with `.sortedKeys`.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    /// Encodes a value canonically.
    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        try encoder().encode(value)
    }
}

extension AssessmentOutcome {
    /// Encodes with sorted keys, so equal outcomes give identical bytes.
    func canonicalJSON() throws -> Data {
        try CanonicalJSON.encode(self)
    }
}
