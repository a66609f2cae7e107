import Foundation
import Testing

@testable import RoleFitCore

/// Same settings, seed and answers give the same session byte for byte; replay and undo.
@Suite("Session determinism, replay and undo")
struct SessionDeterminismTests {
    static let bankSet = SyntheticBanks.bankSet(gradedPerArea: 2, selfRatingsPerArea: 2)

    static func finishedSession(seed: UInt64, respondentSeed: UInt64 = 11) throws -> AssessmentSession {
        var respondent = SimulatedRespondent(
            performance: ["area-5": 1.4, "area-4": 1.0, "area-2": -0.5], orientation: ["tpm", "program"], seed: respondentSeed)
        var session = try AssessmentSession(bankSet: bankSet, settings: SessionSettings(minItems: 10, maxItems: 30, seed: seed))
        try respondent.take(&session, seconds: 12.5)
        return session
    }

    @Test("Two sessions with the same seed and answers encode to identical bytes")
    func byteIdenticalOutcome() throws {
        let first = try Self.finishedSession(seed: 42)
        let second = try Self.finishedSession(seed: 42)
        let firstBytes = try #require(first.outcome).canonicalJSON()
        let secondBytes = try #require(second.outcome).canonicalJSON()
        #expect(firstBytes == secondBytes)
        #expect(first.answers == second.answers)
        #expect(try CanonicalJSON.encode(first.answers) == (try CanonicalJSON.encode(second.answers)))
    }

    @Test("Replaying the answer log reproduces the session and its outcome")
    func replayReproduces() throws {
        let original = try Self.finishedSession(seed: 5)
        let journal = try JSONDecoder().decode([AnsweredItem].self, from: JSONEncoder().encode(original.answers))
        let replayed = try AssessmentSession.replaying(journal, bankSet: Self.bankSet, settings: original.settings)
        #expect(replayed.answers == original.answers)
        #expect(replayed.next == original.next)
        #expect(replayed.trace == original.trace)
        #expect(try #require(replayed.outcome).canonicalJSON() == (try #require(original.outcome).canonicalJSON()))
        // Every prefix replays to the state the original was in at that point.
        var live = try AssessmentSession(bankSet: Self.bankSet, settings: original.settings)
        for (count, answer) in original.answers.enumerated() {
            let prefix = try original.replaying(Array(original.answers.prefix(count)))
            #expect(prefix.next == live.next)
            #expect(prefix.snapshot == live.snapshot)
            try live.record(answer)
        }
    }

    @Test("Undo equals a replay without the last answer, and asks the undone question again")
    func undoIsReplayWithoutLast() throws {
        var respondent = SimulatedRespondent(performance: ["area-0": 1], orientation: ["project"], seed: 3)
        var session = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(seed: 9))
        for _ in 0..<6 {
            let item = try #require(session.currentQuestion)
            try session.record(respondent.answer(item, roleIDs: session.plan.roleIDs), seconds: 4)
        }
        let beforeLast = try session.replaying(Array(session.answers.dropLast()))
        let undone = session.undoing()
        #expect(undone.answers == beforeLast.answers)
        #expect(undone.next == beforeLast.next)
        #expect(undone.trace == beforeLast.trace)
        #expect(undone.snapshot == beforeLast.snapshot)
        #expect(undone.currentQuestion?.id == session.answers.last?.itemID)
        #expect(undone.answers.count == 5)
        let fresh = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(seed: 9))
        #expect(fresh.undoing().next == fresh.next)
    }

    @Test("Different seeds give different question orders (randomesque), the same seed the same")
    func seedsMatter() throws {
        func firstQuestions(_ seed: UInt64) throws -> [String] {
            var session = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(seed: seed))
            var ids: [String] = []
            for _ in 0..<8 {
                let item = try #require(session.currentQuestion)
                ids.append(item.id)
                try session.record(item.kind == .selfRating ? .rating(3) : .option(0), seconds: 1)
            }
            return ids
        }
        let orders = try (1...4).map { try firstQuestions(UInt64($0)) }
        #expect(Set(orders).count > 1)
        #expect(try firstQuestions(3) == orders[2])
    }

    @Test("A journal from other settings is rejected with the item it expected")
    func foreignJournalRejected() throws {
        let original = try Self.finishedSession(seed: 5)
        var changed = original.settings
        changed.selection = .fixedForm
        #expect(throws: SessionError.self) {
            _ = try AssessmentSession.replaying(original.answers, bankSet: Self.bankSet, settings: changed)
        }
    }
}
