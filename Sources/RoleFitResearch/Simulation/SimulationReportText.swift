import RoleFitCore

extension SimulationReport {
    /// The report as a plain-text table.
    public var text: String {
        let pct = SimulationText.percent
        let fixed = SimulationText.fixed
        let right = SimulationText.right
        var lines: [String] = []
        lines.append(
            "Simulation: \(simulees) simulees, seed \(seed), population \(population)"
                + (fakedRole.map { " (faking \($0))" } ?? "") + ", depth \(depth)"
                + (targetRole.map { ", interview for \($0)" } ?? "") + ", selection \(selection), at most \(maxItems) items, "
                + "keyed hit \(fixed(keyedHit, 2)) (\(fixed(wallSeconds, 1)) s)")
        lines.append("")
        lines.append(
            "Results: one role at ≥ 90% \(pct(confidentShare)), hybrid \(pct(hybridShare)), no clear fit \(pct(noClearFitShare))")
        if !noClearFitReasons.isEmpty { lines.append("  no clear fit, by reason: " + Self.listed(noClearFitReasons)) }
        lines.append("")
        lines.append("Agreement                             single role   incl. hybrids")
        lines.append(
            "  " + "with the full-bank decision".padding(toLength: 36, withPad: " ", startingAt: 0)
                + right(pct(agreementFullBank), 11) + "   " + right(pct(agreementFullBankWithHybrid), 13))
        if let agreementTruth, let agreementTruthWithHybrid {
            lines.append(
                "  " + "with the true best role".padding(toLength: 36, withPad: " ", startingAt: 0)
                    + right(pct(agreementTruth), 11) + "   " + right(pct(agreementTruthWithHybrid), 13))
        } else {
            lines.append("  with the true best role               (this population has none)")
        }
        if let fullBankTruth, let fullBankCapabilityTruth {
            lines.append("  full-bank decision = true role      " + right(pct(fullBankTruth), 11))
            lines.append("  full bank, skill areas only = true  " + right(pct(fullBankCapabilityTruth), 11))
        }
        if let agreementPickRole, let pickRoleConfidentShare {
            lines.append(
                "  with the role the picks follow: \(pct(agreementPickRole)) incl. hybrids, "
                    + "\(pct(pickRoleConfidentShare)) that role alone at ≥ 90%")
        }
        if let targetConfidentShare, let targetVerdicts, let targetCapability, let targetRole {
            lines.append("")
            lines.append(
                "Interview for \(targetRole): \(targetRole) alone at ≥ 90% \(pct(targetConfidentShare)); "
                    + "mean capability probability \(fixed(targetCapability, 3))")
            lines.append("  verdicts: " + Self.listed(targetVerdicts))
        }
        lines.append("")
        lines.append(
            "Integrity signals raised: " + Self.flagKeys.map { "\($0) \(pct(flagRates[$0] ?? 0))" }.joined(separator: ", "))
        lines.append("Mean capability probability, session: " + Self.listed(capabilityByRole, digits: 3))
        lines.append("  full bank: " + Self.listed(fullBankCapabilityByRole, digits: 3))
        lines.append("")
        let truth = eceTruth.map { " (against the true role \(fixed($0, 4)))" } ?? ""
        lines.append(
            "Calibration of the \(decidedCount) role and hybrid results against the full-bank decision: "
                + "ECE \(fixed(ece, 4))\(truth)")
        lines.append("  decile   simulees   stated   observed")
        for (g, bin) in calibration.enumerated() {
            lines.append(
                "  " + right(String(g + 1), 6) + "   " + right(String(bin.count), 8) + "   "
                    + right(fixed(bin.stated, 3), 6) + "   " + right(fixed(bin.observed, 3), 8))
        }
        lines.append("")
        lines.append("Length: mean \(fixed(meanLength, 1)), p90 \(p90Length), at the maximum \(pct(maxLengthShare))")
        lines.append("Stop reasons: " + Self.listed(stopReasons))
        lines.append("")
        let coverage = measuredCoverage.map { "; their 95% band holds the true θ in \(pct($0))" } ?? ""
        lines.append("Areas reported as measured: \(pct(measuredShare)) of session × area\(coverage)")
        if !areas.isEmpty {
            lines.append("Area (performance θ, end of session)     RMSE     bias   95% coverage (all sessions)")
            for area in areas {
                lines.append(
                    "  " + area.area.padding(toLength: 36, withPad: " ", startingAt: 0) + "  "
                        + right(fixed(area.rmse, 3), 6) + "  " + right(fixed(area.bias, 3), 7) + "   "
                        + right(pct(area.coverage), 12))
            }
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

    /// `key value` pairs sorted by key: shares as percentages, or numbers with `digits` decimals.
    static func listed(_ values: [String: Double], digits: Int? = nil) -> String {
        values.sorted { $0.key < $1.key }.map { key, value in
            "\(key) " + (digits.map { SimulationText.fixed(value, $0) } ?? SimulationText.percent(value))
        }
        .joined(separator: ", ")
    }
}
