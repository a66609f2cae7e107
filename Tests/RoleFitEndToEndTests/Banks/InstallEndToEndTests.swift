import Foundation
import Testing

@Suite("make install: the binary finds the shipped banks from any folder")
struct InstallEndToEndTests {
    @Test("make install PREFIX=tmp, then tmp/bin/rolefit take from / starts a session on the shipped banks")
    func installedBinaryRunsAnywhere() throws {
        let prefix = try RolefitProcess.workspace().appendingPathComponent("prefix")
        defer { try? FileManager.default.removeItem(at: prefix.deletingLastPathComponent()) }
        // The tests run inside `swift test`, which holds the build folder: the build step is skipped
        // (SWIFT=true) and the already built binary installed (BIN_DIR); the rest is `make install` itself.
        let binDir = RolefitProcess.binary.deletingLastPathComponent().path
        let make = try ProcessRunner.run(
            "/usr/bin/env",
            [
                "make", "-C", RolefitProcess.packageRoot.path, "install",
                "PREFIX=\(prefix.path)", "SWIFT=true", "BIN_DIR=\(binDir)",
            ])
        try #require(make.status == 0, "make install failed:\n\(make.stdout)\n\(make.stderr)")
        let installed = prefix.appendingPathComponent("bin/rolefit").path
        #expect(FileManager.default.isExecutableFile(atPath: installed))
        #expect(
            FileManager.default.fileExists(
                atPath: prefix.appendingPathComponent("share/rolefit/QuestionBanks/catalogue.yaml").path))

        let results = prefix.deletingLastPathComponent().appendingPathComponent("results").path
        let input = prefix.deletingLastPathComponent().appendingPathComponent("answers.txt").path
        try "1\n".write(toFile: input, atomically: true, encoding: .utf8)
        let session = try ProcessRunner.run(
            "/bin/bash",
            [
                "-c",
                "cd / && env -u ROLEFIT_BANKS NO_COLOR=1 ROLEFIT_RESULTS=\(results) \(installed) take --name Installed < \(input)",
            ])
        #expect(session.status == 0, "\(session.stdout)\n\(session.stderr)")
        #expect(session.stderr.contains("Question 1"), "no session started:\n\(session.stderr)")
        #expect(session.stderr.contains("Question 2"), "the answer was not taken:\n\(session.stderr)")

        // A missing folder says so and how to fix it, whether searched or named.
        let missing = try ProcessRunner.run(
            "/bin/bash",
            [
                "-c",
                "cd / && env -u ROLEFIT_BANKS \(RolefitProcess.binary.path) take --name X",
            ])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("No question banks found; looked in"), "\(missing.stderr)")
        #expect(
            missing.stderr.contains("make install PREFIX=DIR") && !missing.stderr.contains("have errors"), "\(missing.stderr)")
        let named = try ProcessRunner.run("/bin/bash", ["-c", "cd / && \(RolefitProcess.binary.path) take --banks /nonexistent"])
        #expect(named.status == 1)
        #expect(
            named.stderr.contains("No question banks at '/nonexistent': it does not exist. Pass --banks DIR"), "\(named.stderr)")
        #expect(!named.stderr.contains("have errors"))
    }
}
