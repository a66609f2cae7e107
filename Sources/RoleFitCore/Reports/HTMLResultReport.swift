/// `rolefit report --format html`: one self-contained page with the recommendation, a role-fit chart,
/// the two axes and the rule, the interview verdict, a skill-area chart with 95% bands, the gap report,
/// strongest and weakest areas, the why, integrity notes for interviews, the signals, the item log and
/// the disclaimer.
public enum HTMLResultReport {
    /// The whole page.
    public static func render(_ document: ResultDocument) -> String {
        let e = HTMLEscape.text
        let names = ResultNames(document)
        let narrative = ResultNarrative(document)
        var body = "<h1>RoleFit result: \(e(document.candidate))</h1>\n"
        body += "<p class=\"meta\">\(e(metaLine(document, names: names)))</p>\n"
        body +=
            "<p class=\"headline\">\(e(narrative.lead)): \(e(narrative.headline))</p>\n"
        body += "<p class=\"disclaimer\"><strong>Please note:</strong> \(e(document.disclaimer))</p>\n"
        body += "<h2>Role fit</h2>\n"
        body += RoleFitChart.svg(roles: document.roles, recommended: document.recommendation.roles)
        body +=
            "<p class=\"note\">The probability that each role fits best, given the answers. The session stopped because \(e(ReportText.stopReason(document.recommendation.stopReason))).</p>\n"
        body += HTMLResultSections.axes(document, names: names, narrative: narrative)
        body += HTMLResultSections.target(document, names: names)
        body += areaSection(document)
        body += HTMLResultSections.selfView(document, names: names)
        body += strengthsSection(narrative)
        body += "<h2>Why</h2>\n<p>\(e(narrative.why.joined(separator: " ")))</p>\n"
        body += nextStepsSection(narrative)
        if document.mode == .interview { body += integritySection(document) }
        body += HTMLResultSections.signals(document)
        body += itemLog(document, names: names)
        body += detailsSection(document)
        body += "<p class=\"disclaimer\">\(e(document.disclaimer))</p>\n"
        return HTMLPage.render(title: "RoleFit result: \(document.candidate)", body: body)
    }

    /// "Interview · target role: … · 2026-11-23 10:14 UTC · 14 questions in 6 min 02 s": every report's header line.
    public static func metaLine(_ document: ResultDocument, names: ResultNames) -> String {
        var parts = [ReportText.mode(document.mode)]
        if let target = document.targetRole { parts.append("target role: \(names.role(target))") }
        parts.append(ReportText.date(document.finishedAt))
        parts.append("\(document.items.count) questions in \(ReportText.duration(document.integrity.totalSeconds))")
        return parts.joined(separator: " · ")
    }

    private static func areaSection(_ document: ResultDocument) -> String {
        let measured = document.areas.filter(\.isMeasured)
        let lacking = document.areas.filter(\.lacksEvidence)
        var html = "<h2>Skill areas</h2>\n"
        if !measured.isEmpty {
            let rows = measured.map { area in
                ScoreRangeChart.Row(
                    label: area.name, value: Double(area.score), low: Double(area.scoreLow), high: Double(area.scoreHigh),
                    colour: ChartPalette.bandColour(area.band), note: "\(ReportText.clampedScore(area.score)) \(area.band)")
            }
            html += ScoreRangeChart.svg(rows: rows, label: "Skill areas: score 0 to 100 with the 95% range")
            html += ChartLegend.html(
                [ScoreBand.strong, .solid, .developing, .emerging].map { band in
                    (ChartPalette.bandColour(band), "score: \(band) (\(ResultWording.bandRange(band)))")
                } + [(ChartPalette.band, "95% range")])
        } else if lacking.isEmpty {
            return html + "<p>No skill area was measured in this session.</p>\n"
        }
        if !lacking.isEmpty {
            html +=
                "<p><strong>Not enough evidence for a score:</strong> "
                + lacking.map { HTMLEscape.text("\($0.name) (\(ResultWording.lacksEvidence($0)))") }.joined(separator: " · ")
                + "</p>\n"
        }
        let unasked = document.areas.count - measured.count - lacking.count
        html +=
            "<p class=\"note\">Scores are 0–100 against a reference group; the light band is the 95% range. An area gets a score only when its answers measure it precisely enough."
        html += unasked > 0 ? " \(unasked) area\(unasked == 1 ? " was" : "s were") not asked about.</p>\n" : "</p>\n"
        return html
    }

    private static func strengthsSection(_ narrative: ResultNarrative) -> String {
        func list(_ areas: [AreaSummary], empty: String) -> String {
            guard !areas.isEmpty else { return "<ul><li class=\"muted\">\(HTMLEscape.text(empty))</li></ul>" }
            return "<ul>"
                + areas.map { "<li>\(HTMLEscape.text("\($0.name) (\(ReportText.clampedScore($0.score)))"))</li>" }.joined()
                + "</ul>"
        }
        return
            "<h2>Strengths and areas to grow</h2>\n<div class=\"pair\"><div><strong>Strongest</strong>\(list(narrative.strengths, empty: "none yet"))</div>"
            + "<div><strong>To grow</strong>\(list(narrative.gaps, empty: narrative.noGapNote ?? "none yet"))</div></div>\n"
    }

    private static func nextStepsSection(_ narrative: ResultNarrative) -> String {
        guard !narrative.nextSteps.isEmpty else { return "" }
        let e = HTMLEscape.text
        return "<h2>Next steps</h2>\n<ul>"
            + narrative.nextSteps.map { "<li><strong>\(e($0.name)):</strong> \(e($0.action))</li>" }.joined() + "</ul>\n"
    }

    private static func integritySection(_ document: ResultDocument) -> String {
        let integrity = document.integrity
        var html = "<h2>Integrity notes</h2>\n"
        html +=
            integrity.notes.isEmpty
            ? "<p>No integrity notes: no undos, skips or interruptions.</p>\n"
            : "<ul>" + integrity.notes.map { "<li>\(HTMLEscape.text($0))</li>" }.joined() + "</ul>\n"
        let rapid =
            integrity.signals.map { "Rapid answers (under a quarter of the reading time): \($0.rapidAnswerCount)" }
            ?? integrity.fastAnswerCount.map { "Answers under 2 s: \($0)" }
        let counts = [
            rapid, "undone: \(integrity.undoCount)", "skipped: \(integrity.skippedCount)",
            "resumed: \(integrity.resumeCount)", "total answering time: \(ReportText.duration(integrity.totalSeconds))",
        ]
        html += "<p class=\"note\">\(counts.compactMap { $0 }.joined(separator: " · "))</p>\n"
        return html
    }

    private static func itemLog(_ document: ResultDocument, names: ResultNames) -> String {
        let e = HTMLEscape.text
        var html =
            "<h2>Item log</h2>\n<table>\n<thead><tr><th class=\"num\">#</th><th>Question</th><th>Answer</th><th>Result</th><th class=\"num\">Seconds</th></tr></thead>\n<tbody>\n"
        for record in document.items {
            let outcome = ItemOutcome.describe(record, roleNames: names.roles)
            let style = ItemOutcome.isRight(record).map { $0 ? " class=\"right\"" : " class=\"wrong\"" } ?? ""
            let kind = record.kind.label
            html +=
                "<tr><td class=\"num\">\(record.index)</td><td>\(e(record.prompt))<br><span class=\"note\">\(e(kind)) · \(e(names.area(record.area))) · <code>\(e(record.id))</code></span></td>"
            html +=
                "<td>\(e(record.answerText))</td><td\(style)>\(e(outcome))</td><td class=\"num\">\(ReportText.fixed(record.seconds, 1))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private static func detailsSection(_ document: ResultDocument) -> String {
        let e = HTMLEscape.text
        var html = "<h2>Session details</h2>\n<table>\n"
        var rows: [(String, String)] = [
            ("Session", document.sessionID), ("Started", ReportText.date(document.startedAt)),
            ("Finished", ReportText.date(document.finishedAt)), ("RoleFit version", document.engineVersion),
            ("Seed", String(document.seed)), ("Question selection", document.settings.selection.rawValue),
            ("Stop reason", document.recommendation.stopReason.rawValue),
        ]
        if let depth = document.depth { rows.insert(("Depth", depth.rawValue), at: 5) }
        for (name, value) in rows { html += "<tr><th>\(e(name))</th><td>\(e(value))</td></tr>\n" }
        for bank in document.banks {
            html += "<tr><th>Bank \(e(bank.id))</th><td>\(bank.items) items · SHA-256 <code>\(e(bank.sha256))</code></td></tr>\n"
        }
        return html + "</table>\n"
    }
}
