import Foundation
import Testing

@testable import RoleFitCore

/// Issue 16: validator gaps and messages found by the adversarial pass.
@Suite("Validator gaps and messages")
struct ValidatorGapTests {
    static var catalogue: Data { (try? Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Banks/catalogue.yaml")))) ?? Data() }

    /// Loads one bank made of `items` (YAML list entries, already indented) beside the fixture catalogue.
    static func load(_ items: String, raw: String? = nil) -> BankLoadResult {
        let text = raw ?? "format: rolefit-bank/1\nid: gaps\ntitle: Gaps\nitems:\n" + items
        return BankLoader.load(documents: [("catalogue.yaml", catalogue), ("gaps.yaml", Data(text.utf8))])
    }

    static func messages(_ result: BankLoadResult) -> [String] { result.diagnostics.map(\.description) }

    static let graded = """
          - id: g-1
            kind: graded-scenario
            area: schedule-time
            prompt: What first?
            explanation: Because.
            options:
              - {text: A, score: SA}
              - {text: B, score: SB}
              - {text: C, score: SC}
            irt: {a: 1, steps: STEPS}

        """

    static func gradedItem(scores: (Int, Int, Int), steps: String) -> String {
        graded.replacingOccurrences(of: "SA", with: "\(scores.0)").replacingOccurrences(of: "SB", with: "\(scores.1)")
            .replacingOccurrences(of: "SC", with: "\(scores.2)").replacingOccurrences(of: "STEPS", with: steps)
    }

    static func dichotomous(a: String = "1", b: String = "0", prompt: String = "\"Which?\"") -> String {
        """
          - id: d-1
            kind: single-choice
            area: schedule-time
            prompt: \(prompt)
            explanation: Because.
            options:
              - {text: Right, correct: true}
              - {text: Wrong}
            irt: {a: \(a), b: \(b)}

        """
    }

    @Test("unordered GPCM steps are an error, as docs/bank-format.md says")
    func unorderedSteps() {
        let result = Self.load(Self.gradedItem(scores: (0, 1, 2), steps: "[0.9, -0.8]"))
        #expect(result.bankSet == nil)
        #expect(
            Self.messages(result).contains { $0.contains("steps of item 'g-1' are not increasing") }, "\(Self.messages(result))")
        #expect(Self.load(Self.gradedItem(scores: (0, 1, 2), steps: "[-0.8, 0.9]")).bankSet != nil)
    }

    @Test("graded scores with gaps are an error")
    func scoreGaps() {
        let result = Self.load(Self.gradedItem(scores: (0, 1, 5), steps: "[-1, 0, 1, 2, 3]"))
        #expect(result.bankSet == nil)
        #expect(Self.messages(result).contains { $0.contains("has no option scoring 2") }, "\(Self.messages(result))")
    }

    @Test("a zero probability in a role table is an error")
    func zeroProbability() {
        let item = """
              - id: r-1
                kind: role-keyed
                area: market-customer
                prompt: Which?
                explanation: Because.
                options:
                  - {text: A, roles: [project]}
                  - {text: B, roles: [product]}
                table:
                  project: [1.0, 0.0]
                  product: [0.5, 0.5]
                  tpm: [0.5, 0.5]

            """
        let result = Self.load(item)
        #expect(result.bankSet == nil)
        #expect(Self.messages(result).contains { $0.contains("has a probability of 0") }, "\(Self.messages(result))")
    }

    @Test("numbers: 1e400 is out of range, .nan and .inf are named, 4.0000001 keeps its digits, 1e308 stays short")
    func numberMessages() {
        let huge = Self.messages(Self.load(Self.dichotomous(b: "1e400")))
        #expect(huge.contains { $0.contains("'b' in the irt parameters of item 'd-1' is 1e400, out of range") }, "\(huge)")
        #expect(!huge.contains { $0.contains("not a number") })
        let nan = Self.messages(Self.load(Self.dichotomous(b: ".nan")))
        #expect(nan.contains { $0.contains("not-a-number (.nan)") }, "\(nan)")
        let inf = Self.messages(Self.load(Self.dichotomous(a: ".inf")))
        #expect(inf.contains { $0.contains("infinity (.inf)") }, "\(inf)")
        let close = Self.messages(Self.load(Self.dichotomous(a: "4.0000001")))
        #expect(close.contains { $0.contains("a = 4.0000001 is out of range") }, "\(close)")
        let large = Self.messages(Self.load(Self.dichotomous(a: "1e308")))
        #expect(large.contains { $0.contains("a = 1e+308 is out of range") }, "\(large)")
        #expect(large.allSatisfy { $0.count < 400 }, "\(large)")
    }

    @Test("control characters and bidi overrides in bank text are refused, raw or escaped; a NUL is found at its line")
    func controlCharacters() {
        for (prompt, expected) in [
            ("\"Clear \\e[2J screen\"", "U+001B (escape)"), ("\"Read \\u202E this\"", "U+202E (right-to-left override)"),
            ("\"Bell \\a\"", "U+0007 (bell)"), ("\"Isolate \\u2066 x\"", "U+2066"), ("\"C1 \\x9B x\"", "U+009B"),
        ] {
            let result = Self.load(Self.dichotomous(prompt: prompt))
            #expect(result.bankSet == nil, "\(prompt)")
            #expect(
                Self.messages(result).contains { $0.contains(expected) && $0.contains("'prompt' in item 'd-1'") },
                "\(Self.messages(result))")
        }
        let raw = Self.load("", raw: "format: rolefit-bank/1\nid: gaps\ntitle: G\u{0}aps\nitems: []\n")
        #expect(raw.bankSet == nil)
        let location = raw.diagnostics.first?.location
        #expect(location?.line == 3 && location?.column == 9, "\(Self.messages(raw))")
        #expect(Self.messages(raw).first?.contains("U+0000 (NUL)") == true)
        let bidi = Self.load("", raw: "format: rolefit-bank/1\nid: gaps\n# a comment \u{202E} hiding text\ntitle: G\nitems: []\n")
        #expect(bidi.diagnostics.first?.location.line == 3, "\(Self.messages(bidi))")
        // Tabs, newlines and CRLF line endings stay allowed.
        let crlf = Self.load(
            "",
            raw: "format: rolefit-bank/1\r\nid: gaps\r\ntitle: \"G\\taps\"\r\nitems:\r\n"
                + Self.dichotomous().replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf.bankSet != nil, "\(Self.messages(crlf))")
    }

    @Test("coverage: no items at all is an error; a weighted area without items is an error; an unweighted one a warning")
    func coverage() throws {
        let empty = Self.load("", raw: "format: rolefit-bank/1\nid: gaps\ntitle: G\nitems: []\n")
        #expect(BankCoverage.diagnostics(for: empty).contains { $0.severity == .error && $0.message.contains("hold no items") })
        let onlyOne = Self.load(Self.dichotomous())
        let found = BankCoverage.diagnostics(for: onlyOne)
        #expect(
            found.contains {
                $0.severity == .error
                    && $0.message.contains("skill area 'market-customer' has no items, but role 'project' weights it 0.1")
            }, "\(found)")
        let full = BankLoader.load(paths: [Fixtures.path("Banks")])
        #expect(BankCoverage.diagnostics(for: full).isEmpty)
        let unweighted = String(decoding: Self.catalogue, as: UTF8.self).replacingOccurrences(
            of: "roles:",
            with: """
                  - id: spare
                    name: Spare
                    description: Nobody weights it.
                roles:
                """)
        let spare = BankLoader.load(documents: [
            ("catalogue.yaml", Data(unweighted.utf8)),
            ("starter.yaml", try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Banks/starter.yaml")))),
        ])
        #expect(BankCoverage.diagnostics(for: spare).map(\.severity) == [.warning], "\(BankCoverage.diagnostics(for: spare))")
    }
}
