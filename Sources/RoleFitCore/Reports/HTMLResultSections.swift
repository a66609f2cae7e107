/// The sections of the HTML result report that issue 12 added: the two axes and the rule, the
/// interview verdict, the gap report and the signals. Every text is escaped.
enum HTMLResultSections {
    /// Per role P(best) on each axis and combined, the axes' leaders, the disagreement and the rule.
    static func axes(_ document: ResultDocument, names: ResultNames, narrative: ResultNarrative) -> String {
        let e = HTMLEscape.text
        var html = ""
        if let axes = document.axes {
            html += "<h2>Preference and capability</h2>\n<table>\n"
            html +=
                "<thead><tr><th>Role</th><th class=\"num\">Drawn to (preferences)</th><th class=\"num\">Showed skill in (capability)</th><th class=\"num\">Combined</th></tr></thead>\n<tbody>\n"
            for role in document.roles {
                let preference = axes.preference.roles.first { $0.id == role.id }?.probability ?? role.orientationProbability
                let capability = axes.capability.roles.first { $0.id == role.id }?.probability ?? role.capabilityProbability
                html +=
                    "<tr><td>\(e(role.name))</td><td class=\"num\">\(ReportText.percent(preference))</td><td class=\"num\">\(ReportText.percent(capability))</td><td class=\"num\">\(ReportText.percent(role.probability))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n<ul>"
            html += "<li>\(e(ResultWording.preferenceTitle)): \(e(ResultWording.axis(axes.preference, names: names)))</li>"
            html += "<li>\(e(ResultWording.capabilityTitle)): \(e(ResultWording.axis(axes.capability, names: names)))</li>"
            html += "<li>\(e(ResultWording.consistency(axes)))</li></ul>\n"
            if let sentence = ResultWording.disagreement(axes, names: names) {
                html += "<p><strong>They disagree:</strong> \(e(sentence))</p>\n"
            }
            html += "<p class=\"note\">" + narrative.axes.map(e).joined(separator: " ") + "</p>\n"
        }
        if let rule = document.recommendation.rule {
            html += "<p class=\"note\"><strong>How the result was decided:</strong> \(e(rule))</p>\n"
        }
        return html
    }

    /// The interview verdict on the target role.
    static func target(_ document: ResultDocument, names: ResultNames) -> String {
        guard let target = document.target else { return "" }
        let e = HTMLEscape.text
        var html = "<h2>Interview verdict: \(e(names.role(target.role)))</h2>\n"
        html +=
            "<p class=\"headline\">\(e(ResultWording.verdict(target.verdict)))</p>\n<p>From capability evidence in the role's defining areas: \(e(ResultWording.definingAreas(target, names: names))).</p>\n"
        html += "<p>\(e(ResultWording.targetLevel(target)))</p>\n"
        html += "<p class=\"note\">\(e(ResultWording.selfReportedPreference(target)))</p>\n"
        return html
    }

    /// The gap report.
    static func selfView(_ document: ResultDocument, names: ResultNames) -> String {
        guard let lines = document.selfView, !lines.isEmpty else { return "" }
        let e = HTMLEscape.text
        var html = "<h2>How you rate yourself beside what you showed</h2>\n<table>\n"
        html +=
            "<thead><tr><th>Area</th><th class=\"num\">Self-rating</th><th class=\"num\">Shown</th><th class=\"num\">Ratings</th><th>Gap</th></tr></thead>\n<tbody>\n"
        for line in lines {
            let gap = ResultWording.gap(line, names: names)
            html +=
                "<tr><td>\(e(names.area(line.area)))</td><td class=\"num\">\(ScoreScale.score(line.selfRating.theta))</td><td class=\"num\">\(e(ResultWording.shownScore(line, names: names)))</td><td class=\"num\">\(line.selfRatingCount)</td>"
            html += gap.flagged ? "<td><strong>\(e(gap.text))</strong></td></tr>\n" : "<td>\(e(gap.text))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
            + "<p class=\"note\">\(e(ResultWording.gapRule))</p>\n"
    }

    /// The engine's signals with the caveat.
    static func signals(_ document: ResultDocument) -> String {
        guard let signals = document.integrity.signals else { return "" }
        let e = HTMLEscape.text
        var html = "<h2>Signals</h2>\n"
        let sentences = signals.sentences
        html +=
            sentences.isEmpty
            ? "<p>No signal raised.</p>\n" : "<ul>" + sentences.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
        if !signals.acquiescenceMeasurable { html += "<p class=\"note\">\(e(ResultWording.acquiescenceUnmeasured))</p>\n" }
        return html + "<p class=\"note\"><em>\(e(signals.caveat))</em></p>\n"
    }
}
