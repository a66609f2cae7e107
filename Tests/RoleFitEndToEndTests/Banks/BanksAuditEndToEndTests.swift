import Foundation
import Testing

/// `rolefit banks audit` on the shipped banks: every check within its limit (issue 13's acceptance).
/// Each check is asserted on its own, so a failure names the check that the content still misses.
@Suite("rolefit banks audit")
struct BanksAuditEndToEndTests {
    static let root = RolefitProcess.packageRoot
    static let shipped = root.appendingPathComponent("QuestionBanks").path

    /// The checks of a `--json` report by id (a check id may repeat, e.g. key-position per option count).
    static func checks(_ json: String) throws -> [(id: String, passed: Bool, measured: String)] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let checks = try #require(object["checks"] as? [[String: Any]])
        return checks.compactMap { check in
            guard let id = check["id"] as? String, let passed = check["passed"] as? Bool else { return nil }
            return (id, passed, check["measured"] as? String ?? "")
        }
    }

    @Test("the shipped banks pass every audit check and the command exits 0")
    func shippedBanksPass() throws {
        let outcome = try RolefitProcess.run(["banks", "audit", Self.shipped, "--json"], in: Self.root)
        let checks = try Self.checks(outcome.stdout)
        for id in [
            "decodability", "fully-decodable", "cues-graded", "cues-knowledge", "cues-true-false", "key-position",
            "multiple-response-keys", "near-duplicates", "area-coverage", "distinction-coverage", "reverse-keys",
        ] {
            #expect(checks.contains { $0.id == id }, "the audit has no check '\(id)'")
        }
        for check in checks {
            #expect(check.passed, "\(check.id): \(check.measured)")
        }
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    @Test("the text report ends with a verdict, and a failing bank exits 1 naming the check")
    func textAndExitStatus() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rolefit-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: Self.shipped).appendingPathComponent("catalogue.yaml"),
            to: folder.appendingPathComponent("catalogue.yaml"))
        var bank = "format: rolefit-bank/1\nid: piled\ntitle: Piled\nitems:\n"
        for n in 0..<10 {
            bank += """
                  - id: p-\(n)
                    kind: single-choice
                    area: schedule-time
                    prompt: Question \(n) about the schedule?
                    options: [{text: right \(n), correct: true}, {text: wrong a \(n)}, {text: wrong b \(n)}, {text: wrong c \(n)}]
                    difficulty: easy
                    explanation: Because.

                """
        }
        try bank.write(to: folder.appendingPathComponent("piled.yaml"), atomically: true, encoding: .utf8)
        let outcome = try RolefitProcess.run(["banks", "audit", folder.path], in: Self.root)
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.stdout.contains("FAIL  key-position"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("audit failed:"))
        let broken = try RolefitProcess.run(["banks", "audit", folder.appendingPathComponent("missing").path], in: Self.root)
        #expect(broken.status == 1 && broken.stderr.contains("does not exist"), "\(broken)")
    }
}
