import Foundation
import Testing

@testable import RoleFitCore

/// Pretest items are shown at the pretest rate, recorded, and never scored.
@Suite("Pretest items")
struct PretestItemTests {
    /// The synthetic banks plus a bank of eight pretest items (copies of knowledge items, new ids).
    static let bankSet: BankSet = {
        var set = SyntheticBanks.bankSet(gradedPerArea: 1, selfRatingsPerArea: 1)
        let pretest = set.items.filter { $0.kind == .singleChoice && $0.id.hasSuffix("-k3") }.map { item in
            var copy = item
            copy.id = "pt-" + item.id
            copy.isPretest = true
            return copy
        }
        set.banks.append(QuestionBank(id: "pretest", title: "Pretest", file: "pretest.yaml", contentHash: "p", items: pretest))
        return set
    }()

    /// A finished session: operational questions answered by one fixed respondent, pretest items by `pretest`.
    static func session(rate: Double?, pretest: (Item) -> ItemResponse) throws -> AssessmentSession {
        var respondent = SimulatedRespondent(
            performance: ["area-5": 1.2, "area-4": 0.8, "area-2": -0.5], orientation: ["tpm", "program"], seed: 17)
        var settings = SessionSettings(minItems: 10, maxItems: 30, seed: 42)
        settings.pretestRate = rate
        var session = try AssessmentSession(bankSet: bankSet, settings: settings)
        while let item = session.currentQuestion {
            if item.isPretest {
                try session.record(pretest(item), seconds: 1)
            } else {
                try session.record(respondent.answer(item, roleIDs: session.plan.roleIDs), seconds: 12.5)
            }
        }
        return session
    }

    /// The outcome without its pretest trace entries, as canonical JSON.
    static func operationalOutcome(_ session: AssessmentSession) throws -> Data {
        var outcome = try #require(session.outcome)
        outcome.trace = outcome.trace.filter { $0.pretest != true }
        return try outcome.canonicalJSON()
    }

    @Test("Right, wrong or skipped pretest answers, or none at all: the same operational questions and the same outcome")
    func pretestAnswersChangeNothing() throws {
        let right = try Self.session(rate: 0.5) { _ in .option(0) }
        let wrong = try Self.session(rate: 0.5) { _ in .option(3) }
        let skipped = try Self.session(rate: 0.5) { _ in .skipped }
        let without = try Self.session(rate: nil) { _ in .option(0) }
        let shown = right.answers.filter { $0.itemID.hasPrefix("pt-") }
        #expect(shown.count >= 3, "only \(shown.count) pretest items shown")
        #expect(Set(shown.map(\.itemID)).count == shown.count)
        #expect(wrong.answers.map(\.itemID) == right.answers.map(\.itemID))
        let operational = right.answers.filter { !$0.itemID.hasPrefix("pt-") }
        #expect(operational == without.answers)
        let reference = try Self.operationalOutcome(without)
        for session in [right, wrong, skipped] {
            #expect(try Self.operationalOutcome(session) == reference)
            #expect(session.answeredCount == without.answeredCount)
        }
        // The pretest answers are in the trace, marked, with their category and no θ.
        let entries = right.trace.filter { $0.pretest == true }
        #expect(entries.count == shown.count)
        #expect(entries.allSatisfy { $0.category == 1 && $0.theta == nil && $0.source == nil })
        #expect(wrong.trace.filter { $0.pretest == true }.allSatisfy { $0.category == 0 })
    }

    @Test("The result records the pretest answers, marked and scored for calibration; a replay reproduces the session")
    func recordedAndReplayed() throws {
        let session = try Self.session(rate: 0.5) { _ in .option(0) }
        let metadata = SessionMetadata(sessionID: "s", candidate: "c", startedAt: Date(timeIntervalSince1970: 0))
        let document = try #require(
            ResultBuilder(bankSet: Self.bankSet).document(
                for: session, metadata: metadata, finishedAt: Date(timeIntervalSince1970: 600)))
        let pretest = document.items.filter { $0.pretest == true }
        #expect(pretest.count == session.answers.count { $0.itemID.hasPrefix("pt-") })
        #expect(pretest.allSatisfy { $0.id.hasPrefix("pt-") && $0.score == 1 && $0.theta == nil })
        #expect(document.items.filter { $0.pretest == nil }.allSatisfy { !$0.id.hasPrefix("pt-") })
        #expect(ResultRangeCheck.firstProblem(in: document) == nil)
        let replayed = try AssessmentSession.replaying(session.answers, bankSet: Self.bankSet, settings: session.settings)
        #expect(replayed.trace == session.trace)
        #expect(replayed.next == session.next)
    }

    @Test("A pretest rate outside [0, 0.5] is refused")
    func rateValidated() {
        var settings = SessionSettings()
        settings.pretestRate = 0.8
        #expect(throws: SessionError.self) { try AssessmentSession(bankSet: Self.bankSet, settings: settings) }
    }
}
