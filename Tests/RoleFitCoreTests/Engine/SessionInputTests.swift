import Foundation
import Testing

@testable import RoleFitCore

/// Invalid answers throw typed errors and change nothing; answers map to the right categories.
@Suite("Session input")
struct SessionInputTests {
    /// A bank whose fixed form asks one item of every kind, in this order.
    static var everyKind: BankSet {
        let catalogue = SyntheticBanks.catalogue
        let items = [
            Item(
                id: "sc", kind: .singleChoice, area: "area-0", prompt: "?",
                options: [ItemOption(text: "a"), ItemOption(text: "b", isCorrect: true, score: 1), ItemOption(text: "c")],
                parameters: .dichotomous(a: 1, b: 0, c: 0)),
            Item(
                id: "mr", kind: .multipleResponse, area: "area-1", prompt: "?",
                options: [
                    ItemOption(text: "a", isCorrect: true, score: 1), ItemOption(text: "b"),
                    ItemOption(text: "c", isCorrect: true, score: 1),
                ],
                parameters: .dichotomous(a: 1, b: 0, c: 0)),
            Item(
                id: "tf", kind: .trueFalse, area: "area-2", prompt: "?",
                options: [ItemOption(text: "true", isCorrect: true, score: 1), ItemOption(text: "false")],
                parameters: .dichotomous(a: 1, b: 0, c: 0)),
            Item(
                id: "gs", kind: .gradedScenario, area: "area-3", prompt: "?",
                options: [ItemOption(text: "x", score: 2), ItemOption(text: "y", score: 0), ItemOption(text: "z", score: 1)],
                parameters: .partialCredit(a: 1, steps: [-0.5, 0.5])),
            Item(
                id: "sr", kind: .selfRating, area: "area-4", prompt: "?",
                options: (1...5).map { ItemOption(text: "\($0)", score: 5 - $0) },
                parameters: .graded(a: 1.5, thresholds: [-1.5, -0.5, 0.5, 1.5]), isReverseKeyed: true),
            Item(
                id: "rk", kind: .roleKeyed, area: "area-5", prompt: "?",
                options: SyntheticBanks.roleIDs.map { ItemOption(text: $0, roles: [$0]) },
                parameters: .roleTable(
                    RoleChoiceModel(
                        optionRoles: SyntheticBanks.roleIDs.map { [$0] },
                        roleIDs: SyntheticBanks.roleIDs
                    ).table)),
        ]
        return BankSet(catalogue: catalogue, banks: [QuestionBank(id: "kinds", title: "Kinds", file: "k.yaml", items: items)])
    }

    static let fixedForm = SessionSettings(selection: .fixedForm, minItems: 0, maxItems: 6, contentMinimum: 0)

    /// Asserts that `response` is rejected with `error` and leaves the session as it was.
    func expectRejected(
        _ session: inout AssessmentSession, _ response: ItemResponse, seconds: Double = 1,
        _ error: SessionError, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let before = session
        #expect(throws: error, sourceLocation: sourceLocation) { try session.record(response, seconds: seconds) }
        #expect(session.answers == before.answers, sourceLocation: sourceLocation)
        #expect(session.next == before.next, sourceLocation: sourceLocation)
        #expect(session.snapshot == before.snapshot, sourceLocation: sourceLocation)
    }

    @Test("Each kind accepts its answers, rejects others without a change, and scores the right category")
    func everyKindScoresAndRejects() throws {
        var session = try AssessmentSession(bankSet: Self.everyKind, settings: Self.fixedForm)
        #expect(session.currentQuestion?.id == "sc")
        expectRejected(&session, .option(3), .optionOutOfRange(index: 3, optionCount: 3))
        expectRejected(&session, .option(-1), .optionOutOfRange(index: -1, optionCount: 3))
        expectRejected(&session, .rating(2), .responseDoesNotFit(itemID: "sc", expected: "one option number"))
        expectRejected(&session, .options([1]), .responseDoesNotFit(itemID: "sc", expected: "one option number"))
        expectRejected(&session, .option(1), seconds: -1, .invalidDuration(-1))
        expectRejected(&session, .option(1), seconds: .infinity, .invalidDuration(.infinity))
        #expect(throws: SessionError.self) { try session.record(.option(1), seconds: .nan) }
        #expect(session.answers.isEmpty)
        try session.record(.option(1), seconds: 3)
        #expect(session.trace.last?.category == 1)

        #expect(session.currentQuestion?.id == "mr")
        expectRejected(&session, .options([]), .emptySelection)
        expectRejected(&session, .options([0, 5]), .optionOutOfRange(index: 5, optionCount: 3))
        try session.record(.options([2, 0]), seconds: 3)
        #expect(session.trace.last?.category == 1)

        #expect(session.currentQuestion?.id == "tf")
        try session.record(.option(1), seconds: 3)
        #expect(session.trace.last?.category == 0)

        #expect(session.currentQuestion?.id == "gs")
        try session.record(.option(2), seconds: 3)
        #expect(session.trace.last?.category == 1)

        #expect(session.currentQuestion?.id == "sr")
        expectRejected(&session, .rating(0), .ratingOutOfRange(0))
        expectRejected(&session, .rating(6), .ratingOutOfRange(6))
        expectRejected(&session, .options([1]), .responseDoesNotFit(itemID: "sr", expected: "a rating from 1 to 5"))
        try session.record(.rating(2), seconds: 3)
        #expect(session.trace.last?.category == 3, "reverse keyed: rating 2 of 5 is category 3")
        #expect(session.trace.last?.source == .selfReport)

        #expect(session.currentQuestion?.id == "rk")
        try session.record(.option(3), seconds: 3)
        #expect(session.trace.last?.category == 3)
        #expect(session.trace.last?.source == .orientation)
        #expect(session.trace.last?.theta == nil)

        let outcome = try #require(session.outcome)
        #expect(outcome.stopReason == .maxItems)
        #expect(outcome.answeredCount == 6 && outcome.elapsedSeconds == 18)
        expectRejected(&session, .option(0), .sessionFinished)
        #expect(outcome.roles[3].orientationProbability > outcome.roles[0].orientationProbability)
    }

    @Test("A wrong multiple-response set scores 0; a skip gives no evidence but counts towards the maximum")
    func skipsAndWrongSets() throws {
        var session = try AssessmentSession(bankSet: Self.everyKind, settings: Self.fixedForm)
        try session.record(.skipped, seconds: 2)
        #expect(session.trace.last?.category == nil && session.trace.last?.source == nil)
        #expect(session.decision.areaOnly[0] == ThetaGrid.standard.prior)
        try session.record(.options([0]), seconds: 2)
        #expect(session.trace.last?.category == 0)
        #expect(session.snapshot.presentedCount == 2 && session.snapshot.answeredCount == 1)
    }

    @Test("Invalid settings and banks without usable items are rejected with a clear message")
    func invalidSetup() {
        let bankSet = SyntheticBanks.bankSet()
        #expect(throws: SessionError.self) {
            try AssessmentSession(bankSet: bankSet, settings: SessionSettings(minItems: 50, maxItems: 10))
        }
        #expect(
            throws: SessionError.invalidSettings(
                .invalid("unknown target role 'ceo'; choose one of project, product, program, tpm"))
        ) {
            try AssessmentSession(bankSet: bankSet, settings: SessionSettings(targetRole: "ceo"))
        }
        #expect(throws: SessionError.self) {
            try AssessmentSession(bankSet: bankSet, settings: SessionSettings(areaCorrelation: 1))
        }
        #expect(throws: SessionError.self) {
            try AssessmentSession(bankSet: bankSet, settings: SessionSettings(thresholds: StoppingThresholds(confidence: 0.4)))
        }
        let empty = BankSet(catalogue: SyntheticBanks.catalogue, banks: [])
        #expect(throws: SessionError.noUsableItems) { try AssessmentSession(bankSet: empty, settings: SessionSettings()) }
        #expect(SessionError.noUsableItems.description.contains("rolefit banks validate"))
    }

    @Test("Items the engine cannot score are left out with a reason")
    func excludedItems() throws {
        var bankSet = Self.everyKind
        bankSet.banks[0].items.append(
            Item(
                id: "bad-area", kind: .singleChoice, area: "nowhere", prompt: "?",
                options: [ItemOption(text: "a", isCorrect: true), ItemOption(text: "b")],
                parameters: .dichotomous(a: 1, b: 0, c: 0)))
        bankSet.banks[0].items.append(
            Item(
                id: "bad-model", kind: .gradedScenario, area: "area-0", prompt: "?",
                options: [ItemOption(text: "a"), ItemOption(text: "b")],
                parameters: .dichotomous(a: 1, b: 0, c: 0)))
        bankSet.banks[0].items.append(
            Item(
                id: "bad-table", kind: .roleKeyed, area: "area-0", prompt: "?",
                options: [ItemOption(text: "a"), ItemOption(text: "b")],
                parameters: .roleTable([[0.5, 0.5]])))
        let plan = try AssessmentPlan(bankSet: bankSet, settings: SessionSettings())
        #expect(plan.items.count == 6)
        #expect(plan.excludedItems.map(\.itemID) == ["bad-area", "bad-model", "bad-table"])
        #expect(plan.excludedItems[0].reason.contains("nowhere"))
    }
}
