import Foundation
import RoleFitCore
import Testing

@testable import RoleFitTerminal

/// A property test over many generated result documents (seeded, so a failure replays): the
/// narrative's strengths, gaps and "why" never contradict the scores, and no format prints a
/// probability as 100% or 0% (or 1.00 / 0.00).
@Suite("The narrative agrees with the scores")
struct NarrativePropertyTests {
    /// Area names no one of which contains another, so a name found in a sentence is that area.
    static let areaNames = [
        "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima",
        "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform",
    ].map { "\($0) skills" }
    static let roleIDs = ["product", "program", "project", "tpm"]
    static let roleNames = ["Product manager", "Program manager", "Project manager", "Technical program manager"]

    /// Probabilities that tempt a renderer to print 100% or 0%, and ordinary ones.
    static func probability(_ generator: inout SeededGenerator) -> Double {
        let edges = [0, 0.00002, 0.004, 0.0049, 0.995, 0.9951, 0.99998, 1]
        return Bool.random(using: &generator)
            ? edges.randomElement(using: &generator) ?? 0 : Double.random(in: 0...1, using: &generator)
    }

    /// Scores drawn often from a few values, so ties (at the top, at 50, at the list's cut) are common.
    static func score(_ generator: inout SeededGenerator) -> Int {
        let tempting = [0, 1, 2, 49, 50, 51, 62, 95, 95, 99, 100]
        return Bool.random(using: &generator)
            ? tempting.randomElement(using: &generator) ?? 50 : Int.random(in: 0...100, using: &generator)
    }

    /// One generated document.
    static func document(seed: UInt64) -> ResultDocument {
        var generator = SeededGenerator(seed: seed)
        let areaCount = Int.random(in: 1...areaNames.count, using: &generator)
        let areas = (0..<areaCount).map { index -> AreaSummary in
            let value = score(&generator)
            let items = Int.random(in: 0...4, using: &generator)
            let measured = items > 0 && Int.random(in: 0..<4, using: &generator) > 0
            return AreaSummary(
                id: "area-\(index)", name: areaNames[index], areaOnly: Estimate(theta: 0, se: 0.5),
                combined: Estimate(theta: 0, se: 0.5), score: value, scoreLow: max(0, value - 15),
                scoreHigh: min(100, value + 15), band: ScoreBand(score: value), itemCount: items, selfRating: nil,
                selfRatingCount: 0, measured: measured,
                nextSteps: Bool.random(using: &generator) ? "Practise \(areaNames[index].lowercased()) weekly." : nil)
        }
        let kind = RecommendationKind.allCases.randomElement(using: &generator) ?? .role
        let recommended = kind == .noClearFit ? [] : Array(roleIDs.shuffled(using: &generator).prefix(kind == .hybrid ? 2 : 1))
        let reason = kind == .noClearFit ? NoClearFitReason.allCases.randomElement(using: &generator) : nil
        let confidence = probability(&generator)
        let roles = zip(roleIDs, roleNames).map { id, name in
            RoleSummary(
                id: id, name: name, fit: 0, fitSE: 0.3, probability: probability(&generator),
                capabilityProbability: probability(&generator), orientationProbability: probability(&generator))
        }
        let axis = { (generator: inout SeededGenerator) -> AxisSummary in
            let leader = roleIDs.randomElement(using: &generator)
            let value = probability(&generator)
            return AxisSummary(
                leader: leader, confidence: value, clear: value >= 0.9, evidenceCount: Int.random(in: 0...20, using: &generator),
                roles: roleIDs.map { AxisRole(id: $0, probability: $0 == leader ? value : (1 - value) / 3) })
        }
        let disagree = reason == .preferencesAndSkillsSplit
        let axes = AxesSummary(
            preference: axis(&generator), capability: axis(&generator), noPreferenceProbability: probability(&generator),
            randomResponderProbability: probability(&generator), disagree: disagree, disagreement: nil)
        let interview = Int.random(in: 0..<4, using: &generator) == 0
        let target =
            interview
            ? TargetSummary(
                role: "tpm",
                verdict: [.demonstrated, .notDemonstrated, .notEnoughEvidence].randomElement(using: &generator)
                    ?? .demonstrated,
                definingAreas: Array(areas.map(\.id).prefix(2)), capabilityItemCount: 5, level: Estimate(theta: 0, se: 0.4),
                probabilityAboveAverage: probability(&generator), capabilityProbability: probability(&generator),
                selfReportedPreference: probability(&generator)) : nil
        let keyed = (0..<Int.random(in: 0...6, using: &generator)).map { index in
            ItemRecord(
                index: index + 1, id: "rk-\(index)", kind: .known(.roleKeyed), area: areas[0].id, prompt: "Which?",
                options: ["a", "b"], response: .option(0), answerText: "1. a", correct: nil, score: nil, maxScore: 0,
                keyedRoles: [roleIDs.randomElement(using: &generator) ?? "product"], seconds: 4.2, theta: nil, se: nil,
                leadingRole: "product", leaderProbability: probability(&generator))
        }
        let finished = Date(timeIntervalSince1970: 1_800_000_000)
        return ResultDocument(
            sessionID: "gen-\(seed)", candidate: "Generated \(seed)", mode: interview ? .interview : .selfAssessment,
            targetRole: target?.role, startedAt: finished - 600, finishedAt: finished, engineVersion: "test", seed: seed,
            settings: SessionSettings(seed: seed), banks: [],
            recommendation: RecommendationSummary(
                kind: kind, roles: recommended, label: kind == .noClearFit ? RecommendationSummary.noClearFitLabel : "Label",
                confidence: confidence, confidenceWords: ConfidenceWords(probability: confidence), stopReason: .maxItems,
                reason: reason, rule: "Rule."),
            roles: roles, areas: areas, items: keyed, summary: Narrative(strongest: [], weakest: [], why: ""),
            integrity: Integrity(
                notes: [], undoCount: 0, skippedCount: 0, resumeCount: 0, totalSeconds: 60,
                signals: SignalsSummary(
                    rapidAnswerCount: 0, rapidItems: [], straightLining: false, acquiescence: false,
                    acquiescenceMeasurable: true, personFit: Bool.random(using: &generator),
                    randomResponderProbability: probability(&generator), disagreement: disagree)),
            depth: .standard, axes: axes, target: target)
    }

    /// The area names a sentence mentions.
    static func named(in sentence: String, areas: [AreaSummary]) -> Set<String> {
        Set(areas.filter { sentence.contains($0.name.lowercased()) }.map(\.id))
    }

    @Test("strengths, gaps and why never contradict the scores (2,000 generated results)")
    func narrativeAgreesWithScores() {
        for seed in UInt64(1)...2000 {
            let document = Self.document(seed: seed)
            for voice in [NarrativeVoice.candidate, .interviewer] {
                let narrative = ResultNarrative(document, voice: voice)
                let measured = document.areas.filter(\.isMeasured)
                let score = { (area: AreaSummary) in ReportText.clampedScore(area.score) }
                let top = measured.map(score).max() ?? 0
                let strengths = Set(narrative.strengths.map(\.id))
                let gaps = Set(narrative.gaps.map(\.id))
                let context = "seed \(seed), scores \(measured.map(score))"
                #expect(strengths.isDisjoint(with: gaps), "\(context)")
                #expect((narrative.strengths + narrative.gaps).allSatisfy { $0.isMeasured }, "only measured areas: \(context)")
                #expect(narrative.strengths.allSatisfy { score($0) >= ResultNarrative.strengthFloor }, "\(context)")
                #expect(narrative.gaps.allSatisfy { score($0) < ResultNarrative.strengthFloor && score($0) < top }, "\(context)")
                // Nothing in strengths scores below anything in gaps.
                #expect((narrative.strengths.map(score).min() ?? 101) > (narrative.gaps.map(score).max() ?? -1), "\(context)")
                // The lists hold the best (and weakest): an area left out scores below the last strength
                // (above the last gap), ties at the cut included.
                let others = measured.filter { !strengths.contains($0.id) && !gaps.contains($0.id) }
                if let cut = narrative.strengths.map(score).min() {
                    #expect(others.allSatisfy { score($0) < cut }, "a left-out area ties or beats a strength: \(context)")
                } else {
                    #expect(measured.allSatisfy { score($0) < ResultNarrative.strengthFloor }, "\(context)")
                }
                if let cut = narrative.gaps.map(score).max() {
                    #expect(others.allSatisfy { score($0) > cut || score($0) == top }, "\(context)")
                }
                #expect(
                    narrative.strengths.count <= ResultNarrative.listLength
                        || Set(narrative.strengths.dropFirst(ResultNarrative.listLength - 1).map(score)).count == 1,
                    "beyond three only ties: \(context)")
                #expect(narrative.gaps.isEmpty == (narrative.noGapNote != nil) || measured.isEmpty, "\(context)")
                // Why: the verdict sentence names the defining areas; every other sentence names only
                // measured areas, praises only strengths and names gaps only as gaps.
                for sentence in narrative.why where !sentence.hasPrefix("The skill questions in the areas that define") {
                    let mentioned = Self.named(in: sentence, areas: document.areas)
                    #expect(mentioned.allSatisfy { id in measured.contains { $0.id == id } }, "\(sentence) — \(context)")
                    if sentence.contains("strongest area") {
                        #expect(mentioned == strengths, "praise names exactly the strengths: \(sentence) — \(context)")
                    } else if sentence.hasPrefix("Lower") {
                        #expect(mentioned == gaps, "\(sentence) — \(context)")
                    } else if sentence.hasPrefix("No measured area reached") {
                        #expect(strengths.isEmpty && mentioned.count == 1, "\(sentence) — \(context)")
                    } else {
                        #expect(mentioned.isEmpty, "no other sentence names an area: \(sentence) — \(context)")
                    }
                }
                #expect(narrative.nextSteps.filter { $0.area != nil }.count >= gaps.count, "a step per gap: \(context)")
            }
        }
    }

    @Test("no format prints 100%, 0%, 1.00 or 0.00 for a probability (500 generated results)")
    func noCertainPercentages() throws {
        let certain = try NSRegularExpression(pattern: #"(?<![0-9.])(?:100|0)%|(?<![0-9.])[01]\.00(?![0-9])"#)
        for seed in UInt64(1)...500 {
            let document = Self.document(seed: seed)
            let html = HTMLResultReport.render(document)
            // The page's CSS says width: 100%; only the body is checked.
            let body = html.components(separatedBy: "</style>").last ?? html
            let renderings = [
                ("text", ResultScreen(width: 100, style: TextStyle(enabled: false)).render(document)),
                ("markdown", MarkdownResultReport.render(document)), ("html", body),
            ]
            for (format, text) in renderings {
                let match = certain.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
                    .flatMap { Range($0.range, in: text) }.map { String(text[$0]) }
                #expect(match == nil, "seed \(seed), \(format): \(match ?? "")")
            }
        }
    }
}
