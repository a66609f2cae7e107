import Foundation
import RoleFitCore
import Testing

@testable import RoleFitTerminal

/// The end-of-session screen (and `rolefit report --format text`) shows issue 12's result.
@Suite("The results screen")
struct ResultScreenTests {
    /// A document with one measured area (score 64), one asked about once but not measured (score 91)
    /// and one not asked about; the other sections as given.
    static func document(
        reason: NoClearFitReason? = nil, disagree: Bool = false, target: TargetSummary? = nil,
        signals: SignalsSummary? = nil, selfView: [SelfViewSummary]? = nil
    ) -> ResultDocument {
        let finished = Date(timeIntervalSince1970: 1_800_000_000)
        let axis = { (leader: String, confidence: Double, count: Int) in
            AxisSummary(
                leader: leader, confidence: confidence, clear: confidence >= 0.9, evidenceCount: count,
                roles: [AxisRole(id: leader, probability: confidence)])
        }
        return ResultDocument(
            sessionID: "screen", candidate: "Screen", mode: target == nil ? .selfAssessment : .interview,
            targetRole: target?.role, startedAt: finished - 300, finishedAt: finished, engineVersion: "test", seed: 1,
            settings: SessionSettings(seed: 1), banks: [],
            recommendation: RecommendationSummary(
                kind: reason == nil ? .role : .noClearFit, roles: reason == nil ? ["product"] : [],
                label: reason == nil ? "Product manager" : RecommendationSummary.noClearFitLabel, confidence: 0.93,
                confidenceWords: .clear, stopReason: .confident, reason: reason, rule: "Screen rule."),
            roles: [
                RoleSummary(
                    id: "product", name: "Product manager", fit: 0, fitSE: 0.2, probability: 0.93,
                    capabilityProbability: 0.4, orientationProbability: 0.97),
                RoleSummary(
                    id: "program", name: "Program manager", fit: 0, fitSE: 0.2, probability: 0.07,
                    capabilityProbability: 0.6, orientationProbability: 0.03),
            ],
            areas: [
                AreaSummary(
                    id: "risk", name: "Risk management", areaOnly: Estimate(theta: 0.4, se: 0.5),
                    combined: Estimate(theta: 0.36, se: 0.5), score: 64, scoreLow: 36, scoreHigh: 86, band: .solid,
                    itemCount: 3, selfRating: nil, selfRatingCount: 0, measured: true),
                AreaSummary(
                    id: "vision", name: "Vision", areaOnly: Estimate(theta: 1.4, se: 0.8),
                    combined: Estimate(theta: 1.34, se: 0.8), score: 91, scoreLow: 40, scoreHigh: 99, band: .strong,
                    itemCount: 1, selfRating: nil, selfRatingCount: 0, measured: false),
                AreaSummary(
                    id: "budget", name: "Budget", areaOnly: Estimate(theta: 0, se: 1), combined: Estimate(theta: 0, se: 0.9),
                    score: 50, scoreLow: 3, scoreHigh: 97, band: .solid, itemCount: 0, selfRating: nil, selfRatingCount: 0,
                    measured: false),
            ],
            items: [], summary: Narrative(strongest: ["risk"], weakest: [], why: "Because."),
            integrity: Integrity(notes: [], undoCount: 0, skippedCount: 0, resumeCount: 0, totalSeconds: 300, signals: signals),
            depth: .standard,
            axes: AxesSummary(
                preference: axis("product", 0.97, 9), capability: axis(disagree ? "program" : "product", 0.92, 12),
                noPreferenceProbability: 0.02, randomResponderProbability: 0.01, disagree: disagree,
                disagreement: disagree
                    ? "Drawn to product manager work; the strongest evidence of skill is for program manager work." : nil),
            target: target, selfView: selfView)
    }

    static func render(_ document: ResultDocument) -> String {
        ResultScreen(width: 200, style: TextStyle(enabled: false)).render(document)
    }

    @Test("a role: the closest fit, both axes, the measured area's number, 'not enough evidence' for the other, the rule")
    func role() {
        let text = Self.render(Self.document())
        #expect(text.contains("Your closest fit: Product manager — clear (93%)"))
        #expect(text.contains("Drawn to (preferences):       Product manager 97% (clear; 9 answers)"))
        #expect(text.contains("Showed skill in (capability): Product manager 92% (clear; 12 answers)"))
        #expect(text.contains("P(no preference) 2% · P(random responding) 1%"))
        #expect(text.contains(" 64  solid"))
        #expect(text.contains("Vision           not enough evidence (1 question)"))
        #expect(!text.contains("91"), "the unmeasured area's number is not shown")
        #expect(text.contains("(1 area not asked about in this session)"))
        #expect(text.contains("How the result was decided: Screen rule."))
        #expect(!text.contains("They disagree") && !text.contains("Signals:") && !text.contains("Interview verdict"))
    }

    @Test("no clear fit with its reason; the disagreement in words", arguments: NoClearFitReason.allCases)
    func noClearFit(reason: NoClearFitReason) {
        let text = Self.render(Self.document(reason: reason, disagree: reason == .preferencesAndSkillsSplit))
        #expect(text.contains("Result: no clear fit — "))
        #expect(text.contains("Why: No role is named because"))
        #expect(!text.contains("Your closest fit"))
        #expect(
            text.contains(
                "They disagree: Drawn to product manager work; the strongest evidence of skill is for program manager work.")
                == (reason == .preferencesAndSkillsSplit))
    }

    @Test("the interview verdict, the gap report and the raised signals with their caveat")
    func verdictGapsSignals() {
        let target = TargetSummary(
            role: "product", verdict: .demonstrated, definingAreas: ["risk", "vision"], capabilityItemCount: 6,
            level: Estimate(theta: 1.5, se: 0.3), probabilityAboveAverage: 0.99, capabilityProbability: 0.4,
            selfReportedPreference: 0.97)
        let gaps = [
            SelfViewSummary(
                area: "risk", selfRating: Estimate(theta: -1, se: 0.6), shown: Estimate(theta: 0.36, se: 0.5), selfRatingCount: 2,
                difference: -1.36, gap: .ratesBelow)
        ]
        let signals = SignalsSummary(
            rapidAnswerCount: 3, rapidItems: ["a", "b", "c"], straightLining: true, acquiescence: false,
            acquiescenceMeasurable: true, personFit: false, randomResponderProbability: 0.1, disagreement: false)
        let text = Self.render(Self.document(target: target, signals: signals, selfView: gaps))
        #expect(text.contains("Interview verdict for Product manager: Demonstrated"))
        #expect(text.contains("From capability evidence in the role's defining areas: Risk management, Vision."))
        #expect(
            text.contains("Self-reported preference for the role: 97% (shown for information; it does not decide the verdict)."))
        #expect(text.contains("How you rate yourself beside what you showed"))
        // Self θ −1 → 16, shown θ 0.36 → 64.
        #expect(text.contains("Risk management  self 16 · shown 64  rated well below what was shown"))
        #expect(text.contains("Signals: 3 rapid answers · straight-lining"))
        #expect(text.contains(IntegritySignals.caveat))
        let quiet = SignalsSummary(
            rapidAnswerCount: 0, rapidItems: [], straightLining: false, acquiescence: false, acquiescenceMeasurable: false,
            personFit: false, randomResponderProbability: 0.01, disagreement: false)
        #expect(!Self.render(Self.document(signals: quiet)).contains("Signals:"), "nothing raised, nothing shown")
    }

    @Test("the usual length follows the depth")
    func lengthByDepth() {
        #expect(SessionLength.typicalRange(SessionSettings(depth: .quick)) == 15...20)
        #expect(SessionLength.typicalRange(SessionSettings()) == 15...35)
        #expect(SessionLength.typicalRange(SessionSettings(depth: .thorough)) == 15...SessionDepth.thorough.defaultMaxItems)
        #expect(SessionLength.typicalRange(SessionSettings(maxItems: 12, depth: .thorough)) == 12...12)
    }
}

/// The interviewer's text report.
@Suite("The interviewer's screen")
struct InterviewerScreenTests {
    @Test("third person, the verdict question, evidence and timing, no 'you'")
    func thirdPerson() {
        let target = TargetSummary(
            role: "tpm", verdict: .demonstrated, definingAreas: ["risk"], capabilityItemCount: 3,
            level: Estimate(theta: 1.5, se: 0.3), probabilityAboveAverage: 0.99998, capabilityProbability: 0.7,
            selfReportedPreference: 0.2)
        var document = ResultScreenTests.document(target: target)
        document.items = [
            ItemRecord(
                index: 1, id: "kn-1", kind: .known(.singleChoice), area: "risk", prompt: "Q?", options: ["a"],
                response: .option(0),
                answerText: "1. a", correct: true, score: 1, maxScore: 1, keyedRoles: nil, seconds: 312, theta: 0, se: 0.5,
                leadingRole: "tpm", leaderProbability: 0.5),
            ItemRecord(
                index: 2, id: "kn-2", kind: .known(.singleChoice), area: "risk", prompt: "Q?", options: ["a"],
                response: .option(0),
                answerText: "1. a", correct: false, score: 0, maxScore: 1, keyedRoles: nil, seconds: 20, theta: 0, se: 0.5,
                leadingRole: "tpm", leaderProbability: 0.5),
            ItemRecord(
                index: 3, id: "kn-3", kind: .known(.singleChoice), area: "risk", prompt: "Q?", options: ["a"],
                response: .option(0),
                answerText: "1. a", correct: true, score: 1, maxScore: 1, keyedRoles: nil, seconds: 22, theta: 0, se: 0.5,
                leadingRole: "tpm", leaderProbability: 0.5),
        ]
        let text = InterviewerScreen(width: 100, style: TextStyle(enabled: false)).render(document)
        #expect(text.contains("Interviewer's report: Screen"))
        #expect(text.contains("Yes: the skills of the role were demonstrated."))
        #expect(text.contains("P(above the reference average) > 99%"))
        #expect(text.contains("3 questions · 2 right, 1 wrong"))
        #expect(text.contains("5 min 12 s") && text.contains("⚑ long"))
        for second in [" you ", "You ", " your ", "Your "] { #expect(!text.contains(second), "'\(second)'") }
    }
}
