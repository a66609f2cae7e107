import Foundation

/// Shared wording and number formats for reports.
public enum ReportText {
    /// "78%" for 0.78; a probability that rounds to 100% reads "> 99%" and one that rounds to 0% reads
    /// "< 1%", since the evidence never makes anything certain.
    public static func percent(_ probability: Double) -> String {
        let whole = Int((min(1, max(0, probability.isFinite ? probability : 0)) * 100).rounded())
        if whole >= 100 { return "> 99%" }
        if whole <= 0 { return "< 1%" }
        return "\(whole)%"
    }

    /// An observed proportion ("0%", "50%", "100%"): counted, not estimated, so its ends are exact.
    public static func share(_ value: Double) -> String {
        "\(Int((min(1, max(0, value.isFinite ? value : 0)) * 100).rounded()))%"
    }

    /// "2026-11-23 10:14 UTC".
    public static func date(_ date: Date) -> String {
        let stamp = ResultFileName.timestamp(date)
        let parts = stamp.split(separator: "T")
        guard parts.count == 2 else { return stamp }
        return "\(parts[0]) \(parts[1].prefix(5).replacingOccurrences(of: "-", with: ":")) UTC"
    }

    /// "12 s", "3 min 05 s".
    public static func duration(_ seconds: Double) -> String {
        SessionDuration.readableText(seconds)
    }

    /// A number with a fixed count of decimals.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// self → "Self-assessment", training → "Training", interview → "Interview".
    public static func mode(_ mode: SessionMode) -> String {
        switch mode {
        case .selfAssessment: "Self-assessment"
        case .training: "Training"
        case .interview: "Interview"
        }
    }

    /// Why the session ended, in words.
    public static func stopReason(_ reason: StopReason) -> String {
        switch reason {
        case .confident: "the answer was clear"
        case .indifference: "the leading role was as good as the best within the margin"
        case .topTwo: "two roles together were clear"
        case .maxItems: "the question limit was reached"
        case .timeLimit: "the time limit was reached"
        case .bankExhausted: "no suitable question was left"
        case .inconsistentAnswers: "the answers fitted random responding better than any profile"
        case .preferencesDeclined: "the preference questions were declined and the skill evidence was gathered"
        }
    }

    /// The area's score clamped to 0…100 (a hand-edited file may hold anything).
    public static func clampedScore(_ score: Int) -> Int { min(100, max(0, score)) }
}
