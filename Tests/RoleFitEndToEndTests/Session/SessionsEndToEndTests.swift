import Foundation
import RoleFitCore
import Testing

@Suite("Unfinished sessions: listed, discarded, never empty, and hints that work when pasted")
struct SessionsEndToEndTests {
    private let banks = RolefitProcess.shippedBanks.path

    /// The command on the line after "Continue any time with:".
    private func resumeHint(_ text: String) -> String? {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let index = lines.firstIndex(where: { $0.hasSuffix("Continue any time with:") }), index + 1 < lines.count else {
            return nil
        }
        return lines[index + 1]
    }

    @Test("the quit hint carries --results and, pasted into a shell, resumes that same session")
    func quitHintWorks() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let quit = try RolefitProcess.run(
            ["take", "--name", "Ana B", "--banks", banks, "--results", "my out", "--seed", "2"],
            in: folder, input: "1\n:quit\n")
        #expect(quit.status == 0, "\(quit)")
        let hint = try #require(resumeHint(quit.stderr), "no hint:\n\(quit.stderr)")
        #expect(hint.hasPrefix("rolefit resume ") && hint.hasSuffix(" --results 'my out'"), "\(hint)")
        // Another session waits in the default folder: the hint must not land there.
        _ = try RolefitProcess.run(["take", "--name", "Other", "--banks", banks, "--seed", "3"], in: folder, input: "1\n:quit\n")
        let pasted = RolefitProcess.binary.path + hint.dropFirst("rolefit".count)
        let resumed = try ProcessRunner.run("/bin/bash", ["-c", "cd \(folder.path) && NO_COLOR=1 \(pasted) < /dev/null"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("Welcome back: your 1 earlier answer is restored"), "\(resumed.stderr)")
        #expect(resumeHint(resumed.stderr) == hint)
    }

    @Test("a session quit before its first answer is not kept; sessions lists and discards; resume skips empty journals")
    func listAndDiscard() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try RolefitProcess.run(
            ["take", "--name", "Zed", "--banks", banks, "--results", "out"], in: folder, input: ":quit\n")
        #expect(empty.stderr.contains("Nothing was answered, so no session was kept."), "\(empty)")
        let none = try RolefitProcess.run(["sessions", "--results", "out"], in: folder)
        #expect(none.status == 0 && none.stdout.contains("No unfinished sessions in out/"), "\(none)")

        // An empty journal left by a crash (a header, no answers) is listed but never picked by resume.
        let results = folder.appendingPathComponent("out").path
        let crashed = SessionJournal(resultsFolder: results, sessionID: "2026-01-01T00-00-00_someone-else_abc")
        try crashed.create(
            SessionJournal.Header(
                sessionID: crashed.sessionID, candidate: "Someone Else", settings: SessionSettings(seed: 1),
                banksFolder: banks, banks: [], startedAt: Date().addingTimeInterval(-7200)))
        let latest = try RolefitProcess.run(["resume", "--latest", "--results", "out"], in: folder, input: "")
        #expect(latest.status == 1, "\(latest)")
        #expect(
            latest.stderr.contains("have no answers to continue") && latest.stderr.contains("rolefit sessions --results out"),
            "\(latest)")

        _ = try RolefitProcess.run(
            ["take", "--name", "Ana", "--banks", banks, "--results", "out", "--seed", "2"], in: folder, input: "1\n2\n:quit\n")
        let listed = try RolefitProcess.run(["sessions", "--results", "out"], in: folder)
        #expect(listed.status == 0, "\(listed)")
        let rows = listed.stdout.split(separator: "\n").map(String.init)
        let ana = try #require(rows.first { $0.contains(" Ana ") }, "\(listed.stdout)")
        #expect(ana.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first == "2", "\(ana)")
        #expect(ana.contains("just now"))
        let someone = try #require(rows.first { $0.contains("Someone Else") }, "\(listed.stdout)")
        #expect(someone.contains(" 0 ") && someone.contains("2 h"), "\(someone)")
        #expect(listed.stdout.contains("rolefit sessions discard SESSION --results out"))

        // --latest continues Ana's session, not the empty one.
        let resumed = try RolefitProcess.run(["resume", "--latest", "--results", "out"], in: folder, input: "")
        #expect(resumed.stderr.contains("of Ana (2 answers so far)"), "\(resumed)")

        let discarded = try RolefitProcess.run(["sessions", "discard", crashed.sessionID, "--results", "out"], in: folder)
        #expect(
            discarded.status == 0
                && discarded.stdout.contains("Discarded session \(crashed.sessionID) (Someone Else, 0 answers)."), "\(discarded)")
        #expect(!FileManager.default.fileExists(atPath: crashed.path))
        let again = try RolefitProcess.run(["sessions", "discard", crashed.sessionID, "--results", "out"], in: folder)
        #expect(again.status == 1 && again.stderr.contains("no unfinished session"), "\(again)")
        let bad = try RolefitProcess.run(["sessions", "discard", "../x", "--results", "out"], in: folder)
        #expect(bad.status == 64, "\(bad)")
    }

    @Test("the result file is named like the session id, and the html hint writes a file instead of flooding the terminal")
    func resultNameAndReportHint() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try RolefitProcess.run(
            ["take", "--name", "Fin", "--banks", banks, "--results", "out", "--seed", "2", "--max-items", "2"],
            in: folder, input: "1\n1\n")
        #expect(run.status == 0, "\(run)")
        let file = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
                .first { $0.hasSuffix(".json") })
        let document = try ResultFileReader.read(path: folder.appendingPathComponent("out/\(file)").path).get()
        #expect(document.sessionID.hasPrefix(String(file.dropLast(5)) + "_"), "\(document.sessionID) vs \(file)")
        let hint = try #require(
            run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .first { $0.hasPrefix("rolefit report ") }, "\(run.stdout)")
        #expect(hint == "rolefit report out/\(file) --format html --output out/\(file.dropLast(5)).html")
        let pasted = RolefitProcess.binary.path + hint.dropFirst("rolefit".count)
        let report = try ProcessRunner.run("/bin/bash", ["-c", "cd \(folder.path) && \(pasted)"])
        #expect(report.status == 0 && report.stdout.count < 500, "\(report.stdout.prefix(300))")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/\(file.dropLast(5)).html").path))
    }
}
