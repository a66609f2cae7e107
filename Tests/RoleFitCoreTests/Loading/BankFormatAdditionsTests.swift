import Foundation
import Testing

@testable import RoleFitCore

/// Catalogue distinctions, item `distinctions:`, self-rating `notApplicable:` and the provisional rubric.
@Suite("Bank format additions")
struct BankFormatAdditionsTests {
    static let catalogue = """
        format: rolefit-catalogue/1
        areas:
          - {id: scope, name: Scope, description: Scope work.}
        distinctions:
          - {id: time-horizon, name: Time horizon, description: How far ahead.}
          - {id: authority, name: Authority, description: Who decides.}
        roles:
          - {id: a, name: A, focus: A things., weights: {scope: 1}}
          - {id: b, name: B, focus: B things., weights: {scope: 1}}
        """

    static func load(_ items: String) -> BankLoadResult {
        let bank = "format: rolefit-bank/1\nid: t\ntitle: T\nitems:\n" + items
        return BankLoader.load(documents: [("catalogue.yaml", Data(catalogue.utf8)), ("t.yaml", Data(bank.utf8))])
    }

    @Test("the catalogue's distinctions load in file order")
    func catalogueDistinctions() throws {
        let result = Self.load(
            """
              - {id: x-1, kind: true-false, area: scope, prompt: P, answer: true, difficulty: easy, explanation: E,
                 distinctions: [authority, time-horizon]}
            """)
        let set = try #require(result.bankSet, "\(result.diagnostics)")
        #expect(set.catalogue.distinctions.map(\.id) == ["time-horizon", "authority"])
        #expect(set.catalogue.distinction("authority")?.name == "Authority")
        #expect(set.items.first?.distinctions == ["authority", "time-horizon"])
    }

    @Test("an unknown or repeated distinction is a located error with a did-you-mean")
    func unknownDistinction() {
        let result = Self.load(
            """
              - {id: x-1, kind: true-false, area: scope, prompt: P, answer: true, difficulty: easy, explanation: E,
                 distinctions: [time-horizn, authority, authority]}
            """)
        #expect(result.bankSet == nil)
        let messages = result.diagnostics.map(\.description)
        #expect(
            messages.contains {
                $0.contains("t.yaml:6:21: error: unknown distinction 'time-horizn'; did you mean 'time-horizon'?")
            }, "\(messages)")
        #expect(messages.contains { $0.contains("distinction 'authority' is listed twice") }, "\(messages)")
    }

    @Test("notApplicable is read on self-ratings and refused on other kinds")
    func notApplicableField() throws {
        let good = Self.load(
            """
              - {id: s-1, kind: self-rating, area: scope, prompt: I plan., difficulty: easy, explanation: E, notApplicable: true}
              - {id: s-2, kind: self-rating, area: scope, prompt: I review., difficulty: easy, explanation: E}
            """)
        let items = try #require(good.bankSet?.items, "\(good.diagnostics)")
        #expect(items.map(\.allowsNotApplicable) == [true, false])
        let bad = Self.load(
            """
              - {id: x-1, kind: true-false, area: scope, prompt: P, answer: true, difficulty: easy, explanation: E, notApplicable: true}
            """)
        #expect(bad.diagnostics.contains { $0.message.contains("true-false items take no 'notApplicable'") })
    }

    @Test("provisional parameters follow the rubric: c = 1/k, 1/2 and 0; a = 0.7 for true/false; b from the rating")
    func rubric() throws {
        let result = Self.load(
            """
              - id: k-1
                kind: single-choice
                area: scope
                prompt: P1
                options: [{text: o1, correct: true}, {text: o2}, {text: o3}, {text: o4}]
                difficulty: hard
                explanation: E
              - {id: k-2, kind: true-false, area: scope, prompt: P2, answer: false, difficulty: very-easy, explanation: E}
              - id: k-3
                kind: multiple-response
                area: scope
                prompt: P3
                options: [{text: o1, correct: true}, {text: o2}, {text: o3}]
                difficulty: very-hard
                explanation: E
              - {id: k-4, kind: true-false, area: scope, prompt: P4, answer: true, irt: {a: 1.3, b: 0.2}, explanation: E}
            """)
        let items = try #require(result.bankSet?.items, "\(result.diagnostics)")
        #expect(items[0].parameters == .dichotomous(a: 1, b: 0.5, c: 0.25))
        #expect(items[1].parameters == .dichotomous(a: 0.7, b: -1.5, c: 0.5))
        #expect(items[2].parameters == .dichotomous(a: 1, b: 1.5, c: 0))
        #expect(items[3].parameters == .dichotomous(a: 1.3, b: 0.2, c: 0))
        #expect(items.map(\.isProvisional) == [true, true, true, false])
        let stats = BankStatistics(try #require(result.bankSet))
        #expect(stats.totals.provisional == 3)
    }

    @Test("a self-rating that allows it accepts n/a, na and 0 as not applicable; others refuse them")
    func notApplicableAnswers() throws {
        var item = Item(
            id: "s", kind: .selfRating, area: "scope", prompt: "I plan.",
            options: (0..<5).map { ItemOption(text: "\($0 + 1)", score: $0) },
            allowsNotApplicable: true, parameters: .graded(a: 1, thresholds: [-1.5, -0.5, 0.5, 1.5]))
        for typed in ["n/a", "NA", " 0 "] {
            #expect(AnswerParser(item: item).parse(typed) == .answer(.notApplicable), "\(typed)")
        }
        #expect(AnswerParser(item: item).acceptedSummary.contains("n/a"))
        #expect(try ResponseScoring.category(of: .notApplicable, for: item, categoryCount: 5) == nil)
        item.allowsNotApplicable = false
        guard case .invalid(let message) = AnswerParser(item: item).parse("n/a") else {
            Issue.record("n/a accepted on an item that does not allow it")
            return
        }
        #expect(!message.contains("if it does not apply"))
        #expect(throws: SessionError.self) { try ResponseScoring.category(of: .notApplicable, for: item, categoryCount: 5) }
    }

    @Test("not applicable is journalled apart from a skip, and older answers still decode")
    func notApplicableCoding() throws {
        let encoded = try JSONEncoder().encode(ItemResponse.notApplicable)
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"notApplicable":true}"#)
        #expect(try JSONDecoder().decode(ItemResponse.self, from: encoded) == .notApplicable)
        #expect(try JSONDecoder().decode(ItemResponse.self, from: Data(#"{"skipped":true}"#.utf8)) == .skipped)
        #expect(!ItemResponse.notApplicable.isAnswer && !ItemResponse.skipped.isAnswer && ItemResponse.rating(3).isAnswer)
    }
}

@Suite("Not applicable in a session")
struct NotApplicableSessionTests {
    @Test("an n/a answer is recorded, gives no evidence, and reads as 'not applicable'")
    func sessionRecordsNotApplicable() throws {
        let item = Item(
            id: "sr-na", kind: .selfRating, area: "area-0", prompt: "When my team misses a sprint goal, I …",
            options: (0..<5).map { ItemOption(text: "\($0 + 1)", score: $0) }, allowsNotApplicable: true,
            parameters: .graded(a: 1, thresholds: [-1.5, -0.5, 0.5, 1.5]))
        let other = Item(
            id: "sc", kind: .singleChoice, area: "area-1", prompt: "?",
            options: [ItemOption(text: "a"), ItemOption(text: "b", isCorrect: true, score: 1)],
            parameters: .dichotomous(a: 1, b: 0, c: 0.5))
        let set = BankSet(
            catalogue: SyntheticBanks.catalogue,
            banks: [QuestionBank(id: "na", title: "NA", file: "na.yaml", items: [item, other])])
        var session = try AssessmentSession(
            bankSet: set, settings: SessionSettings(selection: .fixedForm, minItems: 0, maxItems: 2, contentMinimum: 0))
        #expect(session.currentQuestion?.id == "sr-na")
        try session.record(.notApplicable, seconds: 2)
        #expect(session.trace.last?.category == nil)
        #expect(session.snapshot.presentedCount == 1 && session.snapshot.answeredCount == 0)
        #expect(session.answers.first?.response == .notApplicable)
        #expect(AnswerText.describe(.notApplicable, for: item) == "not applicable")
        #expect(throws: SessionError.self) { try session.record(.notApplicable, seconds: 1) }
    }
}
