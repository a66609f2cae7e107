import Foundation

/// What `rolefit calibrate` prints about a calibration from sessions: where the answers came from,
/// what was left out and why, each dimension's fit, the hit rate, and the diff — item, authored →
/// calibrated, SE, N — then the items kept at their authored values with N and why.
public enum BankCalibrationText {
    /// The whole text; `source` names the store.
    public static func render(_ calibration: BankCalibration, source: String) -> String {
        var lines = [
            "calibration from \(calibration.sessionCount) sessions in \(source) (items with fewer than "
                + "\(calibration.minimumAnswers) answers keep their authored values)"
        ]
        for excluded in calibration.excluded { lines.append("not used: \(excluded)") }
        for (reason, count) in calibration.droppedAnswers.sorted(by: { $0.key < $1.key }) {
            lines.append("answers left out: \(count) \(reason)")
        }
        lines.append("")
        lines.append("dimension                                   people  estimated  held  EM cycles")
        for fit in calibration.dimensions {
            let name = fit.dimension.description.padding(toLength: 42, withPad: " ", startingAt: 0)
            var line = "\(name) \(pad(fit.people, 7))  \(pad(fit.estimated, 9))  \(pad(fit.held, 4))  \(pad(fit.cycles, 9))"
            if fit.estimated > 0 || !fit.converged {
                line +=
                    fit.converged
                    ? String(format: "  (max |score| %.1e)", fit.maximumAbsoluteScore) : "  NOT converged: authored values kept"
            }
            lines.append(line)
        }
        if let choice = calibration.roleChoice {
            lines.append(
                String(
                    format: "role choice: hit rate %.2f → %.3f (SE %.3f) from %d answers in %d sessions%@",
                    choice.authoredHitRate, choice.hitRate, choice.standardError, choice.answers, choice.sessions,
                    choice.converged ? "" : " (NOT converged)"))
        }
        lines += fitLines(calibration)
        let changed = calibration.items.filter { $0.calibrated != nil }
        lines.append("")
        lines.append("\(changed.count) items change (item, authored → calibrated, SE, N):")
        for outcome in changed { lines.append(diffLine(outcome)) }
        let kept = calibration.items.filter { $0.calibrated == nil }
        if !kept.isEmpty {
            lines.append("")
            lines.append("\(kept.count) items keep their authored values (N, why):")
            for outcome in kept { lines.append("  \(outcome.id)  N \(outcome.answerCount)  \(outcome.keptBecause ?? "")") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The item-fit summary and every flagged item (observed vs predicted score by θ group; see `ItemFitResult`).
    static func fitLines(_ calibration: BankCalibration) -> [String] {
        let tested = calibration.items.filter { $0.fit?.pValue != nil }
        let flagged = tested.filter { $0.fit?.flagged == true }
        var lines = [
            "",
            "item fit: \(flagged.count) of \(tested.count) tested items flagged (observed vs predicted score by θ group, "
                + "Benjamini–Hochberg 5% within each dimension; an item needs \(BockAitkinEM.itemFitAnswersPerGroup) answers "
                + "per θ group, and more groups than estimated parameters, to be tested)",
        ]
        for outcome in flagged {
            guard let fit = outcome.fit else { continue }
            var line =
                "  \(outcome.id)  "
                + String(format: "X² %.1f, df %d, p %.3g", fit.chiSquare ?? 0, fit.degreesOfFreedom ?? 0, fit.pValue ?? 1)
            if let worst = fit.worstGroup {
                line += String(
                    format: "; most at θ %.1f to %.1f (%@ than the curve by %.2f)", worst.lowerTheta, worst.upperTheta,
                    worst.meanResidual > 0 ? "higher" : "lower", abs(worst.meanResidual))
            }
            lines.append(line + (outcome.calibrated == nil ? "  (authored values)" : ""))
        }
        return lines
    }

    /// A right-aligned count.
    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// "  pm-079  a 0.700 → 0.912 (SE 0.080)  b 1.000 → 0.812 (SE 0.100)  N 312".
    static func diffLine(_ outcome: ItemCalibrationOutcome) -> String {
        guard let calibrated = outcome.calibrated else { return "  \(outcome.id)" }
        var parts = ["  \(outcome.id)"]
        if case .roleTable(let after) = calibrated, case .roleTable(let before) = outcome.authored {
            let rows = zip(before, after).map { old, new in
                old.map { String(format: "%.2f", $0) }.joined(separator: "/") + " → "
                    + new.map { String(format: "%.2f", $0) }.joined(separator: "/")
            }
            parts.append("table " + rows.joined(separator: "; "))
            if outcome.fromPooledHitRate { parts.append("(pooled hit rate)") }
        } else if let old = ItemModelKernel.reported(outcome.authored), let new = ItemModelKernel.reported(calibrated) {
            let errors = outcome.standardErrors
            parts.append(value("a", old.a, new.a, errors?.a))
            let name = outcome.kind == .gradedScenario ? "step" : "b"
            for index in new.b.indices {
                let label = new.b.count > 1 ? "\(name)\(index + 1)" : name
                parts.append(value(label, old.b[safe: index], new.b[index], errors?.b[safe: index]))
            }
            if let c = new.c { parts.append(value("c", old.c ?? 0, c, errors?.c)) }
        }
        parts.append("N \(outcome.answerCount)")
        return parts.joined(separator: "  ")
    }

    /// "b 1.000 → 0.812 (SE 0.100)".
    static func value(_ name: String, _ old: Double?, _ new: Double, _ error: Double?) -> String {
        let before = old.map { String(format: "%.3f", $0) } ?? "–"
        return "\(name) \(before) → \(String(format: "%.3f", new))" + (error.map { String(format: " (SE %.3f)", $0) } ?? "")
    }
}
