import RoleFitCore

extension SimulationSuite {
    /// One summary row per run, then the figures particular to some populations.
    public var text: String {
        let pct = SimulationText.percent
        let fixed = SimulationText.fixed
        let right = SimulationText.right
        let optional = { (value: Double?, text: (Double) -> String) in value.map(text) ?? "–" }
        var lines = ["Simulation: \(simulees) simulees per run, seed \(seed) (\(fixed(wallSeconds, 1)) s)", ""]
        lines.append(
            "population      depth      role≥90%   hybrid  no fit   agrees   ECE(t)   acquiesc  straight  pers-fit"
                + "   mean  p90  measured  band cov.")
        for report in reports {
            let cells: [(String, Int)] = [
                (pct(report.confidentShare), 9), (pct(report.hybridShare), 7), (pct(report.noClearFitShare), 7),
                (optional(report.agreementTruthWithHybrid, pct), 7), (optional(report.eceTruth) { fixed($0, 3) }, 7),
                (pct(report.flagRates["acquiescence"] ?? 0), 9), (pct(report.flagRates["straight-lining"] ?? 0), 8),
                (pct(report.flagRates["person-fit"] ?? 0), 8), (fixed(report.meanLength, 1), 5),
                (String(report.p90Length), 4), (pct(report.measuredShare), 8), (optional(report.measuredCoverage, pct), 9),
            ]
            lines.append(
                report.population.padding(toLength: 15, withPad: " ", startingAt: 0) + " "
                    + report.depth.padding(toLength: 9, withPad: " ", startingAt: 0) + " "
                    + cells.map { right($0.0, $0.1) }.joined(separator: "  "))
        }
        lines.append("")
        lines.append("agrees: result is the true role or a hybrid containing it; ECE(t): over role and hybrid results")
        lines.append("against the true role; band cov.: measured areas whose 95% band holds the true θ.")
        var notes: [String] = []
        for report in reports {
            let name = "\(report.population) (\(report.depth))"
            if !report.noClearFitReasons.isEmpty {
                notes.append("\(name): no clear fit by reason: " + SimulationReport.listed(report.noClearFitReasons))
            }
            if let agreement = report.agreementPickRole, let confident = report.pickRoleConfidentShare {
                notes.append(
                    "\(name): result includes the role the picks follow \(pct(agreement)); that role alone at ≥ 90% \(pct(confident))"
                )
            }
            if report.population == PopulationKind.allHigh.rawValue || report.population == PopulationKind.allLow.rawValue {
                notes.append(
                    "\(name): mean capability probability " + SimulationReport.listed(report.capabilityByRole, digits: 3)
                        + "; full bank " + SimulationReport.listed(report.fullBankCapabilityByRole, digits: 3))
            }
            if let target = report.targetRole, let confident = report.targetConfidentShare,
                let verdicts = report.targetVerdicts
            {
                notes.append(
                    "\(name): \(target) alone at ≥ 90% \(pct(confident)); verdicts " + SimulationReport.listed(verdicts))
            }
        }
        if !notes.isEmpty { lines += [""] + notes }
        let depths = meanLengthByDepth.filter { $0.value.count > 1 }
        if !depths.isEmpty {
            lines.append("")
            lines.append("Mean length per depth:")
            for (population, values) in depths.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(population): " + SimulationReport.listed(values, digits: 1))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
