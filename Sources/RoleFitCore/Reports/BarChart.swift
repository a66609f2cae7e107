/// A horizontal bar chart: one labelled bar per row, its length a fraction of the track.
public enum BarChart {
    /// One bar.
    public struct Row: Sendable {
        /// The label on the left.
        public var label: String
        /// The bar's length, 0…1.
        public var fraction: Double
        /// The text on the right.
        public var note: String
        /// Drawn darker and the label bold.
        public var highlighted: Bool

        /// Creates a row.
        public init(label: String, fraction: Double, note: String, highlighted: Bool) {
            self.label = label
            self.fraction = fraction
            self.note = note
            self.highlighted = highlighted
        }
    }

    /// An inline SVG; highlighted bars use the primary colour, the others the secondary one.
    public static func svg(rows: [Row], label: String) -> String {
        // The label column fits the longest label (never shortened), at least 230 px.
        let labelWidth = max(230, SVGText.width(of: rows.map(\.label), fontSize: 13, bold: true) + 14)
        let barWidth = 380.0
        let row = 32.0
        let height = Double(max(1, rows.count)) * row + 8
        var svg = SVGText.open(width: labelWidth + 670, height: height, label: label)
        for (index, entry) in rows.enumerated() {
            let y = 4 + Double(index) * row
            let fraction = min(1, max(0, entry.fraction.isFinite ? entry.fraction : 0))
            svg += SVGText.text(
                entry.label, x: 0, y: y + 19, extra: entry.highlighted ? "font-weight=\"600\"" : "")
            svg += SVGText.rect(x: labelWidth, y: y + 5, width: barWidth, height: 20, fill: ChartPalette.track)
            svg += SVGText.rect(
                x: labelWidth, y: y + 5, width: barWidth * fraction, height: 20,
                fill: entry.highlighted ? ChartPalette.primary : ChartPalette.secondary)
            svg += SVGText.text(entry.note, x: labelWidth + barWidth + 10, y: y + 20)
        }
        return svg + "</svg>\n"
    }
}
