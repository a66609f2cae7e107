import RoleFitCore

/// Renders a result document as the end-of-session screen (also `rolefit report --format text`).
public struct ResultScreen: Sendable {
    /// Wrap width.
    public var width: Int
    /// Styling.
    public var style: TextStyle

    /// Creates a renderer.
    public init(width: Int, style: TextStyle) {
        self.width = width
        self.style = style
    }

    /// The whole screen: recommendation, role bars, area bars with bands, strengths, gaps, why.
    public func render(_ document: ResultDocument, savedPath: String? = nil) -> String {
        let recommendation = document.recommendation
        let headline = "Your closest fit: " + ReportText.headline(recommendation)
        var text = "\n" + TextWrapper.wrap(style.bold(headline), width: width, indent: " ", hangingIndent: "   ") + "\n"
        let nameWidth = (document.roles.map { $0.name.count }.max() ?? 10) + 2
        let barWidth = max(10, min(24, width - nameWidth - 12))
        for role in document.roles {
            let bar = Bar.horizontal(role.probability, width: barWidth)
            let name = role.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let line = "   \(name)\(bar)  \(String(format: "%.2f", role.probability))"
            text += (role.id == recommendation.roles.first ? style.accent(line) : line) + "\n"
        }
        text +=
            "\n" + " " + style.bold("Skill areas") + style.dim("  (0–100 against a reference group; ░ is the 95% range)") + "\n"
        let measured = document.areas.filter { $0.itemCount > 0 }
        let areaWidth = (measured.map { $0.name.count }.max() ?? 10) + 2
        let areaBar = max(10, min(30, width - areaWidth - 16))
        for area in measured {
            let name = area.name.padding(toLength: areaWidth, withPad: " ", startingAt: 0)
            let bar = Bar.withBand(
                value: Double(area.score) / 100, low: Double(area.scoreLow) / 100,
                high: Double(area.scoreHigh) / 100, width: areaBar)
            text += "   \(name)\(bar) \(String(area.score).leftPadded(3))  \(style.dim(area.band.rawValue))\n"
        }
        let unmeasured = document.areas.count - measured.count
        if unmeasured > 0 {
            text += style.dim("   (\(unmeasured) area\(unmeasured == 1 ? "" : "s") not asked about in this session)") + "\n"
        }
        let names = Dictionary(document.areas.map { ($0.id, $0.name.lowercased()) }, uniquingKeysWith: { a, _ in a })
        text += "\n"
        if !document.summary.strongest.isEmpty {
            text +=
                TextWrapper.wrap(
                    "Strongest: " + document.summary.strongest.compactMap { names[$0] }.joined(separator: " · "),
                    width: width, indent: " ", hangingIndent: "            ") + "\n"
        }
        if !document.summary.weakest.isEmpty {
            // A no-break space keeps the label's padding when the wrapper splits at spaces.
            text +=
                TextWrapper.wrap(
                    "To grow:\u{00A0}\u{00A0}\u{00A0}"
                        + document.summary.weakest.compactMap { names[$0] }.joined(separator: " · "),
                    width: width, indent: " ", hangingIndent: "            ") + "\n"
        }
        text += TextWrapper.wrap("Why: " + document.summary.why, width: width, indent: " ", hangingIndent: " ") + "\n"
        if !document.integrity.notes.isEmpty && document.mode == .interview {
            text +=
                TextWrapper.wrap(
                    "Notes: " + document.integrity.notes.joined(separator: " "), width: width, indent: " ", hangingIndent: " ")
                + "\n"
        }
        text += "\n" + TextWrapper.wrap(style.dim(document.disclaimer), width: width, indent: " ") + "\n"
        if let savedPath {
            // The command stands on its own line, unwrapped, so it copies whole.
            text +=
                "\n"
                + TextWrapper.wrap(
                    "Saved \(savedPath). For a report with charts:", width: width, indent: " ",
                    hangingIndent: "   ") + "\n   \(CommandHint.htmlReport(resultPath: savedPath))\n"
        }
        return text
    }
}
