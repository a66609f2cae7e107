/// The one narrative of a result that every format shows (the end screen, text, Markdown, HTML and the
/// interviewer's report): the headline, the strengths, the gaps, why, the two axes in plain words and
/// next steps, all derived from the document's numbers.
///
/// The rules: only measured areas are named. A strength scores at least `strengthFloor`; a gap scores
/// below it and below the strongest area (an area tied with the strongest is never a gap). Each list
/// holds the `listLength` best (or worst) areas and every area tied with the last of them. "Why" praises
/// only strengths and names gaps only as gaps, so the two can never contradict the scores.
public struct ResultNarrative: Sendable, Hashable {
    /// The lowest score a strength may have; gaps score below it.
    public static let strengthFloor = 50
    /// How many areas each list names before ties.
    public static let listLength = 3

    /// "Closest fit" for a role or hybrid, "Result" for no clear fit.
    public var lead: String
    /// "Product manager — clear (> 99%)", the hybrid wording, or "no clear fit — why".
    public var headline: String
    /// The strongest measured areas, best first.
    public var strengths: [AreaSummary]
    /// The measured areas to grow, weakest first.
    public var gaps: [AreaSummary]
    /// Why the result came out as it did, sentence by sentence.
    public var why: [String]
    /// What the two axes and their probabilities mean, in plain words (empty for documents without axes).
    public var axes: [String]
    /// Said instead of gaps when no measured area is a gap (nil when there are gaps or nothing was measured).
    public var noGapNote: String?
    /// A concrete action per gap (per measured area when none reaches the reference average), then one
    /// for the areas that lacked evidence.
    public var nextSteps: [NextStep]

    /// The narrative of a document, addressed to the candidate ("you") or written about them for an interviewer.
    public init(_ document: ResultDocument, voice: NarrativeVoice = .candidate) {
        let names = ResultNames(document)
        let measured = document.areas.filter(\.isMeasured)
        let ranked = measured.enumerated()
            .sorted { (Self.score($0.element), -$0.offset) > (Self.score($1.element), -$1.offset) }.map(\.element)
        let top = ranked.first.map(Self.score) ?? 0
        strengths = Self.withTies(ranked.filter { Self.score($0) >= Self.strengthFloor })
        gaps = Self.withTies(ranked.reversed().filter { Self.score($0) < Self.strengthFloor && Self.score($0) < top })
        lead = document.recommendation.kind == .noClearFit ? "Result" : "Closest fit"
        headline = Self.headline(document, names: names)
        axes = document.axes.map { Self.axesExplanation($0, disagree: $0.disagree, voice: voice) } ?? []
        if gaps.isEmpty, let best = ranked.first {
            noGapNote =
                Self.score(best) >= Self.strengthFloor
                ? "No measured area is below the reference average, so none is named to grow."
                : "Every measured area scored \(Self.score(best)), below the reference average; no single area stands out as weaker than the rest."
        } else {
            noGapNote = nil
        }
        // With no strength and no gap every measured area is below the reference average: each gets its step.
        let growing = gaps.isEmpty && strengths.isEmpty ? ranked.reversed() : gaps
        nextSteps = growing.map { NextStep(area: $0.id, name: $0.name, action: $0.nextSteps ?? Self.genericStep($0)) }
        let lacking = document.areas.filter(\.lacksEvidence)
        if !lacking.isEmpty {
            let list = EnglishList.join(lacking.map { $0.name.lowercased() })
            let action =
                voice == .candidate
                ? "\(lacking.count == 1 ? "This area" : "These areas") had too few answers for a score: \(list). A longer session (rolefit take --depth thorough) would measure \(lacking.count == 1 ? "it" : "them")."
                : "Too few answers for a score in \(list); a follow-up conversation or a longer session would measure \(lacking.count == 1 ? "it" : "them")."
            nextSteps.append(NextStep(area: nil, name: "Not yet measured", action: action))
        }
        why = Self.why(document, names: names, strengths: strengths, gaps: gaps, voice: voice)
    }

    /// The narrative as a result file stores it (`summary`): strongest and weakest ids and why in one paragraph.
    public var stored: Narrative {
        Narrative(strongest: strengths.map(\.id), weakest: gaps.map(\.id), why: why.joined(separator: " "))
    }

    /// "Vision and strategy (96), Market and customer insight (96)": areas with their scores, for lists.
    public static func scoredList(_ areas: [AreaSummary]) -> String {
        areas.map { "\($0.name) (\(score($0)))" }.joined(separator: ", ")
    }

    /// The area's score as reports show it (clamped to 0…100).
    static func score(_ area: AreaSummary) -> Int { ReportText.clampedScore(area.score) }

    /// The first `listLength` areas and every later one tied with the last of them.
    private static func withTies(_ ordered: [AreaSummary]) -> [AreaSummary] {
        guard ordered.count > listLength else { return ordered }
        let cutoff = score(ordered[listLength - 1])
        return Array(ordered.prefix(listLength)) + ordered.dropFirst(listLength).prefix { score($0) == cutoff }
    }

    private static func headline(_ document: ResultDocument, names: ResultNames) -> String {
        let recommendation = document.recommendation
        let percent = ReportText.percent(recommendation.confidence)
        switch recommendation.kind {
        case .hybrid:
            let pair = EnglishList.join(recommendation.roles.map(names.role))
            return "a hybrid of \(pair) — \(recommendation.confidenceWords) (\(percent) that one of the two fits best)"
        case .noClearFit:
            return "no clear fit — " + (recommendation.reason.map(shortReason) ?? "the answers did not support a recommendation")
        case .role:
            return "\(recommendation.label) — \(recommendation.confidenceWords) (\(percent))"
        }
    }

    /// The reason in a few plain words, for the headline.
    private static func shortReason(_ reason: NoClearFitReason) -> String {
        switch reason {
        case .preferencesAndSkillsSplit: "what was preferred and the skills shown point to different roles"
        case .inconsistentAnswers: "the answers did not follow a consistent pattern"
        case .tooLittleEvidence: "the session ended before the answers told the roles apart"
        }
    }

    private static func why(
        _ document: ResultDocument, names: ResultNames, strengths: [AreaSummary], gaps: [AreaSummary], voice: NarrativeVoice
    ) -> [String] {
        var sentences: [String] = []
        if let target = document.target { sentences.append(targetSentence(target, names: names)) }
        if let reason = document.recommendation.reason, document.recommendation.kind == .noClearFit {
            sentences += noClearFit(reason, document: document, names: names, voice: voice)
        } else {
            sentences += roleSentences(document, names: names, voice: voice)
        }
        if !strengths.isEmpty {
            let list = EnglishList.join(strengths.map { "\($0.name.lowercased()) (\(score($0)))" })
            sentences.append(
                "\(voice.possessive.capitalisedFirst) strongest \(strengths.count == 1 ? "area was" : "areas were") \(list).")
        }
        if strengths.isEmpty, let best = document.areas.filter(\.isMeasured).max(by: { score($0) < score($1) }) {
            sentences.append(
                "No measured area reached the reference average; the highest was \(best.name.lowercased()) (\(score(best)))."
            )
        }
        if !gaps.isEmpty {
            let list = EnglishList.join(gaps.map { "\($0.name.lowercased()) (\(score($0)))" })
            sentences.append("Lower, and the \(gaps.count == 1 ? "place" : "places") to grow: \(list).")
        }
        if document.areas.allSatisfy({ !$0.isMeasured }) {
            sentences.append("No skill area was measured precisely enough for a score in this session.")
        }
        return sentences
    }

    /// The interview verdict on the target role in words.
    private static func targetSentence(_ target: TargetSummary, names: ResultNames) -> String {
        let role = names.role(target.role).lowercased()
        let areas = EnglishList.join(target.definingAreas.map { names.area($0).lowercased() })
        let evidence = "The skill questions in the areas that define a \(role) (\(areas.isEmpty ? "none" : areas))"
        switch target.verdict {
        case .demonstrated: return "\(evidence) show a level above the reference average: the role's skills were demonstrated."
        case .notDemonstrated:
            return "\(evidence) show a level below the reference average: the role's skills were not demonstrated."
        case .notEnoughEvidence:
            return "\(evidence) do not yet show whether the level is above or below the reference average: not enough evidence."
        }
    }

    /// Why no role is named, in plain words, and what would help.
    private static func noClearFit(
        _ reason: NoClearFitReason, document: ResultDocument, names: ResultNames, voice: NarrativeVoice
    ) -> [String] {
        switch reason {
        case .preferencesAndSkillsSplit:
            var sentences = [
                "No role is named because what \(voice.subject) said \(voice.subject == "you" ? "you prefer" : "they prefer") and the skills \(voice.subject) showed point to different roles, and RoleFit does not pick one of the two for \(voice.object)."
            ]
            if let axes = document.axes, let sentence = ResultWording.disagreement(axes, names: names) {
                sentences.append(sentence)
            }
            sentences.append("Both are worth discussing with someone who knows the roles.")
            return sentences
        case .inconsistentAnswers:
            return [
                "No role is named because the answers did not follow a consistent pattern: they fit random picks as well as any role's profile, so neither a preference nor a skill profile can be read from them.",
                "A session answered at an easy pace, reading each question, would say more.",
            ]
        case .tooLittleEvidence:
            return [
                "No role is named because the session ended before the answers told the roles apart clearly enough.",
                document.mode == .interview ? "A longer interview would say more." : "A longer session would say more.",
            ]
        }
    }

    /// Why the named role or hybrid: the preference picks, the capability pattern, the hybrid.
    private static func roleSentences(_ document: ResultDocument, names: ResultNames, voice: NarrativeVoice) -> [String] {
        var sentences: [String] = []
        let leader = document.recommendation.roles.first ?? ""
        let leaderName = names.role(leader).lowercased()
        let keyed = document.items.filter { $0.kind == .known(.roleKeyed) && $0.keyedRoles != nil }
        if !keyed.isEmpty, document.target == nil {
            let picks = keyed.count { $0.keyedRoles?.contains(leader) == true }
            sentences.append(
                "In \(picks) of \(keyed.count) preference questions \(voice.subject) chose what a \(leaderName) typically chooses."
            )
        }
        if let capability = document.axes?.capability, let shown = capability.leader, capability.evidenceCount > 0 {
            sentences.append(
                "On the skill questions, \(voice.possessive) right and wrong answers look most like the skills of a \(names.role(shown).lowercased()) (\(ReportText.percent(capability.confidence)))."
            )
        }
        if document.recommendation.kind == .hybrid, document.recommendation.roles.count == 2 {
            let pair = EnglishList.join(document.recommendation.roles.map { names.role($0).lowercased() })
            sentences.append("The answers fit \(pair) about equally well, so both are named.")
        }
        return sentences
    }

    /// The two axes and the two consistency probabilities in words a non-specialist reads.
    private static func axesExplanation(_ axes: AxesSummary, disagree: Bool, voice: NarrativeVoice) -> [String] {
        var lines = [
            "Drawn to: what \(voice.subject) chose when asked how \(voice.subject) would rather spend \(voice.possessive) time (preference, not skill).",
            "Showed skill in: the role whose mix of skills best matches \(voice.possessive) right and wrong answers.",
            "P(no preference): the chance that the choices lean towards no role at all; P(random responding): the chance that the answers were given without reading the questions.",
        ]
        if disagree {
            lines.append("When the two point to different roles, RoleFit names no role rather than choose between them.")
        }
        return lines
    }

    /// The fallback action for a gap whose area has no next steps in the catalogue.
    private static func genericStep(_ area: AreaSummary) -> String {
        "Take on a piece of work in \(area.name.lowercased()) with someone experienced reviewing it, then run a practice session (rolefit take --mode training) to see the score move."
    }
}

private extension String {
    /// The string with its first character upper-cased.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
