import Foundation

extension SimulationReport {
    /// The report as a plain-text table.
    public var text: String {
        var lines: [String] = []
        lines.append("Simulation: \(simulees) simulees, seed \(seed), selection \(selection), at most \(maxItems) items, "
                     + "keyed hit \(Self.fixed(keyedHit, 2)) (\(Self.fixed(wallSeconds, 1)) s)")
        lines.append("")
        lines.append("Agreement                             single role   incl. hybrids")
        lines.append("  with the full-bank decision         \(Self.percent(agreementFullBank).pad(11))   "
                     + Self.percent(agreementFullBankWithHybrid).pad(13))
        lines.append("  with the true best role             \(Self.percent(agreementTruth).pad(11))   "
                     + Self.percent(agreementTruthWithHybrid).pad(13))
        lines.append("  full-bank decision = true role      \(Self.percent(fullBankTruth).pad(11))")
        lines.append("  full bank, skill areas only = true  \(Self.percent(fullBankCapabilityTruth).pad(11))")
        lines.append("Hybrid results                        \(Self.percent(hybridShare).pad(11))")
        lines.append("")
        lines.append("Calibration against the full-bank decision: ECE \(Self.fixed(ece, 4)) (against the true role \(Self.fixed(eceTruth, 4)))")
        lines.append("  decile   simulees   stated   observed")
        for (g, bin) in calibration.enumerated() {
            lines.append("  \(String(g + 1).pad(6))   \(String(bin.count).pad(8))   \(Self.fixed(bin.stated, 3).pad(6))   "
                         + Self.fixed(bin.observed, 3).pad(8))
        }
        lines.append("")
        lines.append("Length: mean \(Self.fixed(meanLength, 1)), p90 \(p90Length), at the maximum \(Self.percent(maxLengthShare))")
        let reasons = stopReasons.sorted { $0.key < $1.key }.map { "\($0.key) \(Self.percent($0.value))" }
        lines.append("Stop reasons: " + reasons.joined(separator: ", "))
        lines.append("")
        lines.append("Area (performance θ, end of session)     RMSE     bias   95% coverage")
        for area in areas {
            lines.append("  \(area.area.padding(toLength: 36, withPad: " ", startingAt: 0))  \(Self.fixed(area.rmse, 3).pad(6))"
                         + "  \(Self.fixed(area.bias, 3).pad(7))   \(Self.percent(area.coverage).pad(12))")
        }
        lines.append("")
        lines.append("Exposure: max \(Self.fixed(maxExposure, 3)) (\(maxExposureItem)), never used \(Self.percent(neverUsedShare)) "
                     + "(\(neverUsedItems.count) items), overlap rate \(Self.fixed(overlapRate, 3))")
        if !neverUsedByKind.isEmpty {
            lines.append("  never used, by kind: "
                         + neverUsedByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
    static func percent(_ value: Double) -> String { String(format: "%.1f%%", 100 * value) }
}

extension ComparisonReport {
    /// The comparison as a plain-text table.
    public var text: String {
        var lines = ["Selection strategies on the same \(simulees) simulees (seed \(seed); \(SimulationReport.fixed(wallSeconds, 1)) s)", ""]
        let cells = lengths.map { "@\($0)".pad(7) }.joined(separator: " ")
        lines.append("           leader = full-bank decision after n items" + String(repeating: " ", count: max(0, cells.count - 40))
                     + " |  under the stopping rules")
        lines.append("strategy   \(cells)  |  mean   p90   agreement incl. hybrids   hybrids")
        for row in rows {
            let values = lengths.map { SimulationReport.percent(row.agreementAt[String($0)] ?? 0).pad(7) }.joined(separator: " ")
            lines.append(row.selection.padding(toLength: 9, withPad: " ", startingAt: 0) + "  \(values)  |  "
                         + SimulationReport.fixed(row.meanLength, 1).pad(4) + "  " + String(row.p90Length).pad(4) + "   "
                         + SimulationReport.percent(row.agreementFullBankWithHybrid).pad(23) + "   "
                         + SimulationReport.percent(row.hybridShare).pad(7))
        }
        lines.append("")
        let longest = lengths.max() ?? 0
        if let items = decItemsToMatchRandom, let saving = decSaving {
            lines.append("DEC reaches random order's \(longest)-item agreement after \(items) items (\(SimulationReport.percent(saving)) fewer).")
        } else {
            lines.append("DEC does not reach random order's \(longest)-item agreement within \(longest) items.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

fileprivate extension String {
    /// Right-aligned in `width` columns.
    func pad(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
