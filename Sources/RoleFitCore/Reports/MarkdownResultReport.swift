/// `rolefit report --format markdown`: the result as Markdown (GitHub-flavoured tables), every piece
/// of text escaped.
public enum MarkdownResultReport {
    /// The whole document.
    public static func render(_ document: ResultDocument) -> String {
        let m = MarkdownEscape.inline
        let names = ResultNames(document)
        let narrative = ResultNarrative(document)
        var text = "# RoleFit result: \(m(document.candidate))\n\n"
        text += "\(m(HTMLResultReport.metaLine(document, names: names)))\n\n"
        text += "**\(narrative.lead):** \(m(narrative.headline))\n\n"
        text += "> **Please note:** \(m(document.disclaimer))\n\n"
        text += "## Role fit\n\n| Role | P(best) | | Preferences | Capability |\n|---|---:|---|---:|---:|\n"
        for role in document.roles {
            let name = document.recommendation.roles.contains(role.id) ? "**\(m(role.name))**" : m(role.name)
            text +=
                "| \(name) | \(ReportText.percent(role.probability)) | \(TextBar.render(role.probability, width: 20)) | \(ReportText.percent(role.orientationProbability)) | \(ReportText.percent(role.capabilityProbability)) |\n"
        }
        text += "\nThe session stopped because \(m(ReportText.stopReason(document.recommendation.stopReason))).\n\n"
        text += axesSection(document, names: names, narrative: narrative)
        text += targetSection(document, names: names)
        text += "## Skill areas\n\n"
        let asked = document.areas.filter { $0.isMeasured || $0.lacksEvidence }
        if asked.isEmpty {
            text += "No skill area was measured in this session.\n\n"
        } else {
            text += "| Area | Score | 95% range | Band | Questions |\n|---|---:|---:|---|---:|\n"
            for area in asked {
                text +=
                    area.isMeasured
                    ? "| \(m(area.name)) | \(ReportText.clampedScore(area.score)) | \(ReportText.clampedScore(area.scoreLow))–\(ReportText.clampedScore(area.scoreHigh)) | \(m(area.band.rawValue)) | \(area.itemCount) |\n"
                    : "| \(m(area.name)) | \(ResultWording.notEnoughEvidence) | — | — | \(area.itemCount) |\n"
            }
            text +=
                "\nScores are 0–100 against a reference group; an area gets a number only when its answers measure it precisely enough.\n\n"
        }
        text += selfViewSection(document, names: names)
        text += strengthsSection(narrative)
        if document.mode == .interview {
            text += "## Integrity notes\n\n"
            text +=
                document.integrity.notes.isEmpty
                ? "No integrity signals.\n\n"
                : document.integrity.notes.map { "- \(m($0))\n" }.joined() + "\n"
        }
        text += signalsSection(document)
        text += "## Item log\n\n| # | Question | Answer | Result | Seconds |\n|---:|---|---|---|---:|\n"
        for record in document.items {
            text +=
                "| \(record.index) | \(m(record.prompt)) | \(m(record.answerText)) | \(m(ItemOutcome.describe(record, roleNames: names.roles))) | \(ReportText.fixed(record.seconds, 1)) |\n"
        }
        text += "\nSession \(m(document.sessionID)) · RoleFit \(m(document.engineVersion)) · seed \(document.seed)\n\n"
        text += "*\(m(document.disclaimer))*\n"
        return text
    }

    /// The two axes, the consistency probabilities, the disagreement and the rule.
    private static func axesSection(_ document: ResultDocument, names: ResultNames, narrative: ResultNarrative) -> String {
        let m = MarkdownEscape.inline
        var text = ""
        if let axes = document.axes {
            text += "## Preference and capability\n\n| Axis | Leading role | P | Clear | Answers |\n|---|---|---:|---|---:|\n"
            for (title, axis) in [
                (ResultWording.preferenceTitle, axes.preference), (ResultWording.capabilityTitle, axes.capability),
            ] {
                let leader = axis.leader.map { m(names.role($0)) } ?? "—"
                text +=
                    "| \(m(title)) | \(leader) | \(ReportText.percent(axis.confidence)) | \(axis.clear ? "yes" : "no") | \(axis.evidenceCount) |\n"
            }
            text += "\n\(m(ResultWording.consistency(axes)))\n\n"
            if let sentence = ResultWording.disagreement(axes, names: names) { text += "**They disagree:** \(m(sentence))\n\n" }
            text += narrative.axes.map { "- \(m($0))\n" }.joined() + "\n"
        }
        if let rule = document.recommendation.rule { text += "**How the result was decided:** \(m(rule))\n\n" }
        return text
    }

    /// The interview verdict on the target role.
    private static func targetSection(_ document: ResultDocument, names: ResultNames) -> String {
        guard let target = document.target else { return "" }
        let m = MarkdownEscape.inline
        var text = "## Interview verdict: \(m(names.role(target.role)))\n\n"
        text +=
            "**\(m(ResultWording.verdict(target.verdict)))** — from capability evidence in the role's defining areas (\(m(ResultWording.definingAreas(target, names: names)))).\n\n"
        text += "\(m(ResultWording.targetLevel(target)))  \n"
        text += "\(m(ResultWording.selfReportedPreference(target)))\n\n"
        return text
    }

    /// The gap report.
    private static func selfViewSection(_ document: ResultDocument, names: ResultNames) -> String {
        guard let lines = document.selfView, !lines.isEmpty else { return "" }
        let m = MarkdownEscape.inline
        var text =
            "## How you rate yourself beside what you showed\n\n| Area | Self | Shown | Ratings | |\n|---|---:|---:|---:|---|\n"
        for line in lines {
            let words = ResultWording.gap(line, names: names)
            let gap = words.flagged ? "**\(words.text)**" : words.text
            text +=
                "| \(m(names.area(line.area))) | \(ScoreScale.score(line.selfRating.theta)) | \(ResultWording.shownScore(line, names: names)) | \(line.selfRatingCount) | \(gap) |\n"
        }
        return text + "\n\(ResultWording.gapRule)\n\n"
    }

    /// The engine's signals with the caveat.
    private static func signalsSection(_ document: ResultDocument) -> String {
        guard let signals = document.integrity.signals else { return "" }
        let m = MarkdownEscape.inline
        var text = "## Signals\n\n"
        let sentences = signals.sentences
        text += sentences.isEmpty ? "No signal raised.\n\n" : sentences.map { "- \(m($0))\n" }.joined() + "\n"
        if !signals.acquiescenceMeasurable {
            text += "\(m(ResultWording.acquiescenceUnmeasured))\n\n"
        }
        return text + "*\(m(signals.caveat))*\n\n"
    }

    /// Strongest areas, areas to grow, why and the next steps, from the one narrative.
    private static func strengthsSection(_ narrative: ResultNarrative) -> String {
        let m = MarkdownEscape.inline
        let strongest = narrative.strengths.isEmpty ? "none yet" : m(ResultNarrative.scoredList(narrative.strengths))
        let gaps = narrative.gaps.isEmpty ? m(narrative.noGapNote ?? "none yet") : m(ResultNarrative.scoredList(narrative.gaps))
        var text = "**Strongest:** \(strongest)  \n**To grow:** \(gaps)\n\n"
        text += "**Why:** \(m(narrative.why.joined(separator: " ")))\n\n"
        if !narrative.nextSteps.isEmpty {
            text += "## Next steps\n\n" + narrative.nextSteps.map { "- **\(m($0.name)):** \(m($0.action))\n" }.joined() + "\n"
        }
        return text
    }
}
