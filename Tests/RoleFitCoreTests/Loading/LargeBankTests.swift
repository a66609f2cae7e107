import Foundation
import Testing

@testable import RoleFitCore

@Suite("Large banks")
struct LargeBankTests {
    /// A generated bank of `count` items cycling through every kind.
    static func generatedBank(count: Int) -> String {
        var text = "format: rolefit-bank/1\nid: generated\ntitle: Generated\nitems:\n"
        let areas = ["schedule-time", "market-customer", "technical-risk"]
        for index in 0..<count {
            let area = areas[index % areas.count]
            text +=
                "  - id: g-\(index)\n    area: \(area)\n    prompt: \"Generated question number \(index)?\"\n    explanation: Generated.\n"
            switch index % 4 {
            case 0:
                text +=
                    "    kind: single-choice\n    difficulty: easy\n    options:\n      - text: Right\n        correct: true\n      - text: Wrong\n      - text: Also wrong\n"
            case 1:
                text +=
                    "    kind: graded-scenario\n    irt: {a: 1.1, steps: [-0.5, 0.2, 0.9]}\n    options:\n      - {text: Best, score: 3}\n      - {text: Good, score: 2}\n      - {text: Weak, score: 1}\n      - {text: Poor, score: 0}\n"
            case 2:
                text += "    kind: self-rating\n    reverse: \(index % 8 == 2)\n    difficulty: hard\n"
            default:
                text +=
                    "    kind: role-keyed\n    options:\n      - {text: Plan, roles: [project]}\n      - {text: Customers, roles: [product]}\n      - {text: Systems, roles: [tpm]}\n"
            }
        }
        return text
    }

    @Test("a 10,000-item generated bank loads and validates")
    func tenThousandItems() throws {
        let (folder, _) = try Fixtures.folderWithBank(named: "generated.yaml", data: Data(Self.generatedBank(count: 10_000).utf8))
        let start = Date()
        let result = BankLoader.load(paths: [folder.path])
        let seconds = Date().timeIntervalSince(start)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3).map(\.description))")
        #expect(result.bankSet?.items.count == 10_000)
        print("10,000-item bank loaded in \(String(format: "%.3f", seconds)) s (debug build)")
    }
}
