import RoleFitCore

extension SimulationReport {
    /// The report as a plain-text table.
    public var text: String {
        let pct = SimulationText.percent
        let fixed = SimulationText.fixed
        let right = SimulationText.right
        var lines: [String] = []
        lines.append(
            "Simulation: \(simulees) simulees, seed \(seed), selection \(selection), at most \(maxItems) items, "
                + "keyed hit \(fixed(keyedHit, 2)) (\(fixed(wallSeconds, 1)) s)")
        lines.append("")
        lines.append("Agreement                             single role   incl. hybrids")
        for (label, single, hybrid) in [
            ("with the full-bank decision", agreementFullBank, agreementFullBankWithHybrid),
            ("with the true best role", agreementTruth, agreementTruthWithHybrid),
        ] {
            lines.append(
                "  " + label.padding(toLength: 36, withPad: " ", startingAt: 0)
                    + right(pct(single), 11) + "   " + right(pct(hybrid), 13))
        }
        lines.append("  full-bank decision = true role      " + right(pct(fullBankTruth), 11))
        lines.append("  full bank, skill areas only = true  " + right(pct(fullBankCapabilityTruth), 11))
        lines.append("Hybrid results                        " + right(pct(hybridShare), 11))
        lines.append("")
        lines.append(
            "Calibration against the full-bank decision: ECE \(fixed(ece, 4)) (against the true role \(fixed(eceTruth, 4)))")
        lines.append("  decile   simulees   stated   observed")
        for (g, bin) in calibration.enumerated() {
            lines.append(
                "  " + right(String(g + 1), 6) + "   " + right(String(bin.count), 8) + "   "
                    + right(fixed(bin.stated, 3), 6) + "   " + right(fixed(bin.observed, 3), 8))
        }
        lines.append("")
        lines.append("Length: mean \(fixed(meanLength, 1)), p90 \(p90Length), at the maximum \(pct(maxLengthShare))")
        lines.append(
            "Stop reasons: "
                + stopReasons.sorted { $0.key < $1.key }.map { "\($0.key) \(pct($0.value))" }
                .joined(separator: ", "))
        lines.append("")
        lines.append("Area (performance θ, end of session)     RMSE     bias   95% coverage")
        for area in areas {
            lines.append(
                "  " + area.area.padding(toLength: 36, withPad: " ", startingAt: 0) + "  " + right(fixed(area.rmse, 3), 6)
                    + "  " + right(fixed(area.bias, 3), 7) + "   " + right(pct(area.coverage), 12))
        }
        lines.append("")
        lines.append(
            "Exposure: max \(fixed(maxExposure, 3)) (\(maxExposureItem)), never used \(pct(neverUsedShare)) "
                + "(\(neverUsedItems.count) items), overlap rate \(fixed(overlapRate, 3))")
        if !neverUsedByKind.isEmpty {
            lines.append(
                "  never used, by kind: "
                    + neverUsedByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
