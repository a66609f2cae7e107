import RoleFitCore

extension ComparisonReport {
    /// The comparison as a plain-text table.
    public var text: String {
        let pct = SimulationText.percent
        let fixed = SimulationText.fixed
        let right = SimulationText.right
        var lines = ["Selection strategies on the same \(simulees) simulees (seed \(seed); \(fixed(wallSeconds, 1)) s)", ""]
        let cells = lengths.map { right("@\($0)", 7) }.joined(separator: " ")
        lines.append(
            "           leader = full-bank decision after n items" + String(repeating: " ", count: max(0, cells.count - 40))
                + " |  under the stopping rules")
        lines.append("strategy   \(cells)  |  mean   p90   agreement incl. hybrids   hybrids")
        for row in rows {
            let values = lengths.map { right(pct(row.agreementAt[String($0)] ?? 0), 7) }.joined(separator: " ")
            lines.append(
                row.selection.padding(toLength: 9, withPad: " ", startingAt: 0) + "  \(values)  |  "
                    + right(fixed(row.meanLength, 1), 4) + "  " + right(String(row.p90Length), 4) + "   "
                    + right(pct(row.agreementFullBankWithHybrid), 23) + "   " + right(pct(row.hybridShare), 7))
        }
        lines.append("")
        let longest = lengths.max() ?? 0
        if let items = decItemsToMatchRandom, let saving = decSaving {
            lines.append("DEC reaches random order's \(longest)-item agreement after \(items) items (\(pct(saving)) fewer).")
        } else {
            lines.append("DEC does not reach random order's \(longest)-item agreement within \(longest) items.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
