import Foundation
import Testing

@testable import RoleFitCore

/// Stop reasons, minimum length, target-role mode and the progress snapshot.
@Suite("Stopping and target-role mode")
struct StoppingTests {
    static let bankSet = SyntheticBanks.bankSet()
    static let clearTPM = ["area-5": 1.5, "area-4": 1.2, "area-0": -0.8, "area-2": -0.8, "area-3": -0.8]

    @Test("Stop reasons have the documented raw values")
    func rawValues() {
        #expect(
            StopReason.allCases.map(\.rawValue) == [
                "confident", "indifference", "top-two", "max-items", "time-limit", "bank-exhausted",
                "inconsistent-answers", "preferences-declined",
            ])
    }

    @Test("The maximum ends the session with max-items")
    func maxItems() throws {
        var respondent = SimulatedRespondent(performance: [:], orientation: ["project", "tpm"], seed: 1)
        var session = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(minItems: 5, maxItems: 5))
        try respondent.take(&session)
        #expect(session.outcome?.stopReason == .maxItems)
        #expect(session.answers.count == 5)
    }

    @Test("The time limit ends the session with time-limit once it is used up")
    func timeLimit() throws {
        var respondent = SimulatedRespondent(performance: [:], orientation: ["project"], seed: 1)
        var session = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(timeLimit: 30))
        try respondent.take(&session, seconds: 11)
        #expect(session.outcome?.stopReason == .timeLimit)
        #expect(session.answers.count == 3)
        #expect(session.outcome?.elapsedSeconds == 33)
    }

    @Test("An exhausted bank ends the session with bank-exhausted")
    func bankExhausted() throws {
        let small = SyntheticBanks.bankSet(knowledgePerArea: 1, roleKeyed: 0)
        var respondent = SimulatedRespondent(performance: [:], orientation: ["project"], seed: 1)
        let thresholds = StoppingThresholds(confidence: 1, indifferenceConfidence: 1, topTwoConfidence: 1)
        var session = try AssessmentSession(bankSet: small, settings: SessionSettings(maxItems: 20, thresholds: thresholds))
        try respondent.take(&session)
        #expect(session.outcome?.stopReason == .bankExhausted)
        #expect(session.answers.count == 8)
    }

    @Test("No decision stop before the minimum number of answers", arguments: [10, 20])
    func minimumLength(minimum: Int) throws {
        var respondent = SimulatedRespondent(performance: Self.clearTPM, orientation: ["tpm"], seed: 5)
        var session = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(minItems: minimum, maxItems: 40))
        try respondent.take(&session)
        let outcome = try #require(session.outcome)
        #expect(outcome.recommendation == .role("tpm"))
        #expect(outcome.answeredCount >= minimum)
        #expect(outcome.stopReason == .confident)
    }

    @Test("Target-role mode focuses on the target and stops when it is clearly not the best role")
    func targetNotBest() throws {
        var respondent = SimulatedRespondent(performance: Self.clearTPM, orientation: ["tpm"], seed: 8)
        var session = try AssessmentSession(
            bankSet: Self.bankSet, settings: SessionSettings(mode: .interview, targetRole: "product", minItems: 8, maxItems: 40))
        while let item = session.currentQuestion {
            #expect(session.decision.focus == 1)
            try session.record(respondent.answer(item, roleIDs: session.plan.roleIDs), seconds: 5)
        }
        let outcome = try #require(session.outcome)
        #expect(outcome.targetRole == "product")
        #expect(outcome.stopReason == .confident)
        // The verdict rests on capability in product's defining areas, which this profile does not show.
        #expect(outcome.target?.verdict == .notDemonstrated)
        #expect((outcome.target?.probabilityAboveAverage ?? 1) <= 0.1)
        #expect(outcome.recommendation.roleIDs.first != "product")
    }

    @Test("Target-role mode stops when the target is clearly the best role")
    func targetIsBest() throws {
        var respondent = SimulatedRespondent(performance: Self.clearTPM, orientation: ["tpm"], seed: 9)
        var session = try AssessmentSession(
            bankSet: Self.bankSet, settings: SessionSettings(mode: .interview, targetRole: "tpm", minItems: 8, maxItems: 40))
        try respondent.take(&session)
        let outcome = try #require(session.outcome)
        #expect(outcome.stopReason == .confident)
        #expect(outcome.target?.verdict == .demonstrated)
        #expect((outcome.target?.probabilityAboveAverage ?? 0) >= 0.9)
        #expect(outcome.recommendation == .role("tpm"), "a demonstrated verdict is the recommendation")
        // Role probabilities in an interview use capability alone: the preference picks never decide them.
        #expect(abs(outcome.roles[3].probability - outcome.roles[3].capabilityProbability) < 1e-12)
    }

    @Test("The snapshot follows the session: leader, remaining estimate within bounds, zero at the end")
    func snapshot() throws {
        // Always the TPM option on role-keyed items, so the result is a clear TPM whatever order they come in.
        var respondent = SimulatedRespondent(performance: Self.clearTPM, orientation: ["tpm"], choosesKeyedOption: true, seed: 3)
        let settings = SessionSettings(minItems: 10, maxItems: 30)
        var session = try AssessmentSession(bankSet: Self.bankSet, settings: settings)
        #expect(session.snapshot.presentedCount == 0)
        #expect(session.snapshot.estimatedRemaining >= settings.minItems)
        while let item = session.currentQuestion {
            let snapshot = session.snapshot
            #expect(
                snapshot.estimatedRemaining >= 1 && snapshot.estimatedRemaining <= settings.maxItems - snapshot.presentedCount)
            #expect(snapshot.leadingRole == session.plan.roleIDs[session.decision.leader])
            try session.record(respondent.answer(item, roleIDs: session.plan.roleIDs), seconds: 5)
        }
        #expect(session.snapshot.estimatedRemaining == 0)
        #expect(session.snapshot.leadingRole == "tpm")
        #expect(session.snapshot.leaderProbability == session.outcome?.confidence)
    }

    @Test("The outcome reports every area and role, and one trace entry per answer")
    func outcomeShape() throws {
        var respondent = SimulatedRespondent(performance: Self.clearTPM, orientation: ["tpm"], seed: 3)
        var session = try AssessmentSession(
            bankSet: SyntheticBanks.bankSet(selfRatingsPerArea: 1),
            settings: SessionSettings(minItems: 10, maxItems: 30))
        try respondent.take(&session)
        let outcome = try #require(session.outcome)
        #expect(outcome.areas.map(\.areaID) == SyntheticBanks.areaIDs)
        #expect(outcome.roles.map(\.roleID) == SyntheticBanks.roleIDs)
        // The decision probabilities are given a consistent respondent; P(random) is reported beside them.
        #expect(abs(outcome.roles.reduce(0) { $0 + $1.probability } - 1) <= 1e-9)
        #expect(outcome.axes.randomResponderProbability >= 0 && outcome.axes.randomResponderProbability < 0.5)
        #expect(abs(outcome.roles.reduce(0) { $0 + $1.capabilityProbability } - 1) <= 1e-9)
        #expect(outcome.trace.count == session.answers.count)
        #expect(outcome.areas.allSatisfy { $0.selfReport != nil })
        for entry in outcome.trace where entry.source == .performance {
            #expect(entry.theta != nil && (entry.standardError ?? 0) > 0)
        }
        let decoded = try JSONDecoder().decode(AssessmentOutcome.self, from: outcome.canonicalJSON())
        #expect(decoded == outcome)
    }
}
