/// `rolefit report --for interviewer --format html`: the interviewer's report as one self-contained
/// page (the same styles as the result report), every text escaped.
public enum InterviewerHTMLReport {
    /// The whole page.
    public static func render(_ document: ResultDocument) -> String {
        let e = HTMLEscape.text
        let report = InterviewerReport(document)
        let narrative = report.narrative
        var body = "<h1>\(e(report.title))</h1>\n"
        body += "<p class=\"meta\">\(e(HTMLResultReport.metaLine(document, names: ResultNames(document))))</p>\n"
        body += "<h2>\(e(report.question))</h2>\n<p class=\"headline\">\(e(report.answer))</p>\n"
        body += "<ul>" + report.basis.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
        body += "<h2>Evidence per area</h2>\n<div class=\"scroll\"><table>\n"
        body +=
            "<thead><tr><th>Area</th><th>Level (95% range)</th><th class=\"num\">Questions</th><th>Answers</th></tr></thead>\n<tbody>\n"
        for area in report.areas {
            let name = area.defining ? "<strong>\(e(area.name))</strong> (defines the role)" : e(area.name)
            body +=
                "<tr><td>\(name)</td><td>\(e(area.level))</td><td class=\"num\">\(area.questions)</td><td>\(e(area.answers))</td></tr>\n"
        }
        body += "</tbody>\n</table></div>\n<h2>Why</h2>\n<p>\(e(narrative.why.joined(separator: " ")))</p>\n"
        if !narrative.gaps.isEmpty {
            body += "<p><strong>Areas to probe:</strong> \(e(ResultNarrative.scoredList(narrative.gaps)))</p>\n"
        }
        body += "<h2>Timing</h2>\n<div class=\"scroll\"><table>\n"
        body +=
            "<thead><tr><th class=\"num\">#</th><th>Question</th><th class=\"num\">Seconds</th><th>Result</th><th>Flags</th></tr></thead>\n<tbody>\n"
        for row in report.timing {
            let flags = row.flags.isEmpty ? "" : "<strong class=\"flag\">\(e(row.flags.joined(separator: ", ")))</strong>"
            body +=
                "<tr><td class=\"num\">\(row.index)</td><td><code>\(e(row.id))</code><br><span class=\"note\">\(e(row.what))</span></td><td class=\"num\">\(ReportText.fixed(row.seconds, 1))</td><td>\(e(row.outcome))</td><td>\(flags)</td></tr>\n"
        }
        body += "</tbody>\n</table></div>\n<p class=\"note\">\(e(report.longRule))</p>\n<h2>Integrity</h2>\n"
        let notes = document.integrity.notes + (document.integrity.signals?.sentences ?? [])
        body +=
            notes.isEmpty
            ? "<p>No notes and no signal raised.</p>\n" : "<ul>" + notes.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
        if let caveat = document.integrity.signals?.caveat { body += "<p class=\"note\"><em>\(e(caveat))</em></p>\n" }
        body += "<p class=\"disclaimer\">\(e(document.disclaimer))</p>\n"
        return HTMLPage.render(title: report.title, body: body)
    }
}
