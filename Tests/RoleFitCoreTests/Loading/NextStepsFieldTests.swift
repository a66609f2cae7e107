import Foundation
import Testing

@testable import RoleFitCore

/// The catalogue's optional `next-steps` per skill area: read into the area and into results, a bad
/// value is a located error, and every shipped area has one.
@Suite("Catalogue next-steps")
struct NextStepsFieldTests {
    static func load(area: String) -> BankLoadResult {
        let catalogue = """
            format: rolefit-catalogue/1
            areas:
              \(area)
            distinctions:
              - {id: authority, name: Authority, description: Who decides., next-steps: Not here.}
            roles:
              - {id: a, name: A, focus: A things., weights: {scope: 1}}
              - {id: b, name: B, focus: B things., weights: {scope: 1}}
            """
        let bank = """
            format: rolefit-bank/1
            id: t
            title: T
            items:
              - {id: x-1, kind: true-false, area: scope, prompt: P, answer: true, difficulty: easy, explanation: E}
            """
        return BankLoader.load(documents: [("catalogue.yaml", Data(catalogue.utf8)), ("t.yaml", Data(bank.utf8))])
    }

    @Test("next-steps is read on areas; on a distinction it is an unknown key")
    func read() {
        let result = Self.load(
            area: "- {id: scope, name: Scope, description: Scope work., next-steps: \"Write a scope: in and out.\"}")
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("catalogue.yaml:5:") && $0.contains("next-steps") }, "\(messages)")
        #expect(!messages.contains { $0.contains("catalogue.yaml:3:") }, "the area's next-steps is fine: \(messages)")
    }

    @Test("an empty next-steps or a list is a located error", arguments: ["\"\"", "[a, b]"])
    func bad(value: String) {
        let result = Self.load(area: "- {id: scope, name: Scope, description: Scope work., next-steps: \(value)}")
        #expect(result.bankSet == nil)
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("catalogue.yaml:3:") && $0.contains("'next-steps'") }, "\(messages)")
    }

    @Test("every shipped area has next steps (the golden results show them copied into areas[].nextSteps)")
    func shipped() throws {
        let set = try #require(
            BankLoader.load(paths: [Fixtures.packageRoot.appendingPathComponent("QuestionBanks").path]).bankSet)
        #expect(
            set.catalogue.areas.allSatisfy { ($0.nextSteps?.count ?? 0) > 40 },
            "\(set.catalogue.areas.filter { $0.nextSteps == nil }.map(\.id))")
        #expect(set.catalogue.area("risk-management")?.nextSteps?.contains("risk log") == true)
    }
}
