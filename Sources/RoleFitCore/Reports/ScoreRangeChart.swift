/// A 0–100 chart with one row per entry: a band (the uncertainty) and a marker (the estimate).
/// The single report uses it for skill areas with their 95% ranges; the team report for means ± SD.
public enum ScoreRangeChart {
    /// One row of the chart.
    public struct Row: Sendable {
        /// The label on the left.
        public var label: String
        /// The estimate, 0–100.
        public var value: Double
        /// The band's lower end, 0–100.
        public var low: Double
        /// The band's upper end, 0–100.
        public var high: Double
        /// The marker colour.
        public var colour: String
        /// The text on the right.
        public var note: String

        /// Creates a row.
        public init(label: String, value: Double, low: Double, high: Double, colour: String, note: String) {
            self.label = label
            self.value = value
            self.low = low
            self.high = high
            self.colour = colour
            self.note = note
        }
    }

    /// An inline SVG with an axis at 0, 25, 50, 75 and 100.
    public static func svg(rows: [Row], label: String) -> String {
        // The label column fits the longest label (never shortened), at least 270 px.
        let labelWidth = max(270, SVGText.width(of: rows.map(\.label), fontSize: 13) + 14)
        let trackWidth = 330.0
        let row = 28.0
        let top = 24.0
        let height = top + Double(max(1, rows.count)) * row + 6
        func x(_ value: Double) -> Double { labelWidth + trackWidth * min(100, max(0, value.isFinite ? value : 0)) / 100 }
        var svg = SVGText.open(width: labelWidth + 590, height: height, label: label)
        for tick in stride(from: 0.0, through: 100, by: 25) {
            svg += SVGText.rect(x: x(tick) - 0.5, y: top - 6, width: 1, height: height - top, fill: ChartPalette.grid)
            svg += SVGText.text(SVGText.number(tick), x: x(tick), y: top - 10, anchor: "middle", extra: "class=\"axis\"")
        }
        for (index, entry) in rows.enumerated() {
            let y = top + Double(index) * row
            svg += SVGText.text(entry.label, x: 0, y: y + 18)
            svg += SVGText.rect(x: labelWidth, y: y + 7, width: trackWidth, height: 14, fill: ChartPalette.track)
            let low = min(entry.low, entry.high)
            let high = max(entry.low, entry.high)
            svg += SVGText.rect(x: x(low), y: y + 7, width: x(high) - x(low), height: 14, fill: ChartPalette.band)
            svg += SVGText.rect(x: x(entry.value) - 3, y: y + 3, width: 6, height: 22, fill: entry.colour, extra: "rx=\"1\"")
            svg += SVGText.text(entry.note, x: labelWidth + trackWidth + 12, y: y + 18)
        }
        return svg + "</svg>\n"
    }
}
