/// `rolefit report --for interviewer --format markdown`: the interviewer's report as Markdown, every
/// piece of text escaped.
public enum InterviewerMarkdownReport {
    /// The whole document.
    public static func render(_ document: ResultDocument) -> String {
        let m = MarkdownEscape.inline
        let report = InterviewerReport(document)
        let narrative = report.narrative
        var text = "# \(m(report.title))\n\n\(m(HTMLResultReport.metaLine(document, names: ResultNames(document))))\n\n"
        text += "## \(m(report.question))\n\n**\(m(report.answer))**\n\n"
        text += report.basis.map { "- \(m($0))\n" }.joined() + "\n"
        text += "## Evidence per area\n\n| Area | Level (95% range) | Questions | Answers |\n|---|---|---:|---|\n"
        for area in report.areas {
            let name = area.defining ? "**\(m(area.name))** (defines the role)" : m(area.name)
            text += "| \(name) | \(m(area.level)) | \(area.questions) | \(m(area.answers)) |\n"
        }
        text += "\n## Why\n\n\(m(narrative.why.joined(separator: " ")))\n\n"
        if !narrative.gaps.isEmpty { text += "**Areas to probe:** \(m(ResultNarrative.scoredList(narrative.gaps)))\n\n" }
        text += "## Timing\n\n| # | Question | Kind and area | Seconds | Result | Flags |\n|---:|---|---|---:|---|---|\n"
        for row in report.timing {
            let flags = row.flags.isEmpty ? "" : "**\(m(row.flags.joined(separator: ", ")))**"
            text +=
                "| \(row.index) | \(m(row.id)) | \(m(row.what)) | \(ReportText.fixed(row.seconds, 1)) | \(m(row.outcome)) | \(flags) |\n"
        }
        text += "\n\(m(report.longRule))\n\n## Integrity\n\n"
        let notes = document.integrity.notes + (document.integrity.signals?.sentences ?? [])
        text += notes.isEmpty ? "No notes and no signal raised.\n\n" : notes.map { "- \(m($0))\n" }.joined() + "\n"
        if let caveat = document.integrity.signals?.caveat { text += "*\(m(caveat))*\n\n" }
        return text + "*\(m(document.disclaimer))*\n"
    }
}
