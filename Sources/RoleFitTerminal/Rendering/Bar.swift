import RoleFitCore

/// Horizontal bars drawn with eighth-block characters.
public enum Bar {
    /// A bar of `fraction` (0…1) of `width` columns (`TextBar`), padded with spaces to exactly `width`.
    public static func horizontal(_ fraction: Double, width: Int) -> String {
        let bar = TextBar.render(fraction, width: width)
        return bar + String(repeating: " ", count: max(0, width - bar.count))
    }

    /// A small five-segment meter such as `▰▰▰▱▱` for the progress line.
    public static func meter(_ fraction: Double, segments: Int = 5) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let filled = Int((clamped * Double(segments)).rounded())
        return String(repeating: "▰", count: filled) + String(repeating: "▱", count: segments - filled)
    }

    /// A score on a 0…1 scale with its uncertainty band: one `█` at the score, `░` across the band, `·`
    /// elsewhere; nothing fills the track from 0, so no length reads as the score.
    public static func withBand(value: Double, low: Double, high: Double, width: Int) -> String {
        func column(_ x: Double) -> Int { Int((min(1, max(0, x)) * Double(width - 1)).rounded()) }
        let (v, l, h) = (column(value), column(low), column(high))
        return String(
            (0..<width).map { index -> Character in
                if index == v { return "█" }
                return index >= l && index <= h ? "░" : "·"
            })
    }
}
