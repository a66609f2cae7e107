import Foundation

/// Dates in exports.
enum ExportDate {
    /// "2026-11-23T10:14:03Z".
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
