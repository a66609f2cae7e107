import Foundation
import Testing

@Suite("rolefit banks validate, list and stats")
struct BanksCommandTests {
    static let root = RolefitProcess.packageRoot
    static let shipped = root.appendingPathComponent("QuestionBanks").path
    static let fixtures = root.appendingPathComponent("Tests/RoleFitCoreTests/Fixtures")

    @Test("the shipped banks validate with no errors and no warnings")
    func shippedBanksValidate() throws {
        let outcome = try RolefitProcess.run(["banks", "validate", Self.shipped, "--strict"], in: Self.root)
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.stderr.contains("no problems"))
    }

    @Test(
        "each bad fixture exits 1 with file:line:col diagnostics",
        arguments: [
            "syntax.yaml", "wrong-type.yaml", "missing-field.yaml", "unknown-key.yaml", "unknown-area.yaml", "unknown-role.yaml",
            "two-correct.yaml", "one-option.yaml", "likert-scale.yaml", "thresholds.yaml", "out-of-range.yaml",
            "empty-prompt.yaml",
        ])
    func badFixture(name: String) throws {
        let path = Self.fixtures.appendingPathComponent("BadBanks/\(name)").path
        let outcome = try RolefitProcess.run(["banks", "validate", path], in: Self.root)
        #expect(outcome.status == 1, "\(outcome)")
        let pattern = try Regex("\(NSRegularExpression.escapedPattern(for: name)):[0-9]+:[0-9]+: error: ")
        #expect(outcome.stderr.contains(pattern), "\(outcome)")
        #expect(outcome.stderr.contains("^"))
    }

    @Test("warnings alone exit 0, and --strict makes them fail")
    func warnings() throws {
        let path = Self.fixtures.appendingPathComponent("BadBanks/no-explanation.yaml").path
        #expect(try RolefitProcess.run(["banks", "validate", path], in: Self.root).status == 0)
        #expect(try RolefitProcess.run(["banks", "validate", "--strict", path], in: Self.root).status == 1)
    }

    @Test("stats --json reports at least 320 items, 4 roles and 16 areas of 12 items each")
    func statsJSON() throws {
        let outcome = try RolefitProcess.run(["banks", "stats", "--json", "--banks", Self.shipped], in: Self.root)
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let roles = try #require(json["roles"] as? [[String: Any]])
        let areas = try #require(json["areas"] as? [[String: Any]])
        let banks = try #require(json["banks"] as? [[String: Any]])
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(roles.count == 4)
        #expect(areas.count >= 16)
        #expect(try #require(totals["items"] as? Int) >= 320)
        #expect(totals["byArea"] is [String: Int] && totals["byKind"] is [String: Int])
        #expect(areas.allSatisfy { ($0["items"] as? Int ?? 0) >= 12 })
        #expect(banks.allSatisfy { $0["id"] is String && $0["file"] is String && $0["itemCount"] is Int })
        #expect(areas.allSatisfy { ($0["performanceInformation"] as? [String: Double])?["0"] ?? 0 > 0 })
    }

    @Test("list --json has the same top-level keys")
    func listJSON() throws {
        let outcome = try RolefitProcess.run(["banks", "list", "--json", "--banks", Self.shipped], in: Self.root)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys).isSuperset(of: ["roles", "areas", "banks", "totals"]))
    }

    @Test("a broken bank folder stops a session before it starts, with the diagnostics")
    func brokenBanksStopTake() throws {
        let outcome = try RolefitProcess.run(
            ["take", "--name", "x", "--banks", Self.fixtures.appendingPathComponent("BadCatalogue").path], in: Self.root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("catalogue.yaml:13:5: error:"))
        #expect(outcome.stderr.contains("rolefit banks validate"))
    }
}
