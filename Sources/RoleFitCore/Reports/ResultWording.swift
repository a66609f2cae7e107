/// The words every report uses for a result's two axes, interview verdict, gap report and unmeasured
/// areas, so that text, Markdown and HTML say the same thing.
public enum ResultWording {
    /// The phrase for areas asked about but not measured precisely enough for a number.
    public static let notEnoughEvidence = "not enough evidence"

    /// Said when acquiescence could not be checked.
    public static let acquiescenceUnmeasured =
        "Acquiescence could not be checked: that needs answers to a statement and to a reverse-keyed statement."

    /// "Drawn to (preferences)" or "Showed skill in (capability)".
    public static let preferenceTitle = "Drawn to (preferences)"
    /// The capability axis's title.
    public static let capabilityTitle = "Showed skill in (capability)"

    /// "Product manager 84% (clear; 9 answers)", or "no evidence" when the axis holds none.
    public static func axis(_ axis: AxisSummary, names: ResultNames) -> String {
        guard let leader = axis.leader, axis.evidenceCount > 0 else { return "no evidence in this session" }
        let count = "\(axis.evidenceCount) answer\(axis.evidenceCount == 1 ? "" : "s")"
        return "\(names.role(leader)) \(ReportText.percent(axis.confidence)) (\(axis.clear ? "clear" : "not clear"); \(count))"
    }

    /// The probabilities of answering at random and of having no preference, in one line.
    public static func consistency(_ axes: AxesSummary) -> String {
        "P(no preference) \(ReportText.percent(axes.noPreferenceProbability)) · P(random responding) \(ReportText.percent(axes.randomResponderProbability))"
    }

    /// The disagreement sentence, or a generic one for a document that lacks it.
    public static func disagreement(_ axes: AxesSummary, names: ResultNames) -> String? {
        guard axes.disagree else { return nil }
        if let sentence = axes.disagreement { return sentence }
        guard let drawn = axes.preference.leader, let shown = axes.capability.leader else {
            return "Preferences and the skills shown point to different roles."
        }
        return AxesSummary.disagreementSentence(drawnTo: names.role(drawn), showed: names.role(shown))
    }

    /// "Demonstrated", "Not demonstrated" or "Not enough evidence".
    public static func verdict(_ verdict: TargetAssessment.Verdict) -> String {
        switch verdict {
        case .demonstrated: "Demonstrated"
        case .notDemonstrated: "Not demonstrated"
        case .notEnoughEvidence: "Not enough evidence"
        }
    }

    /// The verdict's basis: the level over the defining areas, P(above average) and the question count.
    public static func targetLevel(_ target: TargetSummary) -> String {
        let score = ScoreScale.score(target.level.theta)
        let low = ScoreScale.score(target.level.theta - 1.96 * target.level.se)
        let high = ScoreScale.score(target.level.theta + 1.96 * target.level.se)
        let count = "\(target.capabilityItemCount) capability question\(target.capabilityItemCount == 1 ? "" : "s")"
        return "Level over the role's defining areas: \(score) (95% range \(low)–\(high)); "
            + "P(above the reference average) \(ReportText.percent(target.probabilityAboveAverage)); from \(count)."
    }

    /// The defining areas by name.
    public static func definingAreas(_ target: TargetSummary, names: ResultNames) -> String {
        target.definingAreas.isEmpty ? "none" : target.definingAreas.map(names.area).joined(separator: ", ")
    }

    /// The preference for the target, marked as self-reported.
    public static func selfReportedPreference(_ target: TargetSummary) -> String {
        "Self-reported preference for the role: \(ReportText.percent(target.selfReportedPreference)) "
            + "(shown for information; it does not decide the verdict)."
    }

    /// How the gap report flags an area.
    public static let gapRule =
        "A gap is flagged when the self-rating and the level shown differ by a full standard deviation of the reference group."

    /// "rated above what was shown", "rated below what was shown" or "in line".
    public static func gap(_ gap: SelfViewComparison.Gap) -> String {
        switch gap {
        case .none: "in line"
        case .ratesAbove: "rated well above what was shown"
        case .ratesBelow: "rated well below what was shown"
        }
    }

    /// The self-rating and the shown level as 0–100 scores: "self 78 · shown 45" ("shown: not enough
    /// evidence" when the area was not measured precisely enough for a number).
    public static func selfViewScores(_ line: SelfViewSummary, names: ResultNames) -> String {
        let shown = names.isMeasured(line.area) ? " \(shownScore(line, names: names))" : ": \(notEnoughEvidence)"
        return "self \(ScoreScale.score(line.selfRating.theta)) · shown\(shown)"
    }

    /// The shown level as a 0–100 score for a table cell, or "—" for an area without a number.
    public static func shownScore(_ line: SelfViewSummary, names: ResultNames) -> String {
        names.isMeasured(line.area) ? String(ScoreScale.score(line.shown.theta)) : "—"
    }

    /// The gap in words and whether it is flagged; "not compared" where the shown level has no number.
    public static func gap(_ line: SelfViewSummary, names: ResultNames) -> (text: String, flagged: Bool) {
        guard names.isMeasured(line.area) else { return ("not compared (too little evidence)", false) }
        return (gap(line.gap), line.gap != .none)
    }

    /// "not enough evidence (1 question)" for an area asked about but not measured.
    public static func lacksEvidence(_ area: AreaSummary) -> String {
        "\(notEnoughEvidence) (\(area.itemCount) question\(area.itemCount == 1 ? "" : "s"))"
    }

    /// The scores a band covers: "75–100", "50–74", "25–49", "0–24".
    public static func bandRange(_ band: ScoreBand) -> String {
        switch band {
        case .strong: "75–100"
        case .solid: "50–74"
        case .developing: "25–49"
        case .emerging: "0–24"
        }
    }

    /// "Depth: standard", for the meta line; nil for documents without a depth.
    public static func depth(_ document: ResultDocument) -> String? {
        document.depth.map { "\($0.rawValue) depth" }
    }
}
