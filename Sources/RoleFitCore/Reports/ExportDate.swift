import Foundation

/// Dates in exports.
enum ExportDate {
    /// "2026-11-23T10:14:03Z": the UTC calendar fields from `gmtime_r`, written directly (an export writes
    /// one per row, and making an `ISO8601DateFormatter` per row was most of a row's cost). Dates outside
    /// the years 1…9999 go through the formatter, as before.
    static func iso(_ date: Date) -> String {
        // The formatter works in whole milliseconds (to nearest), then drops the fraction.
        let seconds = ((date.timeIntervalSince1970 * 1000).rounded() / 1000).rounded(.down)
        var fields = tm()
        if abs(seconds) < 253_000_000_000, let whole = Int(exactly: seconds) {
            var time = time_t(whole)
            if gmtime_r(&time, &fields) != nil, (-1899...8099).contains(fields.tm_year) {
                return digits(Int(fields.tm_year) + 1900, 4) + "-" + digits(Int(fields.tm_mon) + 1, 2) + "-"
                    + digits(Int(fields.tm_mday), 2) + "T" + digits(Int(fields.tm_hour), 2) + ":"
                    + digits(Int(fields.tm_min), 2) + ":" + digits(Int(fields.tm_sec), 2) + "Z"
            }
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `value` (non-negative) with leading zeros to `width` digits.
    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
