import RoleFitCore
import Testing

/// The SVG charts: bar lengths, highlighted bars, escaped labels.
@Suite struct ChartTests {
    static let roles = [("product", 0.6), ("program", 0.3), ("project", 0.1)].map { id, p in
        RoleSummary(
            id: id, name: "<\(id)>", fit: 0, fitSE: 0, probability: p, capabilityProbability: 0, orientationProbability: 0)
    }

    @Test("the recommended role's bar is dark; for a hybrid both are; lengths follow the probabilities")
    func roleBars() {
        let single = RoleFitChart.svg(roles: Self.roles, recommended: ["product"])
        #expect(single.components(separatedBy: "fill=\"\(ChartPalette.primary)\"").count - 1 == 1)
        #expect(single.contains("width=\"228\" height=\"20\" fill=\"\(ChartPalette.primary)\""), "0.6 × 380 px")
        #expect(single.contains("width=\"38\" height=\"20\" fill=\"\(ChartPalette.secondary)\""), "0.1 × 380 px")
        let hybrid = RoleFitChart.svg(roles: Self.roles, recommended: ["product", "program"])
        #expect(hybrid.components(separatedBy: "fill=\"\(ChartPalette.primary)\"").count - 1 == 2)
        #expect(hybrid.contains("&lt;product&gt;") && !hybrid.contains("<product>"))
    }

    @Test("the score chart draws each band from its low to its high end and clamps out-of-range values")
    func scoreBands() {
        let svg = ScoreRangeChart.svg(
            rows: [
                .init(label: "A & B", value: 50, low: 30, high: 70, colour: "#000001", note: "50"),
                .init(label: "C", value: 140, low: -20, high: 120, colour: "#000002", note: "?"),
            ], label: "t")
        #expect(
            svg.contains("x=\"369\" y=\"31\" width=\"132\" height=\"14\" fill=\"\(ChartPalette.band)\""),
            "30…70 of 330 px from x = 270")
        #expect(svg.contains("x=\"270\" y=\"59\" width=\"330\" height=\"14\" fill=\"\(ChartPalette.band)\""), "clamped to 0…100")
        #expect(svg.contains("x=\"597\" y=\"55\" width=\"6\" height=\"22\" fill=\"#000002\""), "marker clamped at 100")
        #expect(svg.contains(">A &amp; B</text>"))
    }
}
