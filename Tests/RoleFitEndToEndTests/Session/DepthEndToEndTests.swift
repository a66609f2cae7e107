import Foundation
import RoleFitCore
import Testing

/// `take --depth` sets the session's depth and its default question cap; the journal keeps it, so
/// `resume` finishes the session at the depth it started with.
@Suite struct DepthEndToEndTests {
    static let banks = RolefitProcess.shippedBanks.path

    /// The result object of a jsonl run's last line.
    static func result(_ run: RolefitProcess.Outcome) throws -> [String: Any] {
        let line = try #require(run.stdout.split(separator: "\n").last { $0.contains("\"type\":\"result\"") }, "\(run)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        return try #require(object["result"] as? [String: Any])
    }

    @Test("each depth is written into the result with its default cap; an explicit --max-items wins")
    func depths() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = String(repeating: "2\n", count: 120)
        for (depth, cap, extra) in [
            ("quick", SessionDepth.quick.defaultMaxItems, [String]()), ("thorough", SessionDepth.thorough.defaultMaxItems, []),
            ("quick", 12, ["--max-items", "12"]),
        ] {
            let run = try RolefitProcess.run(
                [
                    "take", "--depth", depth, "--name", "D", "--banks", Self.banks, "--results", "out", "--seed", "4", "--format",
                    "jsonl",
                ]
                    + extra, in: folder, input: answers)
            #expect(run.status == 0, "\(run)")
            let result = try Self.result(run)
            let settings = try #require(result["settings"] as? [String: Any])
            #expect(result["depth"] as? String == depth && settings["depth"] as? String == depth)
            #expect(settings["maxItems"] as? Int == cap)
            #expect((result["items"] as? [Any])?.count ?? 0 <= cap)
        }
        let bad = try RolefitProcess.run(["take", "--depth", "deep", "--banks", Self.banks], in: folder)
        #expect(bad.status == 64 && bad.stderr.contains("'quick', 'standard' or 'thorough'"), "\(bad)")
    }

    @Test("resume keeps the depth the session started with")
    func resumeKeepsTheDepth() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try RolefitProcess.run(
            ["take", "--depth", "quick", "--name", "Dee", "--banks", Self.banks, "--results", "out", "--seed", "3"],
            in: folder, input: "1\n:quit\n")
        #expect(first.status == 0, "\(first)")
        let resumed = try RolefitProcess.run(
            ["resume", "--latest", "--results", "out", "--format", "jsonl"], in: folder,
            input: String(repeating: "1\n", count: 120))
        #expect(resumed.status == 0, "\(resumed)")
        let result = try Self.result(resumed)
        #expect(result["depth"] as? String == "quick")
        #expect((result["settings"] as? [String: Any])?["maxItems"] as? Int == SessionDepth.quick.defaultMaxItems)
    }
}
