/// `rolefit report --format markdown`: the result as Markdown (GitHub-flavoured tables), every piece
/// of text escaped.
public enum MarkdownResultReport {
    /// The whole document.
    public static func render(_ document: ResultDocument) -> String {
        let m = MarkdownEscape.inline
        let names = ResultNames(document)
        var text = "# RoleFit result: \(m(document.candidate))\n\n"
        text += "\(m(HTMLResultReport.metaLine(document, names: names)))\n\n"
        text += "**Closest fit:** \(m(ReportText.headline(document.recommendation)))\n\n"
        text += "> **Please note:** \(m(document.disclaimer))\n\n"
        text += "## Role fit\n\n| Role | P(best) | |\n|---|---:|---|\n"
        for role in document.roles {
            let name = document.recommendation.roles.contains(role.id) ? "**\(m(role.name))**" : m(role.name)
            text += "| \(name) | \(ReportText.percent(role.probability)) | \(TextBar.render(role.probability, width: 20)) |\n"
        }
        text += "\nThe session stopped because \(m(ReportText.stopReason(document.recommendation.stopReason))).\n\n"
        text += "## Skill areas\n\n"
        let measured = document.areas.filter { $0.itemCount > 0 }
        if measured.isEmpty {
            text += "No skill area was measured in this session.\n\n"
        } else {
            text += "| Area | Score | 95% range | Band | Questions |\n|---|---:|---:|---|---:|\n"
            for area in measured {
                text +=
                    "| \(m(area.name)) | \(ReportText.clampedScore(area.score)) | \(ReportText.clampedScore(area.scoreLow))–\(ReportText.clampedScore(area.scoreHigh)) | \(m(area.band.rawValue)) | \(area.itemCount) |\n"
            }
            text += "\nScores are 0–100 against a reference group.\n\n"
        }
        text += "**Strongest:** \(list(document.summary.strongest, names: names))  \n"
        text += "**To grow:** \(list(document.summary.weakest, names: names))\n\n"
        text += "**Why:** \(m(document.summary.why))\n\n"
        if document.mode == .interview {
            text += "## Integrity notes\n\n"
            text +=
                document.integrity.notes.isEmpty
                ? "No integrity signals.\n\n"
                : document.integrity.notes.map { "- \(m($0))\n" }.joined() + "\n"
        }
        text += "## Item log\n\n| # | Question | Answer | Result | Seconds |\n|---:|---|---|---|---:|\n"
        for record in document.items {
            text +=
                "| \(record.index) | \(m(record.prompt)) | \(m(record.answerText)) | \(m(ItemOutcome.describe(record, roleNames: names.roles))) | \(ReportText.fixed(record.seconds, 1)) |\n"
        }
        text += "\nSession \(m(document.sessionID)) · RoleFit \(m(document.engineVersion)) · seed \(document.seed)\n\n"
        text += "*\(m(document.disclaimer))*\n"
        return text
    }

    private static func list(_ ids: [String], names: ResultNames) -> String {
        ids.isEmpty ? "none yet" : ids.map { MarkdownEscape.inline(names.area($0)) }.joined(separator: " · ")
    }
}
