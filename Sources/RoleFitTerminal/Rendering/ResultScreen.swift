import RoleFitCore

/// Renders a result document as the end-of-session screen (also `rolefit report --format text`).
public struct ResultScreen: Sendable {
    /// Wrap width.
    public var width: Int
    /// Styling.
    public var style: TextStyle

    /// Creates a renderer.
    public init(width: Int, style: TextStyle) {
        self.width = width
        self.style = style
    }

    /// The whole screen: recommendation, role bars, area bars with bands, strengths, gaps, why; with
    /// `header` (for `rolefit report`) first the name, mode, date and length of the session.
    public func render(_ document: ResultDocument, savedPath: String? = nil, header: Bool = false) -> String {
        let recommendation = document.recommendation
        let narrative = ResultNarrative(document)
        let lead = recommendation.kind == .noClearFit ? "Result: " : "Your closest fit: "
        let headline = lead + narrative.headline
        var text = ""
        if header {
            text += "\n" + TextWrapper.wrap(style.bold("RoleFit result: \(document.candidate)"), width: width, indent: " ") + "\n"
            text +=
                TextWrapper.wrap(
                    style.dim(HTMLResultReport.metaLine(document, names: ResultNames(document))), width: width, indent: " ")
                + "\n"
        }
        text += "\n" + TextWrapper.wrap(style.bold(headline), width: width, indent: " ", hangingIndent: "   ") + "\n"
        let nameWidth = (document.roles.map { $0.name.count }.max() ?? 10) + 2
        let barWidth = max(10, min(24, width - nameWidth - 12))
        for role in document.roles {
            let bar = Bar.horizontal(role.probability, width: barWidth)
            let name = role.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let line = "   \(name)\(bar)  \(ReportText.percent(role.probability).leftPadded(5))"
            text += (role.id == recommendation.roles.first ? style.accent(line) : line) + "\n"
        }
        let names = ResultNames(document)
        text += axesLines(document, names: names, narrative: narrative)
        text += targetLines(document, names: names)
        text +=
            "\n" + " " + style.bold("Skill areas")
            + style.dim("  (0–100 against a reference group; █ is the score, ░ its 95% range)") + "\n"
        let asked = document.areas.filter { $0.isMeasured || $0.lacksEvidence }
        let areaWidth = (asked.map { $0.name.count }.max() ?? 10) + 2
        let areaBar = max(10, min(30, width - areaWidth - 16))
        for area in asked {
            let name = area.name.padding(toLength: areaWidth, withPad: " ", startingAt: 0)
            guard area.isMeasured else {
                text += "   \(name)\(style.dim(ResultWording.lacksEvidence(area)))\n"
                continue
            }
            let bar = Bar.withBand(
                value: Double(area.score) / 100, low: Double(area.scoreLow) / 100,
                high: Double(area.scoreHigh) / 100, width: areaBar)
            text += "   \(name)\(bar) \(String(area.score).leftPadded(3))  \(style.dim(area.band.rawValue))\n"
        }
        let unasked = document.areas.count - asked.count
        if unasked > 0 {
            text += style.dim("   (\(unasked) area\(unasked == 1 ? "" : "s") not asked about in this session)") + "\n"
        }
        text += selfViewLines(document, names: names)
        text += "\n" + narrativeLines(narrative)
        if !document.integrity.notes.isEmpty && document.mode == .interview {
            text +=
                TextWrapper.wrap(
                    "Notes: " + document.integrity.notes.joined(separator: " "), width: width, indent: " ", hangingIndent: " ")
                + "\n"
        }
        text += signalLines(document)
        if let rule = document.recommendation.rule {
            text += "\n" + TextWrapper.wrap(style.dim("How the result was decided: " + rule), width: width, indent: " ") + "\n"
        }
        text += "\n" + TextWrapper.wrap(style.dim(document.disclaimer), width: width, indent: " ") + "\n"
        if let savedPath {
            // The command stands on its own line, unwrapped, so it copies whole.
            text +=
                "\n"
                + TextWrapper.wrap(
                    "Saved \(savedPath). For a report with charts:", width: width, indent: " ",
                    hangingIndent: "   ") + "\n   \(CommandHint.htmlReport(resultPath: savedPath))\n"
        }
        return text
    }

    /// The two axes' leaders, the consistency probabilities and the disagreement in words.
    private func axesLines(_ document: ResultDocument, names: ResultNames, narrative: ResultNarrative) -> String {
        guard let axes = document.axes else { return "" }
        let titleWidth = max(ResultWording.preferenceTitle.count, ResultWording.capabilityTitle.count) + 2
        var text = "\n " + style.bold("Preference and capability") + "\n"
        for (title, axis) in [(ResultWording.preferenceTitle, axes.preference), (ResultWording.capabilityTitle, axes.capability)]
        {
            let label = (title + ":").padding(toLength: titleWidth, withPad: " ", startingAt: 0)
            text += "   \(label)\(ResultWording.axis(axis, names: names))\n"
        }
        text += style.dim("   " + ResultWording.consistency(axes)) + "\n"
        if let sentence = ResultWording.disagreement(axes, names: names) {
            text += TextWrapper.wrap("They disagree: " + sentence, width: width, indent: "   ", hangingIndent: "   ") + "\n"
        }
        for line in narrative.axes {
            text += TextWrapper.wrap(style.dim(line), width: width, indent: "   ", hangingIndent: "   ") + "\n"
        }
        return text
    }

    /// Strongest, to grow, why and the next steps, from the one narrative.
    private func narrativeLines(_ narrative: ResultNarrative) -> String {
        // A no-break space keeps the labels' padding when the wrapper splits at spaces.
        let hanging = "            "
        var text = ""
        if !narrative.strengths.isEmpty {
            text +=
                TextWrapper.wrap(
                    "Strongest:\u{00A0}" + ResultNarrative.scoredList(narrative.strengths), width: width, indent: " ",
                    hangingIndent: hanging) + "\n"
        }
        let gaps = narrative.gaps.isEmpty ? narrative.noGapNote : ResultNarrative.scoredList(narrative.gaps)
        if let gaps {
            text +=
                TextWrapper.wrap("To grow:\u{00A0}\u{00A0}\u{00A0}" + gaps, width: width, indent: " ", hangingIndent: hanging)
                + "\n"
        }
        text +=
            TextWrapper.wrap("Why: " + narrative.why.joined(separator: " "), width: width, indent: " ", hangingIndent: " ") + "\n"
        if !narrative.nextSteps.isEmpty {
            text += "\n " + style.bold("Next steps") + "\n"
            for step in narrative.nextSteps {
                text +=
                    TextWrapper.wrap("• \(step.name): \(step.action)", width: width, indent: "   ", hangingIndent: "     ") + "\n"
            }
        }
        return text
    }

    /// The interview verdict on the target role.
    private func targetLines(_ document: ResultDocument, names: ResultNames) -> String {
        guard let target = document.target else { return "" }
        var text =
            "\n "
            + style.bold("Interview verdict for \(names.role(target.role)): \(ResultWording.verdict(target.verdict))") + "\n"
        let lines = [
            "From capability evidence in the role's defining areas: \(ResultWording.definingAreas(target, names: names)).",
            ResultWording.targetLevel(target), ResultWording.selfReportedPreference(target),
        ]
        for line in lines { text += TextWrapper.wrap(line, width: width, indent: "   ", hangingIndent: "   ") + "\n" }
        return text
    }

    /// The gap report.
    private func selfViewLines(_ document: ResultDocument, names: ResultNames) -> String {
        guard let lines = document.selfView, !lines.isEmpty else { return "" }
        var text = "\n " + style.bold("How you rate yourself beside what you showed") + "\n"
        let areaWidth = (lines.map { names.area($0.area).count }.max() ?? 10) + 2
        for line in lines {
            let name = names.area(line.area).padding(toLength: areaWidth, withPad: " ", startingAt: 0)
            let gap = ResultWording.gap(line, names: names)
            text +=
                "   \(name)\(ResultWording.selfViewScores(line, names: names))  \(gap.flagged ? style.bold(gap.text) : style.dim(gap.text))\n"
        }
        return text
    }

    /// The raised signals and the caveat; nothing when none is raised.
    private func signalLines(_ document: ResultDocument) -> String {
        guard let signals = document.integrity.signals, signals.any else { return "" }
        return "\n"
            + TextWrapper.wrap(
                "Signals: " + signals.raised.joined(separator: " · "), width: width, indent: " ", hangingIndent: "   ")
            + "\n" + TextWrapper.wrap(style.dim(signals.caveat), width: width, indent: "   ") + "\n"
    }
}
