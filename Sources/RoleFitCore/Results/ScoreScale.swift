import Foundation

/// Turns θ estimates and probabilities into the words and 0–100 numbers people read.
public enum ScoreScale {
    /// 0–100: the standard normal CDF of θ, as a whole number.
    public static func score(_ theta: Double) -> Int {
        Int((100 * 0.5 * erfc(-theta / 2.squareRoot())).rounded()).clamped(to: 0...100)
    }

    /// strong (≥ 75), solid (≥ 50), developing (≥ 25) or emerging.
    public static func band(_ score: Int) -> String {
        switch score {
        case 75...: "strong"
        case 50..<75: "solid"
        case 25..<50: "developing"
        default: "emerging"
        }
    }

    /// clear (≥ 0.90), fairly clear (≥ 0.75), tentative (≥ 0.60) or uncertain.
    public static func confidenceWords(_ probability: Double) -> String {
        switch probability {
        case 0.90...: "clear"
        case 0.75..<0.90: "fairly clear"
        case 0.60..<0.75: "tentative"
        default: "uncertain"
        }
    }
}

extension Comparable {
    /// The value limited to a range.
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
