import Foundation
import RoleFitCore
import Testing

@Suite("The calibration file beside the banks")
struct CalibrationFileTests {
    /// The fixture banks folder with `calibration.json` holding `text`; `hash` replaces the starter
    /// bank's real SHA-256 in `$HASH`.
    func load(_ text: String, hash: String? = nil) throws -> (BankLoadResult, String) {
        let folder = try Fixtures.temporaryFolder()
        for name in ["catalogue.yaml", "starter.yaml"] {
            try FileManager.default.copyItem(
                atPath: Fixtures.path("Banks/\(name)"), toPath: folder.appendingPathComponent(name).path)
        }
        let authored = BankLoader.load(paths: [folder.path]).bankSet
        let real = authored?.banks.first { $0.id == "starter" }?.contentHash ?? ""
        let file = folder.appendingPathComponent("calibration.json")
        try text.replacingOccurrences(of: "$HASH", with: hash ?? real).write(to: file, atomically: true, encoding: .utf8)
        return (BankLoader.load(paths: [folder.path]), file.path)
    }

    /// A calibration document whose `items` list is `items` (a JSON fragment); items start on line 11.
    func document(_ items: String) -> String {
        """
        {
          "banks": [{"id": "starter", "items": 7, "sha256": "$HASH"}],
          "created": "2026-12-01T12:00:00Z",
          "format": "rolefit-calibration/1",
          "kept": [],
          "minAnswers": 200,
          "roleChoice": {"answers": 900, "hitRate": 0.68, "se": 0.01, "sessions": 300},
          "sessions": 300,
          "source": "Results",
          "items": [
        \(items)
          ]
        }
        """
    }

    @Test("A valid file replaces the authored parameters: 3PL, GRM, GPCM and a role table; the items are no longer provisional")
    func applied() throws {
        let (result, _) = try load(
            document(
                """
                {"id": "st-001", "n": 250, "irt": {"a": 1.3, "b": 0.2, "c": 0.21}, "se": {"a": 0.1, "b": 0.1, "c": 0.03}},
                {"id": "st-007", "n": 250, "irt": {"a": 0.9, "thresholds": [-1.8, -0.6, 0.4, 1.7]}},
                {"id": "st-004", "n": 250, "irt": {"a": 0.8, "steps": [0.3, -0.2]}},
                {"id": "st-005", "n": 250, "table": {"project": [0.6, 0.2, 0.2], "product": [0.2, 0.6, 0.2], "tpm": [0.2, 0.2, 0.6]}}
                """))
        let set = try #require(result.bankSet, "\(result.diagnostics)")
        #expect(!result.diagnostics.containsErrors)
        let items = Dictionary(uniqueKeysWithValues: set.items.map { ($0.id, $0) })
        #expect(items["st-001"]?.parameters == .dichotomous(a: 1.3, b: 0.2, c: 0.21))
        #expect(items["st-001"]?.isProvisional == false)
        #expect(items["st-007"]?.parameters == .graded(a: 0.9, thresholds: [-1.8, -0.6, 0.4, 1.7]))
        #expect(items["st-004"]?.parameters == .partialCredit(a: 0.8, steps: [0.3, -0.2]))
        #expect(items["st-005"]?.parameters == .roleTable([[0.6, 0.2, 0.2], [0.2, 0.6, 0.2], [0.2, 0.2, 0.6]]))
        // Not named: unchanged.
        #expect(items["st-006"]?.parameters == .graded(a: 1.5, thresholds: [-1.5, -0.5, 0.5, 1.5]))
    }

    @Test(
        "Errors are located in the calibration file and stop the load",
        arguments: [
            (#"{"id": "st-001", "n": 250, "irt": {"a": -1, "b": 0.2, "c": 0.2}}"#, 11, "must be > 0"),
            (#"{"id": "st-001", "n": 250, "irt": {"a": 1, "steps": [0.1]}}"#, 11, "unknown key 'steps'"),
            (#"{"id": "st-001", "n": 250, "table": {"project": [1, 0, 0]}}"#, 11, "take 'irt' parameters"),
            (#"{"id": "st-004", "n": 250, "irt": {"a": 1, "steps": [0.1]}}"#, 11, "has 1 steps but the item has 2"),
            (#"{"id": "st-007", "n": 250, "irt": {"a": 1, "thresholds": [1, 0, 2, 3]}}"#, 11, "not increasing"),
            (
                #"{"id": "st-005", "n": 9, "table": {"project": [0.5, 0.2, 0.2], "product": [0.2, 0.6, 0.2], "tpm": [0.2, 0.2, 0.6]}}"#,
                11, "sums to 0.9"
            ),
            (#"{"id": "st-005", "n": 9, "table": {"project": [0.6, 0.2, 0.2]}}"#, 11, "no row for 'product', 'tpm'"),
            (#"{"id": "st-001", "n": "many", "irt": {"a": 1, "b": 0}}"#, 11, "must be a whole number"),
            (#"{"id": "st-001", "n": 250, "irt": {"a": 1, "b": "x"}}"#, 11, "must be a number"),
        ])
    func errors(entry: String, line: Int, message: String) throws {
        let (result, path) = try load(document(entry))
        #expect(result.bankSet == nil)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(
            errors.contains { $0.location.file == path && $0.location.line == line && $0.message.contains(message) }, "\(errors)")
    }

    @Test("A garbled file is a located parse error")
    func garbled() throws {
        let (result, path) = try load("{\n  \"format\": \"rolefit-calibration/1\",\n  \"items\": [\n")
        #expect(result.bankSet == nil)
        #expect(
            result.diagnostics.contains { $0.severity == .error && $0.location.file == path && $0.location.line >= 3 },
            "\(result.diagnostics)")
    }

    @Test("A calibration of another version of the bank is not applied: one warning at the fingerprint, authored values kept")
    func staleBank() throws {
        let (result, path) = try load(
            document(#"{"id": "st-001", "n": 250, "irt": {"a": 1.3, "b": 0.2, "c": 0.21}}"#),
            hash: String(repeating: "a", count: 64))
        let set = try #require(result.bankSet, "\(result.diagnostics)")
        #expect(set.items.first { $0.id == "st-001" }?.isProvisional == true)
        let warnings = result.diagnostics.filter { $0.severity == .warning && $0.location.file == path }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.line == 2)
        #expect(warnings.first?.message.contains("bank 'starter' has changed since this calibration") == true, "\(warnings)")
    }

    @Test("An item the banks do not hold is a warning and ignored")
    func unknownItem() throws {
        let (result, path) = try load(document(#"{"id": "gone-001", "n": 250, "irt": {"a": 1.3, "b": 0.2}}"#))
        #expect(result.bankSet != nil)
        #expect(
            result.diagnostics.contains {
                $0.severity == .warning && $0.location.file == path && $0.location.line == 11
                    && $0.message.contains("'gone-001' is not in the loaded banks")
            }, "\(result.diagnostics)")
    }
}
