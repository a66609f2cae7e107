import RoleFitCore

extension ComparisonReport {
    /// The comparison as a plain-text table.
    public var text: String {
        let pct = SimulationText.percent
        let fixed = SimulationText.fixed
        let right = SimulationText.right
        var lines = [
            "Selection strategies on the same \(simulees) simulees (population \(population), seed \(seed); "
                + "\(fixed(wallSeconds, 1)) s)", "",
        ]
        let cells = (lengths.map { "@\($0)" } + ["@\(matchedLength)*"]).map { right($0, 7) }.joined(separator: " ")
        lines.append(
            "                   leader = full-bank decision after n items"
                + String(repeating: " ", count: max(0, cells.count - 40))
                + " |  under the stopping rules")
        lines.append("strategy           \(cells)  |  mean   p90   agreement incl. hybrids   hybrids   no fit")
        for row in rows {
            let values = (lengths.map { row.agreementAt[String($0)] ?? 0 } + [row.agreementAtMatchedLength])
                .map { right(pct($0), 7) }.joined(separator: " ")
            lines.append(
                row.selection.padding(toLength: 17, withPad: " ", startingAt: 0) + "  \(values)  |  "
                    + right(fixed(row.meanLength, 1), 4) + "  " + right(String(row.p90Length), 4) + "   "
                    + right(pct(row.agreementFullBankWithHybrid), 23) + "   " + right(pct(row.hybridShare), 7) + "  "
                    + right(pct(row.noClearFitShare), 7))
        }
        lines.append("")
        lines.append("* matched length: DEC's mean length under the stopping rules.")
        lines.append("Best baseline at the matched length: \(bestBaseline).")
        let longest = lengths.max() ?? 0
        if let items = decItemsToMatchBest, let saving = decSavingVsBest {
            lines.append(
                "DEC reaches the best baseline agreement at \(longest) items (\(pct(bestBaselineAgreement))) after \(items) items; "
                    + "the baseline needs \(bestBaselineItems) ("
                    + (saving > 0 ? "\(pct(saving)) fewer with DEC)." : "no saving with DEC)."))
        } else {
            lines.append(
                "DEC does not reach the best baseline agreement at \(longest) items (\(pct(bestBaselineAgreement))) "
                    + "within \(longest) items: no efficiency gain is claimed.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
