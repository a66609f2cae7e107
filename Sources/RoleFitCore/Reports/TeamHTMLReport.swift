/// `rolefit team --format html`: one self-contained page with the members, the role mix, a skill
/// heat map (members × areas), area means ± SD, the weakest areas and per-question statistics.
public enum TeamHTMLReport {
    /// The whole page; `folder` names where the results came from.
    public static func render(_ team: TeamSummary, folder: String) -> String {
        let e = HTMLEscape.text
        let areaNames = Dictionary(team.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var body = "<h1>RoleFit team report</h1>\n"
        body +=
            "<p class=\"meta\">\(team.memberCount) member\(team.memberCount == 1 ? "" : "s") · results from \(e(folder))</p>\n"
        body += "<p class=\"disclaimer\"><strong>Please note:</strong> \(e(ResultDocument.disclaimer))</p>\n"
        body += membersTable(team)
        body +=
            "<h2>Role mix</h2>\n"
            + BarChart.svg(
                rows: team.roleMix.map { role in
                    let count = role.recommended + role.inHybrid
                    let note = "\(role.recommended) recommended" + (role.inHybrid > 0 ? ", \(role.inHybrid) in a hybrid" : "")
                    return BarChart.Row(
                        label: role.name, fraction: team.memberCount > 0 ? Double(count) / Double(team.memberCount) : 0,
                        note: note, highlighted: role.recommended > 0)
                }, label: "Role mix: members recommended each role")
        body += "<p>\(e(TeamTextReport.noClearFitLine(team)))</p>\n"
        body += "<h2>Skill heat map</h2>\n" + heatMap(team)
        body +=
            "<p class=\"note\">Each cell is a member's 0–100 score in an area (red low, white 50, blue high, as the key beside the map shows); empty cells were not asked about or not measured precisely enough. The last row is the team mean.</p>\n"
        body += "<h2>Skill areas: mean ± SD</h2>\n" + areaChart(team)
        body += ChartLegend.html([
            (ChartPalette.primary, "team mean"), (ChartPalette.bandColour(.emerging), "team mean of a weakest area (see below)"),
            (ChartPalette.band, "± 1 standard deviation"),
        ])
        body += "<p class=\"note\">\(e(TeamAnalysis.methods["areaScores"] ?? ""))</p>\n"
        body += "<h2>Where the team is weakest</h2>\n"
        body +=
            team.weakestAreas.isEmpty
            ? "<p>No area was measured for at least half the team.</p>\n"
            : "<ol>"
                + team.weakestAreas.map { id in
                    let mean = team.areas.first { $0.id == id }?.mean.map { " — mean \(ReportText.fixed($0, 1))" } ?? ""
                    return "<li>\(e((areaNames[id] ?? id) + mean))</li>"
                }.joined() + "</ol>\n"
        body += questionTable(team, areaNames: areaNames)
        body +=
            "<h2>Methods</h2>\n<ul>"
            + team.methods.keys.sorted().map {
                "<li><strong>\(e(TeamTextReport.label($0))):</strong> \(e(team.methods[$0] ?? ""))</li>"
            }
            .joined()
            + "</ul>\n"
        body += "<p class=\"disclaimer\">\(e(ResultDocument.disclaimer))</p>\n"
        return HTMLPage.render(title: "RoleFit team report", body: body)
    }

    private static func membersTable(_ team: TeamSummary) -> String {
        let e = HTMLEscape.text
        var html =
            "<h2>Members</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>Name</th><th>Recommendation</th><th class=\"num\">Confidence</th><th class=\"num\">Mean score</th><th>Mode</th><th>Signals</th></tr></thead>\n<tbody>\n"
        for member in team.members {
            let verdict =
                member.targetVerdict.map {
                    "<br><span class=\"note\">verdict: \(e(ResultWording.verdict($0).lowercased()))</span>"
                } ?? ""
            html +=
                "<tr><td>\(e(member.name))</td><td>\(e(TeamTextReport.recommendation(member)))\(verdict)</td><td class=\"num\">\(TeamTextReport.confidence(member))</td>"
            html +=
                "<td class=\"num\">\(member.meanScore.map { ReportText.fixed($0, 0) } ?? "—")</td><td>\(e(ReportText.mode(member.mode)))</td>"
            html += "<td>\(member.signals.isEmpty ? "—" : e(member.signals.joined(separator: ", ")))</td></tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        if team.membersWithSignals > 0 { html += "<p class=\"note\">\(e(IntegritySignals.caveat))</p>\n" }
        return html
    }

    private static func heatMap(_ team: TeamSummary) -> String {
        let areas = team.areas.filter { $0.measured > 0 }
        guard !areas.isEmpty else { return "<p>No skill area was measured.</p>\n" }
        return HeatMapChart.svg(
            rowLabels: team.members.map(\.name), columnLabels: areas.map(\.name),
            scores: team.members.map { member in areas.map { area in member.scores[area.id].map(Double.init) } },
            summaryLabel: "Team mean", summary: areas.map(\.mean))
    }

    private static func areaChart(_ team: TeamSummary) -> String {
        let rows = team.areas.compactMap { area -> ScoreRangeChart.Row? in
            guard let mean = area.mean else { return nil }
            let sd = area.sd ?? 0
            let note =
                ReportText.fixed(mean, 1) + (area.sd.map { " ± " + ReportText.fixed($0, 1) } ?? "") + "  (n \(area.measured))"
            return ScoreRangeChart.Row(
                label: area.name, value: mean, low: mean - sd, high: mean + sd,
                colour: team.weakestAreas.contains(area.id) ? ChartPalette.bandColour(.emerging) : ChartPalette.primary,
                note: note)
        }
        guard !rows.isEmpty else { return "<p>No skill area was measured.</p>\n" }
        return ScoreRangeChart.svg(rows: rows, label: "Skill areas: team mean with plus or minus one standard deviation")
    }

    private static func questionTable(_ team: TeamSummary, areaNames: [String: String]) -> String {
        let e = HTMLEscape.text
        var html = "<h2>Questions</h2>\n<p class=\"note\">\(e(TeamAnalysis.methods["discrimination"] ?? ""))</p>\n"
        html +=
            "<div class=\"scroll\"><table class=\"questions\">\n<thead><tr><th style=\"width:38%\">Question</th><th class=\"num\">Answered</th><th>Result</th><th class=\"num\">Discrimination</th><th style=\"width:34%\">Options picked</th></tr></thead>\n<tbody>\n"
        for question in team.questions {
            let kind = question.kind.label
            let result = TeamTextReport.performance(question).replacingOccurrences(of: " · ", with: "")
            html +=
                "<tr><td>\(e(question.prompt))<br><span class=\"note\">\(e(kind)) · \(e(areaNames[question.area] ?? question.area)) · <code>\(e(question.id))</code></span></td>"
            html += "<td class=\"num\">\(question.answered) of \(question.shown)</td><td>\(e(result.isEmpty ? "—" : result))</td>"
            html +=
                "<td class=\"num\">\(question.discrimination.map { ReportText.fixed($0, 2) } ?? "—")</td><td>\(picks(question))</td></tr>\n"
        }
        return html
            + "</tbody>\n</table></div>\n<p class=\"note\"><strong class=\"right\">✓ right</strong> marks the option members who answered right (or scored full marks) chose; a question nobody answered right shows no mark.</p>\n"
    }

    private static func picks(_ question: QuestionStatistics) -> String {
        guard !question.options.isEmpty else { return "—" }
        let most = max(1, question.options.map(\.picks).max() ?? 1)
        return question.options.map { option in
            let width = Int((Double(option.picks) / Double(most) * 60).rounded())
            let bar =
                "<span style=\"display:inline-block;height:9px;width:\(width)px;background:\(ChartPalette.secondary);margin-right:4px\"></span>"
            let mark = option.correct == true ? " <strong class=\"right\">✓ right</strong>" : ""
            return "<div>\(bar)\(option.picks) · \(option.number)) \(HTMLEscape.text(option.text))\(mark)</div>"
        }.joined()
    }
}
