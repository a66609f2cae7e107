import Foundation
import Testing

/// Issue 16: one session runs in one process at a time; session ids and the sessions folder are checked.
@Suite("Reliability: one session, one process")
struct SessionLockEndToEndTests {
    /// Starts a session for `name`, answers `answers` questions, quits and returns the session id.
    static func waitingSession(name: String, answers: Int, in folder: URL, seed: UInt64 = 11) throws -> String {
        let session = try InteractiveRolefit(
            [
                "take", "--format", "jsonl", "--name", name, "--banks", HardeningDriver.banks,
                "--results", "out", "--seed", "\(seed)",
            ], in: folder)
        var sent = 0
        while sent < answers, let object = session.nextQuestionOrEnd(), object["type"] as? String == "question" {
            session.send(HardeningDriver.reply(to: object))
            sent += 1
        }
        _ = session.wait()
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/.sessions").path))
        return try #require(before.sorted().last { $0.contains(ResultNameFragment.safe(name)) }).replacingOccurrences(
            of: ".jsonl", with: "")
    }

    @Test("a second resume of a session in use is refused with a clear message and exit 1")
    func secondResumeRefused() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try Self.waitingSession(name: "Ann", answers: 2, in: folder)
        let first = try InteractiveRolefit(["resume", id, "--format", "jsonl", "--results", "out"], in: folder)
        _ = try #require(first.nextQuestionOrEnd())
        let second = try RolefitProcess.run(["resume", id, "--format", "jsonl", "--results", "out"], in: folder, input: "1\n")
        #expect(second.status == 1, "\(second)")
        #expect(second.stderr.contains("in use by another rolefit process"), "\(second)")
        #expect(second.stderr.contains("pid \(first.process.processIdentifier)"), "\(second)")
        let plain = try RolefitProcess.run(["resume", "--format", "jsonl", "--results", "out"], in: folder, input: "1\n")
        #expect(plain.status == 1 && plain.stderr.contains("in use"), "\(plain)")
        #expect(first.wait() == 0)
    }

    @Test("plain resume never silently picks another person's session")
    func plainResumeAmbiguous() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ann = try Self.waitingSession(name: "Ann", answers: 1, in: folder, seed: 1)
        let bob = try Self.waitingSession(name: "Bob", answers: 1, in: folder, seed: 2)
        let plain = try RolefitProcess.run(["resume", "--format", "jsonl", "--results", "out"], in: folder, input: "")
        #expect(plain.status == 1, "\(plain)")
        #expect(
            plain.stderr.contains(ann) && plain.stderr.contains(bob) && plain.stderr.contains("rolefit resume ID"), "\(plain)")
        // One person's session only: resumed, and it says whose.
        let named = try RolefitProcess.run(["resume", ann, "--format", "jsonl", "--results", "out"], in: folder, input: "")
        #expect(named.status == 0, "\(named)")
        // One answer, since a session quit before its first answer is not kept (issue 15).
        let other = try RolefitProcess.run(
            ["take", "--name", "Ann", "--results", "solo", "--banks", HardeningDriver.banks, "--format", "jsonl"], in: folder,
            input: "1\n")
        #expect(other.status == 0)
        let single = try RolefitProcess.run(["resume", "--format", "jsonl", "--results", "solo"], in: folder, input: "")
        #expect(single.status == 0 && single.stderr.contains("Resuming session") && single.stderr.contains("of Ann"), "\(single)")
    }

    @Test("session ids are tokens: a path never reaches outside the sessions folder")
    func sessionIDsAreTokens() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.appendingPathComponent("evil.jsonl")
        try Data("precious\n".utf8).write(to: outside)
        for id in ["../../evil", "../evil", "/tmp/evil", ".hidden", "a/b", ""] {
            let outcome = try RolefitProcess.run(["resume", id, "--results", "out/x"], in: folder, input: "")
            #expect(outcome.status == 64, "\(id): \(outcome)")
            #expect(outcome.stderr.contains("is not a session id"), "\(id): \(outcome)")
        }
        #expect(try String(contentsOf: outside, encoding: .utf8) == "precious\n")
    }

    @Test("a symlinked or dangling .sessions folder is refused with a clear message")
    func symlinkedSessionsFolder() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        for (results, target) in [("linked", elsewhere.path), ("dangling", folder.appendingPathComponent("nowhere").path)] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(results), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("\(results)/.sessions").path, withDestinationPath: target)
            let take = try RolefitProcess.run(
                ["take", "--name", "Ann", "--banks", HardeningDriver.banks, "--results", results], in: folder, input: "1\n")
            #expect(take.status == 1, "\(take)")
            #expect(take.stderr.contains("is a symbolic link") && !take.stderr.contains(".."), "\(take)")
            let resume = try RolefitProcess.run(["resume", "--results", results], in: folder, input: "")
            #expect(resume.status == 1 && resume.stderr.contains("is a symbolic link"), "\(resume)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test("stress: 20 processes resume one session at random; one at a time, no damaged journal, one result")
    func twentyResumers() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try Self.waitingSession(name: "Shared", answers: 1, in: folder)
        let problems = ProblemList()
        let spans = SpanList()
        let refusals = ProblemList()
        let group = DispatchGroup()
        for index in 0..<20 {
            group.enter()
            Thread {
                defer { group.leave() }
                var random = SplitMix64(seed: UInt64(index) &+ 99)
                Thread.sleep(forTimeInterval: Double(random.next() % 8000) / 1000)
                do {
                    let process = try InteractiveRolefit(["resume", id, "--format", "jsonl", "--results", "out"], in: folder)
                    var start: Date?
                    var answered = 0
                    let quota = 1 + Int(random.next() % 4)
                    while answered < quota, let object = process.nextQuestionOrEnd() {
                        guard object["type"] as? String == "question" else { break }
                        if start == nil { start = Date() }
                        process.send(HardeningDriver.reply(to: object))
                        answered += 1
                    }
                    // Taken before stdin closes, so strictly inside the time this process holds the session;
                    // a start is taken after a question arrived, so strictly inside too.
                    let end = Date()
                    let status = process.wait()
                    let errors = process.standardError()
                    if let start { spans.add(start, end) } else { refusals.add("\(index)") }
                    let refused =
                        errors.contains("in use by another rolefit process") || errors.contains("just finished")
                        || errors.contains("No session '")
                    if !(status == 0 || (status == 1 && refused)) { problems.add("resumer \(index) exited \(status): \(errors)") }
                    if errors.contains("damaged") || errors.contains("journal answers") {
                        problems.add("resumer \(index): \(errors)")
                    }
                } catch {
                    problems.add("resumer \(index) did not run: \(error)")
                }
            }.start()
        }
        group.wait()
        // Finish whatever is left, one at a time.
        for _ in 0..<60
        where FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/.sessions/\(id).jsonl").path) {
            let process = try InteractiveRolefit(["resume", id, "--format", "jsonl", "--results", "out"], in: folder)
            while let object = process.nextQuestionOrEnd(), object["type"] as? String == "question" {
                process.send(HardeningDriver.reply(to: object))
            }
            let status = process.wait()
            if status != 0 { problems.add("final resume exited \(status): \(process.standardError())") }
        }
        #expect(problems.all.isEmpty, "\(problems.all.joined(separator: "\n"))")
        #expect(spans.overlaps().isEmpty, "two processes ran the session at once: \(spans.overlaps())")
        #expect(!spans.all.isEmpty)
        let results = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).filter {
            $0.hasSuffix(".json")
        }
        #expect(results.count == 1, "\(results)")
        let check = try RolefitProcess.run(
            ["report", "out/" + (results.first ?? "missing.json"), "--format", "json"], in: folder)
        #expect(check.status == 0, "\(check)")
        #expect(spans.all.count + refusals.all.count == 20)
        print(
            "session lock stress: 20 resumers, \(spans.all.count) proceeded one at a time, \(refusals.all.count) refused, 1 result"
        )
    }
}

/// The name fragment a session id carries (the result file name's safe name).
enum ResultNameFragment {
    static func safe(_ name: String) -> String { name.lowercased().replacingOccurrences(of: " ", with: "-") }
}

/// Time spans gathered from worker threads.
final class SpanList: @unchecked Sendable {
    private let lock = NSLock()
    private var spans: [(Date, Date)] = []

    func add(_ start: Date, _ end: Date) {
        lock.lock()
        spans.append((start, end))
        lock.unlock()
    }

    var all: [(Date, Date)] {
        lock.lock()
        defer { lock.unlock() }
        return spans
    }

    /// Pairs of spans that overlap.
    func overlaps() -> [String] {
        let sorted = all.sorted { $0.0 < $1.0 }
        return zip(sorted, sorted.dropFirst()).compactMap { earlier, later in
            later.0 < earlier.1 ? "\(earlier) and \(later)" : nil
        }
    }
}
