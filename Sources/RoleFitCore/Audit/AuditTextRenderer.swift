/// Renders an audit report like a compiler: one located line per finding, then each check with its
/// figure, limit and verdict, then a one-line summary.
public enum AuditTextRenderer {
    /// The report as text.
    public static func render(_ report: AuditReport) -> String {
        var text = ""
        for finding in report.findings.sorted(by: { ($0.file, $0.line, $0.check) < ($1.file, $1.line, $1.check) }) {
            text += "\(finding.file):\(finding.line):\(finding.column): note: [\(finding.check)] \(finding.message)\n"
        }
        if !report.findings.isEmpty { text += "\n" }
        text += "Checks\n"
        let width = (report.checks.map(\.id.count).max() ?? 0) + 2
        for check in report.checks {
            let verdict = check.passed ? "ok  " : "FAIL"
            let id = check.id + String(repeating: " ", count: max(1, width - check.id.count))
            text += "  \(verdict)  \(id)\(check.measured); limit \(check.limit)\n"
        }
        if !report.cueRules.isEmpty {
            text += "\nTest-wise rules (share of best answers found; chance; gain)\n"
            for rule in report.cueRules {
                text +=
                    "  \(rule.group): \(rule.rule) — \(BankAudit.percent(rule.hitRate)) (chance \(BankAudit.percent(rule.chance)); \(BankAudit.points(rule.advantage)))\n"
            }
        }
        let failed = report.checks.filter { !$0.passed }
        text +=
            "\n"
            + (failed.isEmpty
                ? "audit passed: \(report.checks.count) checks within their limits"
                : "audit failed: \(failed.count) of \(report.checks.count) checks exceed their limits (\(failed.map(\.id).joined(separator: ", ")))")
            + "\n"
        return text
    }
}
