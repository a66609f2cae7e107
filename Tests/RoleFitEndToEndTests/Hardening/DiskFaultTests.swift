import Foundation
import Testing

/// Disk faults are injected through the file layer (`ROLEFIT_FAULTS`, read by DurableFile): the tests
/// run as root in CI, where a read-only folder cannot be made with permissions.
@Suite("Hardening: read-only and full disks")
struct DiskFaultTests {
    /// A folder with one finished result in `out/`, to check that faults never damage what was saved.
    private func folderWithOneResult() throws -> URL {
        let folder = try RolefitProcess.workspace()
        _ = try HardeningDriver.reference(seed: 41, name: "Earlier", in: folder, results: "out")
        return folder
    }

    private func savedFiles(in folder: URL) -> [String: Data] {
        HardeningDriver.snapshot(of: folder.appendingPathComponent("out"))
    }

    @Test("a read-only results folder: take refuses to start with a clear message, exit 1, nothing touched")
    func readOnlyTake() throws {
        let folder = try folderWithOneResult()
        let before = savedFiles(in: folder)
        #expect(before.keys.contains { $0.hasSuffix(".json") })
        let outcome = try RolefitProcess.run(
            ["take", "--name", "Blocked", "--banks", HardeningDriver.banks, "--results", "out", "--seed", "3"],
            in: folder, input: "1\n2\n", environment: ["ROLEFIT_FAULTS": "erofs"])
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.stderr.contains("Cannot start a session journal"), "\(outcome)")
        #expect(outcome.stderr.contains("Read-only file system"), "\(outcome)")
        #expect(outcome.stderr.contains("--results DIR"), "\(outcome)")
        #expect(!outcome.stderr.contains("Fatal error") && !outcome.stderr.contains("Stack dump"), "\(outcome)")
        #expect(savedFiles(in: folder) == before)
    }

    @Test("a read-only results folder: resume refuses with a clear message and the journal is unchanged")
    func readOnlyResume() throws {
        let folder = try folderWithOneResult()
        let session = try InteractiveRolefit(
            [
                "take", "--format", "jsonl", "--name", "Paused", "--banks", HardeningDriver.banks,
                "--results", "out", "--seed", "8",
            ], in: folder)
        for _ in 0..<3 {
            let question = try #require(session.nextQuestionOrEnd())
            session.send(HardeningDriver.reply(to: question))
        }
        _ = try #require(session.nextQuestionOrEnd())
        session.kill()
        let before = savedFiles(in: folder)
        let outcome = try RolefitProcess.run(
            ["resume", "--latest", "--results", "out"], in: folder, input: "1\n",
            environment: ["ROLEFIT_FAULTS": "erofs"])
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.stderr.contains("Cannot write to the session journal"), "\(outcome)")
        #expect(outcome.stderr.contains("Read-only file system"), "\(outcome)")
        #expect(savedFiles(in: folder) == before)
        // Once the disk is writable again the session resumes with its three answers.
        let resumed = try InteractiveRolefit(["resume", "--latest", "--format", "jsonl", "--results", "out"], in: folder)
        let due = try #require(resumed.nextQuestionOrEnd())
        #expect(due["index"] as? Int == 4)
        resumed.kill()
    }

    @Test(
        "the disk fills during a session: the person is told where the answers are, and none is lost", arguments: [1_800, 3_000])
    func fullDiskDuringSession(budget: Int) throws {
        let folder = try folderWithOneResult()
        let before = savedFiles(in: folder)
        let session = try InteractiveRolefit(
            [
                "take", "--format", "jsonl", "--name", "Full Disk", "--banks", HardeningDriver.banks,
                "--results", "out", "--seed", "77",
            ], in: folder,
            environment: ["ROLEFIT_FAULTS": "enospc-after=\(budget)"])
        var acknowledged: [String] = []
        var current = try #require(session.nextQuestionOrEnd())
        var failure: String?
        answering: while true {
            #expect(current["type"] as? String == "question", "\(current)")
            session.send(HardeningDriver.reply(to: current))
            while let next = session.nextObject() {
                switch next["type"] as? String {
                case "question":
                    acknowledged.append(try #require(current["id"] as? String))
                    current = next
                    continue answering
                case "error":
                    failure = next["message"] as? String
                    break answering
                case "result", "saved":
                    Issue.record("the session ended although the disk was full: \(next)")
                    break answering
                default:
                    continue
                }
            }
            break
        }
        let message = try #require(failure, "the full disk was never reported")
        #expect(message.contains("No space left on device"), "\(message)")
        #expect(message.contains(".sessions/"), "the message names the journal: \(message)")
        #expect(message.contains("the \(acknowledged.count) earlier answers"), "\(message)")
        #expect(!acknowledged.isEmpty)
        session.send(":quit")
        let saved = try #require(session.nextQuestionOrEnd())
        #expect(saved["type"] as? String == "saved", "\(saved)")
        #expect(session.wait() == 0)

        // Nothing saved earlier changed; the journal holds exactly the acknowledged answers, no torn line.
        let after = savedFiles(in: folder)
        for (name, data) in before { #expect(after[name] == data, "\(name) changed") }
        let journals = after.keys.filter { $0.hasPrefix(".sessions/") && $0.hasSuffix(".jsonl") }
        #expect(journals.count == 1)
        let journal = try #require(journals.first.flatMap { after[$0] })
        #expect(journal.last == UInt8(ascii: "\n"), "the journal ends with a complete line")
        let lines = journal.split(separator: UInt8(ascii: "\n"))
        let answered = try lines.dropFirst().map { line -> String in
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            return try #require((event["answer"] as? [String: Any])?["itemID"] as? String)
        }
        #expect(answered == acknowledged)

        // With space again, the session resumes at the question whose answer could not be saved.
        let resumed = try InteractiveRolefit(["resume", "--latest", "--format", "jsonl", "--results", "out"], in: folder)
        let due = try #require(resumed.nextQuestionOrEnd())
        #expect(due["id"] as? String == current["id"] as? String)
        var question: [String: Any]? = due
        var result: [String: Any]?
        while let next = question {
            if next["type"] as? String == "result" {
                result = next
                break
            }
            resumed.send(HardeningDriver.reply(to: next))
            question = resumed.nextQuestionOrEnd()
        }
        #expect(resumed.wait() == 0)
        let items = try #require((result?["result"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(Array(items.prefix(acknowledged.count)).compactMap { $0["id"] as? String } == acknowledged)
    }

    @Test("the disk fills when the result is saved: exit 1, the journal keeps every answer, no partial result")
    func fullDiskAtResult() throws {
        let folder = try folderWithOneResult()
        let before = savedFiles(in: folder)
        // The journal of a whole session is under 12 kB; the result document is far larger.
        let session = try InteractiveRolefit(
            [
                "take", "--format", "jsonl", "--name", "Almost", "--banks", HardeningDriver.banks,
                "--results", "out", "--seed", "77",
            ], in: folder,
            environment: ["ROLEFIT_FAULTS": "enospc-after=12000"])
        var asked: [String] = []
        var failure: String?
        while let object = session.nextObject() {
            let type = object["type"] as? String
            if type == "question" {
                asked.append(try #require(object["id"] as? String))
                session.send(HardeningDriver.reply(to: object))
            } else if type == "error" {
                failure = object["message"] as? String
            } else if type == "result" {
                Issue.record("a result was reported although it could not be written")
            }
        }
        #expect(session.wait() == 1)
        let message = try #require(failure)
        #expect(message.contains("Could not save the result"), "\(message)")
        #expect(message.contains("Your answers are safe in"), "\(message)")
        #expect(message.contains("rolefit resume"), "\(message)")
        let after = savedFiles(in: folder)
        #expect(
            after.keys.filter { $0.hasSuffix(".json") } == before.keys.filter { $0.hasSuffix(".json") }, "no partial result file")
        #expect(!after.keys.contains { ($0 as NSString).lastPathComponent.hasPrefix(".tmp-") }, "no temporary file left")
        for (name, data) in before { #expect(after[name] == data, "\(name) changed") }

        // Resuming with space writes the result with every answer.
        let resumed = try RolefitProcess.run(["resume", "--latest", "--results", "out"], in: folder, input: "")
        #expect(resumed.status == 0, "\(resumed)")
        let files = HardeningDriver.snapshot(of: folder.appendingPathComponent("out")).filter { $0.key.hasSuffix("_almost.json") }
        #expect(files.count == 1)
        let document = try #require(
            try files.first.flatMap { try JSONSerialization.jsonObject(with: $0.value) as? [String: Any] })
        #expect((document["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == asked)
    }
}
