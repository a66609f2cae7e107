import Foundation
import Testing

/// Issue 16: durations are parsed within bounds and never overflow, from the command line or a journal.
@Suite("Reliability: bounded durations")
struct DurationBoundsEndToEndTests {
    @Test(
        "huge, non-finite or empty --time-limit values exit 64 and name the allowed range",
        arguments: [
            "99999999999999999999h", "inf", "3000000000000000h", "nan", "-5m", "0", "", "1e400", "25h", "1x",
        ])
    func refusedTimeLimits(_ value: String) throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try RolefitProcess.run(
            [
                "take", "--name", "Ann", "--time-limit=\(value)", "--banks", HardeningDriver.banks,
                "--results", "out",
            ], in: folder, input: "1\n")
        #expect(outcome.status == 64, "\(outcome)")
        // An empty value is caught by the argument parser ("Missing value"), also with exit 64.
        #expect(outcome.stderr.contains(value.isEmpty ? "Missing value for '--time-limit" : "between 1s and 24h"), "\(outcome)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/.sessions").path))
    }

    /// A session with two answers whose journal is then edited by `edit`; returns its id.
    private func editedSession(in folder: URL, edit: (String) -> String) throws -> String {
        let take = try RolefitProcess.run(
            [
                "take", "--name", "Ann", "--format", "jsonl", "--time-limit", "25m",
                "--banks", HardeningDriver.banks, "--results", "out",
            ], in: folder, input: "1\n2\n")
        #expect(take.status == 0, "\(take)")
        let sessions = folder.appendingPathComponent("out/.sessions")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: sessions.path).first)
        let url = sessions.appendingPathComponent(name)
        try Data(edit(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        return name.replacingOccurrences(of: ".jsonl", with: "")
    }

    @Test("a journal answer of 1.7e308 seconds is refused on read, naming the line and the field")
    func hugeAnswerSeconds() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try editedSession(in: folder) { text in
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines[2] = lines[2].replacingOccurrences(of: #""seconds":"#, with: #""seconds":1.7e308,"x":"#)
            return lines.joined(separator: "\n")
        }
        let outcome = try RolefitProcess.run(["resume", id, "--results", "out"], in: folder, input: "1\n")
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.stderr.contains(":3: answer.seconds") && outcome.stderr.contains("outside 0–86400 seconds"), "\(outcome)")
        #expect(!outcome.stderr.contains("free space"), "\(outcome)")
    }

    @Test("an old journal with a huge time limit resumes in text mode, says so, and :progress works")
    func hugeJournalTimeLimit() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try editedSession(in: folder) {
            $0.replacingOccurrences(of: #""timeLimit":1500"#, with: #""timeLimit":1.08e19"#)
        }
        let outcome = try RolefitProcess.run(["resume", id, "--results", "out"], in: folder, input: ":progress\n")
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.stderr.contains("outside 1 s–24 h; continuing with 1440 min 00 s"), "\(outcome)")
        // Issue 15: the introduction gives the limit to the second ("1440 min 00 s"), no longer rounded to minutes.
        #expect(outcome.stderr.contains("Time limit: 1440 min 00 s") && outcome.stderr.contains("of 1440m00s"), "\(outcome)")
    }
}
