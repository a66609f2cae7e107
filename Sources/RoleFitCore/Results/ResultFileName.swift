import Foundation

/// Names result files `YYYY-MM-DDTHH-MM-SS_<name>.json` (the session's start, as in its id), with the
/// name reduced to safe characters.
public enum ResultFileName {
    /// The candidate's name reduced to lower-case ASCII letters, digits and single dashes
    /// ("Ana María" → "ana-maria", "../../etc/x" → "etc-x"); "anonymous" when nothing is left.
    public static func safeName(_ name: String) -> String {
        let folded = name.folding(
            options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingDash && !result.isEmpty { result += "-" }
                result.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
            if result.count >= 40 { break }
        }
        return result.isEmpty ? "anonymous" : result.lowercased()
    }

    /// The UTC timestamp part: 2026-11-23T10-14-03.
    public static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return
            "\(String(format: "%04d", c.year ?? 0))-\(two(c.month))-\(two(c.day))T\(two(c.hour))-\(two(c.minute))-\(two(c.second))"
    }

    /// The file name for a result, stamped with the session's start so it begins like the session id;
    /// `attempt` > 1 adds a suffix so an existing file is never replaced.
    public static func fileName(candidate: String, startedAt: Date, attempt: Int = 1) -> String {
        let base = "\(timestamp(startedAt))_\(safeName(candidate))"
        return attempt > 1 ? "\(base)-\(attempt).json" : "\(base).json"
    }
}
