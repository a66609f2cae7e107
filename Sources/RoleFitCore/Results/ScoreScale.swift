import Foundation

/// Turns θ estimates and probabilities into the words and 0–100 numbers people read.
public enum ScoreScale {
    /// 0–100: the standard normal CDF of θ, as a whole number.
    public static func score(_ theta: Double) -> Int {
        Int((100 * 0.5 * erfc(-theta / 2.squareRoot())).rounded()).clamped(to: 0...100)
    }
}

extension Comparable {
    /// The value limited to a range.
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
