/// The colours of the report charts (also what the rendering test looks for in screenshots).
public enum ChartPalette {
    /// The leading role's bar, team bars and mean markers.
    public static let primary = "#2f6fb3"
    /// Other roles' bars.
    public static let secondary = "#9dbbdc"
    /// Empty chart tracks.
    public static let track = "#eef1f5"
    /// Uncertainty bands (95% ranges, ± 1 SD).
    public static let band = "#b9d3ee"
    /// Grid lines.
    public static let grid = "#d5dae1"

    /// The marker colour of a score band: strong, solid, developing, emerging.
    public static func bandColour(_ band: ScoreBand) -> String {
        switch band {
        case .strong: "#1b7f4c"
        case .solid: "#2f6fb3"
        case .developing: "#c98a00"
        case .emerging: "#c0392b"
        }
    }

    /// A heat-map colour for a 0–100 score: red at 0, near-white at 50, blue at 100 (linear in between).
    public static func heat(_ score: Double) -> String {
        let low: (Double, Double, Double) = (0xD7, 0x30, 0x1F)
        let middle: (Double, Double, Double) = (0xF7, 0xF7, 0xF7)
        let high: (Double, Double, Double) = (0x21, 0x66, 0xAC)
        let s = min(100, max(0, score.isFinite ? score : 50))
        let (from, to, t) = s < 50 ? (low, middle, s / 50) : (middle, high, (s - 50) / 50)
        func channel(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        return hex(channel(from.0, to.0), channel(from.1, to.1), channel(from.2, to.2))
    }

    /// Dark text on light cells, white on dark ones.
    public static func heatText(_ score: Double) -> String {
        abs(score - 50) > 30 ? "#ffffff" : "#1d2430"
    }

    private static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
        "#" + [r, g, b].map { String(min(255, max(0, $0)), radix: 16).leftZeroPadded(2) }.joined()
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    func leftZeroPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
