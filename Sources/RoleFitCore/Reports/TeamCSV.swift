/// `rolefit team --format csv`: one of the team tables as RFC 4180 CSV.
public enum TeamCSV {
    /// Which table to write.
    public enum Table: String, Sendable, CaseIterable {
        /// Members × areas: the heat map's numbers, one row per member.
        case members
        /// One row per skill area: measured count, mean, SD, min, max.
        case areas
        /// One row per question: answers, share correct or mean score, discrimination, option picks.
        case questions
    }

    /// The table as CSV.
    public static func render(_ team: TeamSummary, table: Table) -> String {
        switch table {
        case .members: members(team)
        case .areas: areas(team)
        case .questions: questions(team)
        }
    }

    private static func members(_ team: TeamSummary) -> String {
        let header =
            [
                "name", "file", "mode", "recommendation", "kind", "no_clear_fit_reason", "confidence", "target_verdict",
                "signals", "mean_score",
            ] + team.areas.map { "score:\($0.id)" }
        let rows = team.members.map { member in
            [
                CSVTable.text(member.name), member.file, member.mode.rawValue, CSVTable.text(member.recommendation),
                member.kind.rawValue, member.noClearFitReason?.rawValue ?? "", ResultExport.number(member.confidence),
                member.targetVerdict?.rawValue ?? "", CSVTable.text(member.signals.joined(separator: "; ")),
                member.meanScore.map(ResultExport.number) ?? "",
            ]
                + team.areas.map { area in member.scores[area.id].map(String.init) ?? "" }
        }
        return CSVTable(header: header, rows: rows).render()
    }

    private static func areas(_ team: TeamSummary) -> String {
        let rows = team.areas.map { area in
            [
                area.id, CSVTable.text(area.name), String(area.measured), area.mean.map(ResultExport.number) ?? "",
                area.sd.map(ResultExport.number) ?? "", area.min.map(String.init) ?? "", area.max.map(String.init) ?? "",
                String(team.weakestAreas.contains(area.id)),
            ]
        }
        return CSVTable(header: ["area", "name", "measured", "mean", "sd", "min", "max", "weakest"], rows: rows).render()
    }

    private static func questions(_ team: TeamSummary) -> String {
        let rows = team.questions.map { question in
            [
                question.id, question.kind.rawValue, question.area, CSVTable.text(question.prompt), String(question.shown),
                String(question.answered),
                question.correctShare.map(ResultExport.number) ?? "", question.meanScore.map(ResultExport.number) ?? "",
                String(question.maxScore), question.meanRating.map(ResultExport.number) ?? "",
                question.discrimination.map(ResultExport.number) ?? "",
                question.options.map { "\($0.number):\($0.picks)" }.joined(separator: " "),
            ]
        }
        let header = [
            "item_id", "kind", "area", "prompt", "shown", "answered", "correct_share", "mean_score", "max_score",
            "mean_rating", "discrimination", "option_picks",
        ]
        return CSVTable(header: header, rows: rows).render()
    }
}
