import Foundation

/// The team heat map: members down, skill areas across, each cell coloured by the member's 0–100
/// score (red low, blue high), empty where the area was not measured; a last row holds the team mean.
public enum HeatMapChart {
    /// An inline SVG. `scores[row][column]` is nil where there is no score.
    public static func svg(
        rowLabels: [String], columnLabels: [String], scores: [[Double?]],
        summaryLabel: String, summary: [Double?]
    ) -> String {
        // Row labels and the rotated column headers get the room their longest text needs (never shortened).
        let labelWidth = max(190, SVGText.width(of: rowLabels + [summaryLabel], fontSize: 13, bold: true) + 14)
        let cell = 40.0
        let cellHeight = 28.0
        let headerLength = SVGText.width(of: columnLabels, fontSize: 11)
        let header = max(150, headerLength * sin(55 * Double.pi / 180) + 16)
        let overhang = headerLength * cos(55 * Double.pi / 180)
        let columns = columnLabels.count
        let allRows = rowLabels.count + 1
        let width = labelWidth + Double(max(1, columns)) * cell + max(160, overhang + 10)
        let height = header + Double(allRows) * cellHeight + 12
        var svg = SVGText.open(width: width, height: height, label: "Skill heat map: members by skill area, scores 0 to 100")
        for (column, name) in columnLabels.enumerated() {
            let x = labelWidth + Double(column) * cell + cell / 2 + 4
            svg +=
                "<text transform=\"translate(\(SVGText.number(x)),\(SVGText.number(header - 6))) rotate(-55)\" class=\"small\">\(HTMLEscape.text(name))</text>\n"
        }
        let rows = Array(scores.prefix(rowLabels.count)) + [summary]
        for (row, values) in rows.enumerated() {
            let y = header + Double(row) * cellHeight + (row == rowLabels.count ? 8 : 0)
            let label = row < rowLabels.count ? rowLabels[row] : summaryLabel
            svg += SVGText.text(
                label, x: 0, y: y + 19, extra: row == rowLabels.count ? "font-weight=\"600\"" : "")
            for column in 0..<columns {
                let x = labelWidth + Double(column) * cell
                let value = column < values.count ? values[column] : nil
                if let value {
                    svg += SVGText.rect(
                        x: x + 1, y: y + 1, width: cell - 2, height: cellHeight - 2, fill: ChartPalette.heat(value))
                    svg += SVGText.text(
                        String(Int(value.rounded())), x: x + cell / 2, y: y + 19, anchor: "middle",
                        extra: "class=\"small\" style=\"fill:\(ChartPalette.heatText(value))\"")
                } else {
                    svg += SVGText.rect(
                        x: x + 1, y: y + 1, width: cell - 2, height: cellHeight - 2, fill: "#ffffff",
                        extra: "stroke=\"\(ChartPalette.grid)\"")
                }
            }
        }
        let legendX = labelWidth + Double(columns) * cell + 20
        for (index, score) in [0.0, 25, 50, 75, 100].enumerated() {
            let y = header + Double(index) * 22
            svg += SVGText.rect(x: legendX, y: y, width: 18, height: 18, fill: ChartPalette.heat(score))
            svg += SVGText.text(SVGText.number(score), x: legendX + 26, y: y + 14, extra: "class=\"small\"")
        }
        return svg + "</svg>\n"
    }
}
