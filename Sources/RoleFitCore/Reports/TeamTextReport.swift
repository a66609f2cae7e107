/// `rolefit team --format text`: the team summary as plain text for a terminal.
public enum TeamTextReport {
    /// The report; `folder` names where the results came from.
    public static func render(_ team: TeamSummary, folder: String) -> String {
        let areaNames = Dictionary(team.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var text = "Team report: \(team.memberCount) member\(team.memberCount == 1 ? "" : "s") in \(folder)\n\n"
        text += "Members\n"
        let nameWidth = min(28, (team.members.map { $0.name.count }.max() ?? 4) + 2)
        let recommendationWidth = min(52, (team.members.map { recommendation($0).count }.max() ?? 14) + 2)
        for member in team.members {
            var details = [member.meanScore.map { "mean score \(ReportText.fixed($0, 0))" } ?? "no area measured"]
            if let verdict = member.targetVerdict { details.append("verdict: \(ResultWording.verdict(verdict).lowercased())") }
            if !member.signals.isEmpty { details.append("signals: " + member.signals.joined(separator: ", ")) }
            text +=
                "  " + pad(clip(member.name, nameWidth - 2), nameWidth) + pad(recommendation(member), recommendationWidth)
                + pad(confidence(member), 6) + details.joined(separator: " · ") + "\n"
        }
        text += "\nRole mix (recommended alone · in a hybrid · mean P(best))\n"
        let roleWidth = (team.roleMix.map { $0.name.count }.max() ?? 10) + 2
        for role in team.roleMix {
            text +=
                "  " + pad(role.name, roleWidth) + pad(String(role.recommended), 4) + pad(String(role.inHybrid), 4)
                + leftPad(ReportText.percent(role.meanProbability), 5) + "  " + TextBar.render(role.meanProbability, width: 20)
                + "\n"
        }
        text += "  " + noClearFitLine(team) + "\n"
        if team.membersWithSignals > 0 {
            text +=
                "\n\(team.membersWithSignals) member\(team.membersWithSignals == 1 ? " has" : "s have") integrity signals raised. \(IntegritySignals.caveat)\n"
        }
        text += "\nSkill areas (0–100: mean ± SD over the members measured, n)\n"
        let areaWidth = (team.areas.map { $0.name.count }.max() ?? 10) + 2
        for area in team.areas where area.measured > 0 {
            let mean = area.mean.map { ReportText.fixed($0, 1) } ?? "—"
            let sd = area.sd.map { "± " + ReportText.fixed($0, 1) } ?? ""
            text +=
                "  " + pad(area.name, areaWidth) + leftPad(mean, 6) + "  " + pad(sd, 8) + "n " + pad(String(area.measured), 4)
                + TextBar.render((area.mean ?? 0) / 100, width: 20) + "\n"
        }
        let unmeasured = team.areas.count { $0.measured == 0 }
        if unmeasured > 0 { text += "  (\(unmeasured) area\(unmeasured == 1 ? "" : "s") not measured for anyone)\n" }
        let weakest = team.weakestAreas.map { areaNames[$0] ?? $0 }
        text +=
            "\nWeakest areas: "
            + (weakest.isEmpty ? "none measured for at least half the team" : weakest.joined(separator: " · ")) + "\n"
        text += questionSummary(team, areaNames: areaNames, folder: folder)
        text += "\nMethods\n"
        for key in team.methods.keys.sorted() { text += "  \(label(key)): \(team.methods[key] ?? "")\n" }
        text += "\n" + ResultDocument.disclaimer + "\n"
        return text
    }

    /// How many questions the summary lists in each of its short lists.
    static let questionListLength = 5

    /// The questions in a few lines: counts by kind, the hardest and the least discriminating, and where the full table is.
    static func questionSummary(_ team: TeamSummary, areaNames: [String: String], folder: String) -> String {
        var text = "\nQuestions: \(team.questions.count) shown to the team"
        var kinds: [String: Int] = [:]
        for question in team.questions { kinds[question.kind.label, default: 0] += 1 }
        text +=
            kinds.isEmpty
            ? "\n"
            : " ("
                + kinds.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key.lowercased())" }.joined(
                    separator: ", ") + ")\n"
        let answered = team.questions.filter { $0.answered >= 2 }
        // The share of full marks: right answers for knowledge items, mean score ÷ maximum for scenarios.
        let share = { (question: QuestionStatistics) -> Double? in
            question.correctShare ?? question.meanScore.flatMap { question.maxScore > 0 ? $0 / Double(question.maxScore) : nil }
        }
        let hardest = answered.compactMap { question in share(question).map { (question, $0) } }
            .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }.prefix(questionListLength)
        if !hardest.isEmpty {
            text += "  Hardest (lowest share of full marks, answered by 2 or more):\n"
            for (question, value) in hardest {
                text +=
                    "    \(question.id) · \(areaNames[question.area] ?? question.area) · \(ReportText.share(value)) of full marks over \(question.answered) · \(clip(question.prompt, 60))\n"
            }
        }
        let weak = answered.compactMap { question in question.discrimination.map { (question, $0) } }
            .filter { $0.1 < 0.2 }.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }.prefix(questionListLength)
        if !weak.isEmpty {
            text += "  Least discriminating (r below 0.2: stronger members do no better on them):\n"
            for (question, r) in weak {
                text +=
                    "    \(question.id) · \(areaNames[question.area] ?? question.area) · r \(ReportText.fixed(r, 2)) · \(clip(question.prompt, 60))\n"
            }
        }
        let quoted =
            folder.contains(where: { $0 == " " || $0 == "'" })
            ? "'" + folder.replacingOccurrences(of: "'", with: "'\\''") + "'" : folder
        return text + "  Every question with its picks: rolefit team --results \(quoted) --format csv --table questions\n"
    }

    /// A methods key in words: "areaScores" → "Area scores".
    static func label(_ key: String) -> String {
        var words = ""
        for character in key {
            if character.isUppercase { words += " " + character.lowercased() } else { words.append(character) }
        }
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// "Product manager", or "No clear fit (too little evidence)".
    static func recommendation(_ member: TeamMember) -> String {
        guard member.kind == .noClearFit else { return member.recommendation }
        return member.recommendation + (member.noClearFitReason.map { " (\(reasonWords($0)))" } ?? "")
    }

    /// The confidence, or "—" for no clear fit (its number is the leading role's, not the result's).
    static func confidence(_ member: TeamMember) -> String {
        member.kind == .noClearFit ? "—" : ReportText.percent(member.confidence)
    }

    /// "No clear fit: 2 (inconsistent answers 1 · too little evidence 1 · preferences and skills split 0)".
    static func noClearFitLine(_ team: TeamSummary) -> String {
        let total = team.noClearFit.reduce(0) { $0 + $1.count }
        return "No clear fit: \(total) ("
            + team.noClearFit.map { "\(reasonWords($0.reason)) \($0.count)" }.joined(separator: " · ") + ")"
    }

    /// The reason's id in words: "too little evidence".
    static func reasonWords(_ reason: NoClearFitReason) -> String { reason.rawValue.replacingOccurrences(of: "-", with: " ") }

    /// " · 67% correct", " · mean score 1.50 of 3", " · mean rating 3.2", or "".
    static func performance(_ question: QuestionStatistics) -> String {
        if let share = question.correctShare { return " · \(ReportText.share(share)) correct" }
        if let mean = question.meanScore { return " · mean score \(ReportText.fixed(mean, 2)) of \(question.maxScore)" }
        if let rating = question.meanRating { return " · mean rating \(ReportText.fixed(rating, 1))" }
        return ""
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    private static func clip(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(max(1, limit - 1))) + "…"
    }
}
