import Foundation

/// The one place durations are parsed, bounded and turned into whole numbers: a time limit lies in
/// `timeLimitRange`, one answer's time in `answerRange`, and conversions to `Int` saturate, so no
/// duration from a person, a journal or a result can overflow or trap anywhere.
public enum SessionDuration {
    /// The allowed time limit: 1 second to 24 hours.
    public static let timeLimitRange: ClosedRange<Double> = 1...86_400
    /// The allowed time for one answer: 0 to 24 hours (a longer wait is recorded as 24 hours).
    public static let answerRange: ClosedRange<Double> = 0...86_400
    /// The largest total a whole-number conversion gives (about 31 700 years).
    public static let largestWholeSeconds = 1_000_000_000_000

    /// Why a duration was refused.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The text that was given.
        public var text: String
        /// What is wrong with it.
        public var description: String {
            "'\(text)' is not a time limit between 1s and 24h; write it like 25m, 90s, 1h or 1h30m (a bare number means minutes)"
        }
    }

    /// Parses `25m`, `90s`, `1h`, `1h30m` or a bare number of minutes into seconds within `timeLimitRange`.
    public static func parseTimeLimit(_ argument: String) throws(ParseError) -> Double {
        let text = argument.lowercased().trimmingCharacters(in: .whitespaces)
        let refusal = ParseError(text: argument)
        guard !text.isEmpty, text.utf8.count <= 40 else { throw refusal }
        var total = 0.0
        var number = ""
        var pieces = Array(text)
        if pieces.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) { pieces.append("m") }
        for character in pieces {
            if character.isASCII && (character.isNumber || character == ".") {
                number.append(character)
                continue
            }
            guard let value = Double(number), value.isFinite, value >= 0 else { throw refusal }
            switch character {
            case "h": total += value * 3600
            case "m": total += value * 60
            case "s": total += value
            default: throw refusal
            }
            guard total <= timeLimitRange.upperBound else { throw refusal }
            number = ""
        }
        guard number.isEmpty, timeLimitRange.contains(total) else { throw refusal }
        return total
    }

    /// Whether `seconds` can be one answer's time.
    public static func isValidAnswer(_ seconds: Double) -> Bool {
        seconds.isFinite && answerRange.contains(seconds)
    }

    /// One answer's measured time, rounded to milliseconds and kept within `answerRange`.
    public static func answerTime(_ seconds: Double) -> Double {
        guard seconds.isFinite else { return seconds > 0 ? answerRange.upperBound : 0 }
        return min(answerRange.upperBound, max(0, (seconds * 1000).rounded() / 1000))
    }

    /// Whole seconds, saturating: non-finite or negative gives 0, huge values `largestWholeSeconds`.
    public static func wholeSeconds(_ seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return seconds >= Double(largestWholeSeconds) ? largestWholeSeconds : Int(seconds.rounded())
    }

    /// Whole minutes, saturating like `wholeSeconds`.
    public static func wholeMinutes(_ seconds: Double) -> Int {
        (wholeSeconds(seconds) + 30) / 60
    }

    /// "12m05s".
    public static func clockText(_ seconds: Double) -> String {
        let total = wholeSeconds(seconds)
        return "\(total / 60)m\(String(format: "%02d", total % 60))s"
    }

    /// "12 s", "3 min 05 s".
    public static func readableText(_ seconds: Double) -> String {
        let total = wholeSeconds(seconds)
        return total < 60 ? "\(total) s" : "\(total / 60) min \(String(format: "%02d", total % 60)) s"
    }
}
