import Foundation
import RoleFitCore
import Testing

/// ResultBuilder copies the engine's outcome into the result faithfully: the recommendation's kind,
/// reason and rule, both axes, the interview verdict, each area's measured flag, the gap report and
/// the signals, whatever the engine decides for these answers.
@Suite struct ResultBuilderTests {
    /// The shipped banks.
    static func bankSet() throws -> BankSet {
        try #require(BankLoader.load(paths: [Fixtures.packageRoot.appendingPathComponent("QuestionBanks").path]).bankSet)
    }

    /// A consistent person: options keyed to `drawnTo`, right answers in `strong` areas, wrong elsewhere,
    /// every self-rating `rating` (reverse-keyed ones mirrored).
    static func answer(_ item: Item, drawnTo: String, strong: Set<String>, rating: Int) -> ItemResponse {
        let good = strong.contains(item.area)
        switch item.kind {
        case .roleKeyed: return .option(item.options.firstIndex { $0.roles.contains(drawnTo) } ?? 0)
        case .selfRating: return .rating(item.isReverseKeyed ? 6 - rating : rating)
        case .multipleResponse:
            return .options(Set(item.options.indices.filter { item.options[$0].isCorrect == good }.prefix(2)))
        case .singleChoice, .trueFalse: return .option(item.options.firstIndex { $0.isCorrect == good } ?? 0)
        case .gradedScenario:
            let scores = item.options.map(\.score)
            return .option(scores.firstIndex { $0 == (good ? scores.max() : scores.min()) } ?? 0)
        }
    }

    /// Runs a session to its end and builds its document.
    static func run(
        _ settings: SessionSettings, bankSet: BankSet, answer: (Int, Item) -> ItemResponse
    ) throws -> (AssessmentSession, ResultDocument) {
        var session = try AssessmentSession(bankSet: bankSet, settings: settings)
        var n = 0
        while let item = session.currentQuestion, n < 200 {
            try session.record(answer(n, item), seconds: n % 3 == 0 ? 0.5 : 20)
            n += 1
        }
        let metadata = SessionMetadata(sessionID: "builder", candidate: "Builder", startedAt: Date(timeIntervalSince1970: 0))
        let document = try #require(
            ResultBuilder(bankSet: bankSet).document(
                for: session, metadata: metadata, finishedAt: Date(timeIntervalSince1970: 900)))
        return (session, document)
    }

    @Test(
        "the document mirrors the outcome",
        arguments: [
            ("product", "product", 11 as UInt64, SessionMode.selfAssessment),
            ("product", "program", 2, .selfAssessment),
            ("tpm", "tpm", 5, .interview),
            ("tpm", "", 5, .interview),
            ("", "", 23, .training),
        ])
    func mirrorsTheOutcome(drawnTo: String, skilledAs: String, seed: UInt64, mode: SessionMode) throws {
        let bankSet = try Self.bankSet()
        let strong = Set((bankSet.catalogue.role(skilledAs)?.weights ?? [:]).filter { $0.value >= 0.10 }.map(\.key))
        let settings = SessionSettings(mode: mode, targetRole: mode == .interview ? "tpm" : nil, seed: seed)
        let (session, document) = try Self.run(settings, bankSet: bankSet) { n, item in
            // An empty role means answers in a fixed cycle that follows no profile.
            drawnTo.isEmpty
                ? (item.kind == .selfRating ? .rating(1 + n % 5) : .option((n * 3 + 1) % max(1, item.options.count)))
                : Self.answer(item, drawnTo: drawnTo, strong: strong, rating: 4)
        }
        let outcome = try #require(session.outcome)
        let recommendation = document.recommendation
        #expect(recommendation.kind == RecommendationKind(outcome.recommendation))
        #expect(recommendation.roles == outcome.recommendation.roleIDs)
        #expect(recommendation.reason == outcome.recommendation.noClearFitReason)
        #expect(recommendation.rule == outcome.axes.rule)
        if recommendation.kind == .noClearFit {
            #expect(recommendation.label == "No clear fit" && recommendation.roles.isEmpty)
        } else {
            #expect(
                recommendation.label
                    == outcome.recommendation.roleIDs.compactMap { bankSet.catalogue.role($0)?.name }.joined(separator: " / "))
        }
        let axes = try #require(document.axes)
        #expect(
            axes.preference.leader == outcome.axes.preference.leader && axes.capability.leader == outcome.axes.capability.leader)
        #expect(
            axes.preference.clear == outcome.axes.preference.isClear
                && axes.capability.confidence == outcome.axes.capability.confidence)
        #expect(axes.disagree == outcome.axes.disagree && (axes.disagreement != nil) == outcome.axes.disagree)
        #expect(axes.randomResponderProbability == outcome.axes.randomResponderProbability)
        for (index, roleID) in outcome.roles.map(\.roleID).enumerated() {
            #expect(axes.capability.roles.first { $0.id == roleID }?.probability == outcome.axes.capability.probabilities[index])
        }
        #expect(document.areas.map(\.measured) == outcome.areas.map(\.isMeasured))
        #expect(document.depth == outcome.depth)
        #expect(document.target?.verdict == outcome.target?.verdict)
        #expect(document.target?.selfReportedPreference == outcome.target?.preferenceProbability)
        #expect((document.selfView ?? []).map(\.gap) == outcome.selfView.map(\.gap))
        #expect((document.selfView ?? []).map(\.area) == outcome.selfView.map(\.areaID))
        #expect(document.integrity.signals == SignalsSummary(outcome.signals))
        #expect(document.integrity.fastAnswerCount == nil, "the fixed 2 s count is gone")
        let measured = Set(document.areas.filter(\.isMeasured).map(\.id))
        #expect(Set(document.summary.strongest + document.summary.weakest).isSubset(of: measured))
        #expect(ResultRangeCheck.firstProblem(in: document) == nil)
    }
}
