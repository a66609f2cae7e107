import Foundation
import Testing

@testable import RoleFitCore

/// One expected diagnostic in a bad-bank fixture.
struct ExpectedDiagnostic: CustomTestStringConvertible, Sendable {
    let files: [String]
    let file: String
    let line: Int
    let column: Int
    let severity: Diagnostic.Severity
    let message: String

    var testDescription: String { "\(file):\(line):\(column) \(message)" }
}

@Suite("Bank validation reports each problem at its exact line and column")
struct BankValidationTests {
    static let cases: [ExpectedDiagnostic] = [
        .init(
            files: ["BadBanks/syntax.yaml"], file: "syntax.yaml", line: 9, column: 11, severity: .error, message: "YAML syntax"),
        .init(
            files: ["BadBanks/wrong-type.yaml"], file: "wrong-type.yaml", line: 9, column: 13, severity: .error,
            message: "'answer' in item 'wt-001' must be true or false, not text"),
        .init(
            files: ["BadBanks/missing-field.yaml"], file: "missing-field.yaml", line: 5, column: 5, severity: .error,
            message: "item 'mf-001' is missing required field 'prompt'"),
        .init(
            files: ["BadBanks/unknown-key.yaml"], file: "unknown-key.yaml", line: 10, column: 5, severity: .error,
            message: "unknown key 'explenation' in item 'uk-001'; did you mean 'explanation'?"),
        .init(
            files: ["BadBanks/duplicate-a.yaml", "BadBanks/duplicate-b.yaml"], file: "duplicate-b.yaml", line: 5, column: 5,
            severity: .error, message: "duplicate item id 'dup-001'"),
        .init(
            files: ["BadBanks/unknown-area.yaml"], file: "unknown-area.yaml", line: 7, column: 11, severity: .error,
            message: "unknown skill area 'schedule'; did you mean 'schedule-time'?"),
        .init(
            files: ["BadBanks/unknown-role.yaml"], file: "unknown-role.yaml", line: 13, column: 17, severity: .error,
            message: "unknown role 'produkt'; did you mean 'product'?"),
        .init(
            files: ["BadBanks/two-correct.yaml"], file: "two-correct.yaml", line: 9, column: 5, severity: .error,
            message: "has 2 options marked correct; mark exactly one"),
        .init(
            files: ["BadBanks/one-option.yaml"], file: "one-option.yaml", line: 9, column: 5, severity: .error,
            message: "item 'oo-001' has 1 option; give it at least 2"),
        .init(
            files: ["BadBanks/likert-scale.yaml"], file: "likert-scale.yaml", line: 9, column: 12, severity: .error,
            message: "runs from 1 to 7; self-ratings use 1–5"),
        .init(
            files: ["BadBanks/thresholds.yaml"], file: "thresholds.yaml", line: 10, column: 31, severity: .error,
            message: "thresholds of item 'th-001' are not increasing"),
        .init(
            files: ["BadBanks/out-of-range.yaml"], file: "out-of-range.yaml", line: 14, column: 14, severity: .error,
            message: "discrimination a = 0 is out of range"),
        .init(
            files: ["BadBanks/out-of-range.yaml"], file: "out-of-range.yaml", line: 24, column: 22, severity: .error,
            message: "difficulty b = -6.5 is out of range"),
        .init(
            files: ["BadBanks/out-of-range.yaml"], file: "out-of-range.yaml", line: 24, column: 31, severity: .error,
            message: "guessing c = 0.5 is out of range"),
        .init(
            files: ["BadCatalogue"], file: "catalogue.yaml", line: 13, column: 5, severity: .error,
            message: "the weights of role 'project' sum to 0.9; they must sum to 1"),
        .init(
            files: ["BadCatalogue"], file: "catalogue.yaml", line: 21, column: 7, severity: .error,
            message: "unknown skill area 'market-custmer' in the weights of role 'product'; did you mean 'market-customer'?"),
        .init(
            files: ["BadBanks/empty-prompt.yaml"], file: "empty-prompt.yaml", line: 8, column: 13, severity: .error,
            message: "'prompt' in item 'ep-001' is empty"),
        .init(
            files: ["BadBanks/no-explanation.yaml"], file: "no-explanation.yaml", line: 5, column: 5, severity: .warning,
            message: "item 'ne-001' has no explanation"),
    ]

    @Test("each bad fixture yields its diagnostic", arguments: cases)
    func reportsDiagnostic(_ expected: ExpectedDiagnostic) {
        let result = BankLoader.load(paths: expected.files.map(Fixtures.path))
        let match = result.diagnostics.first { diagnostic in
            diagnostic.location.file.hasSuffix("/" + expected.file) && diagnostic.location.line == expected.line
                && diagnostic.location.column == expected.column && diagnostic.message.contains(expected.message)
        }
        #expect(match?.severity == expected.severity, "diagnostics were: \(result.diagnostics.map(\.description))")
        if expected.severity == .error {
            #expect(result.bankSet == nil)
        } else {
            #expect(result.bankSet != nil)
        }
    }

    @Test("the starter bank loads every item kind without problems")
    func starterBankLoads() throws {
        let result = BankLoader.load(paths: [Fixtures.path("Banks")])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let set = try #require(result.bankSet)
        #expect(set.catalogue.roles.map(\.id) == ["project", "product", "tpm"])
        let items = Dictionary(uniqueKeysWithValues: set.items.map { ($0.id, $0) })
        #expect(Set(items.values.map(\.kind)) == Set(ItemKind.allCases))
        // Provisional rubric: a single choice among 3 options guesses right 1 time in 3 (c = 1/3).
        #expect(items["st-001"]?.parameters == .dichotomous(a: 1, b: -0.5, c: 1.0 / 3))
        #expect(items["st-001"]?.isProvisional == true && items["st-002"]?.isProvisional == false)
        #expect(items["st-002"]?.parameters == .dichotomous(a: 1.2, b: 0.3, c: 0.1))
        #expect(items["st-002"]?.options.map(\.isCorrect) == [true, true, false])
        #expect(items["st-003"]?.options.map(\.text) == ["True", "False"])
        #expect(items["st-003"]?.options.map(\.isCorrect) == [false, true])
        #expect(items["st-004"]?.parameters == .partialCredit(a: 1.1, steps: [-0.4, 0.6]))
        #expect(items["st-004"]?.options.map(\.score) == [2, 1, 0])
        // Default role table: keyed option 0.55, the two others 0.225 each.
        guard case .roleTable(let table)? = items["st-005"]?.parameters else {
            Issue.record("role-keyed item has no role table")
            return
        }
        #expect(table.count == 3)
        #expect(abs(table[1][1] - 0.55) < 1e-12 && abs(table[1][0] - 0.225) < 1e-12)
        #expect(items["st-006"]?.parameters == .graded(a: 1.5, thresholds: [-1.5, -0.5, 0.5, 1.5]))
        #expect(items["st-006"]?.options.map(\.score) == [0, 1, 2, 3, 4])
        let reversed = try #require(items["st-007"])
        #expect(reversed.isReverseKeyed)
        #expect(reversed.options.map(\.score) == [4, 3, 2, 1, 0])
        #expect(reversed.options.first?.text == "Never")
        #expect(reversed.parameters == .graded(a: 1, thresholds: [-1, 0, 1, 2]))
    }

    @Test("all problems in a file are reported at once")
    func reportsAllProblems() {
        let result = BankLoader.load(paths: [Fixtures.path("BadBanks/out-of-range.yaml")])
        #expect(result.diagnostics.errorCount == 3)
    }

    @Test("a bank folder without a catalogue is an error that says what to pass")
    func missingCatalogue() throws {
        let folder = try Fixtures.temporaryFolder()
        let bank = folder.appendingPathComponent("bank.yaml")
        try Data("format: rolefit-bank/1\nid: x\ntitle: X\nitems: []\n".utf8).write(to: bank)
        let result = BankLoader.load(paths: [folder.path])
        #expect(result.diagnostics.contains { $0.message.contains("no catalogue found") })
    }

    @Test("an unknown format names the right one")
    func unknownFormat() throws {
        let (folder, _) = try Fixtures.folderWithBank(named: "bank.yaml", data: Data("format: rolefit-bank/2\nid: x\n".utf8))
        let result = BankLoader.load(paths: [folder.path])
        #expect(
            result.diagnostics.contains {
                $0.location.line == 1 && $0.location.column == 9 && $0.message.contains("did you mean 'rolefit-bank/1'")
            })
    }

    @Test("the renderer quotes the line and underlines the value")
    func rendersCaret() {
        let result = BankLoader.load(paths: [Fixtures.path("BadBanks/unknown-area.yaml")])
        let text = DiagnosticRenderer(sources: result.sources).render(result.diagnostics)
        #expect(text.contains("unknown-area.yaml:7:11: error: unknown skill area 'schedule'"))
        #expect(text.contains(" 7 |     area: schedule\n   |           ^~~~~~~~\n"))
        #expect(text.hasSuffix("1 error in 1 file\n"))
    }
}

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test(
        "plausible typos find their intended name, unrelated words find none",
        arguments: [
            ("stakeholders", "stakeholder-management"), ("schedule", "schedule-time"), ("explenation", "explanation"),
            ("produkt", "product"), ("tmp", "tpm"),
        ])
    func suggests(typo: String, intended: String) {
        let candidates = ["stakeholder-management", "schedule-time", "explanation", "product", "project", "tpm", "program"]
        #expect(Suggestion.closest(to: typo, in: candidates) == intended)
    }

    @Test("an unrelated word gets no suggestion")
    func noSuggestion() {
        #expect(Suggestion.closest(to: "banana", in: ["stakeholder-management", "schedule-time", "tpm"]) == nil)
    }
}
