import Foundation
import Testing

@Suite("A misspelt command gets a did-you-mean, not another command's usage")
struct CommandSuggestionEndToEndTests {
    @Test(
        "misspelt commands at every level",
        arguments: [
            (["reprot", "x.json"], "unknown command 'reprot'; did you mean 'report'? See `rolefit --help`."),
            (["banks", "valdate"], "unknown command 'valdate'; did you mean 'validate'? See `rolefit banks --help`."),
            (["sessions", "dicard", "x"], "unknown command 'dicard'; did you mean 'discard'?"),
            (["zzzz"], "unknown command 'zzzz' (commands: take, resume, sessions, report,"),
        ])
    func suggestion(_ arguments: [String], _ expected: String) throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try RolefitProcess.run(arguments, in: folder)
        #expect(outcome.status == 64, "\(outcome)")
        #expect(outcome.stderr.contains(expected), "\(outcome)")
        #expect(!outcome.stderr.contains("USAGE"), "\(outcome)")
    }

    @Test("real commands, options and help still parse")
    func unaffected() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try RolefitProcess.run(["--version"], in: folder).status == 0)
        #expect(try RolefitProcess.run(["help", "report"], in: folder).status == 0)
        #expect(try RolefitProcess.run(["sessions"], in: folder).status == 0)
        let report = try RolefitProcess.run(["report", "missing.json"], in: folder)
        #expect(report.status == 1 && !report.stderr.contains("unknown command"), "\(report)")
    }
}
