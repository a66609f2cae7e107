import Foundation
import Testing

@Suite("Hardening: sessions killed with SIGKILL at seeded random points")
struct KillResumeTests {
    static let sessions = 100

    @Test("100 sessions killed at random points resume at the question that was due and lose no answer")
    func hundredKilledSessions() throws {
        let problems = ProblemList()
        let outcomes = ProblemList()
        // Two sessions at a time: each worker takes every other seed.
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in stride(from: worker, to: Self.sessions, by: 2) {
                do {
                    try Self.killAndResume(index: index, problems: problems, outcomes: outcomes)
                } catch {
                    problems.add("session \(index): \(error)")
                }
            }
        }
        #expect(problems.all.isEmpty, "\(problems.all.count) problems:\n\(problems.all.prefix(20).joined(separator: "\n"))")
        let kinds = Dictionary(grouping: outcomes.all, by: { $0 }).mapValues(\.count)
        print("kill tests: \(outcomes.all.count) sessions resumed and finished: \(kinds.sorted { $0.key < $1.key })")
        #expect(outcomes.all.count == Self.sessions)
        #expect(
            (kinds["waiting"] ?? 0) > 0 && (kinds["mid-write, answer lost"] ?? 0) + (kinds["mid-write, answer saved"] ?? 0) > 0)
    }

    /// One session: an uninterrupted reference run, then the same session (same seed, same answers)
    /// killed either while a question waits (after k saved answers) or straight after sending answer k+1
    /// (the kill races the journal write after a seeded delay), resumed and finished.
    static func killAndResume(index: Int, problems: ProblemList, outcomes: ProblemList) throws {
        var random = SplitMix64(seed: 0x5EED_0000 &+ UInt64(index))
        let seed = 9_000 + UInt64(index)
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reference = try HardeningDriver.reference(seed: seed, name: "Reference \(index)", in: folder, results: "reference")
        let count = reference.questionIDs.count
        guard count >= 3, reference.resultItemIDs == reference.questionIDs else {
            problems.add(
                "session \(index): reference run asked \(count) questions, result items \(reference.resultItemIDs.count)")
            return
        }
        let midWrite = random.next() % 2 == 1
        // k answers are acknowledged (the next question was shown) before the kill; with midWrite one more is in flight.
        let k = Int(random.next() % UInt64(midWrite ? count - 1 : count))
        let label = "session \(index) (seed \(seed), k=\(k), \(midWrite ? "mid-write" : "waiting"))"

        let first = try InteractiveRolefit(
            [
                "take", "--format", "jsonl", "--name", "Killed \(index)", "--banks", HardeningDriver.banks,
                "--results", "out", "--seed", "\(seed)",
            ], in: folder)
        for turn in 0...k {
            guard let question = first.nextQuestionOrEnd(), question["type"] as? String == "question" else {
                problems.add("\(label): question \(turn + 1) never came")
                first.kill()
                return
            }
            if question["id"] as? String != reference.questionIDs[turn] {
                problems.add(
                    "\(label): question \(turn + 1) is \(question["id"] ?? "?"), the reference asked \(reference.questionIDs[turn])"
                )
            }
            if turn < k || midWrite { first.send(HardeningDriver.reply(to: question)) }
        }
        // Mid-write kills land a seeded 0–30 ms after the answer was sent: before it is read, while it
        // is journaled, or after; each outcome must resume correctly.
        if midWrite { usleep(useconds_t(random.next() % 30_000)) }
        first.kill()

        // Resumed by its id: `resume --latest` skips journals without answers (issue 15: an empty one is
        // most likely someone else's aborted start), and a kill before the first answer leaves one.
        let waiting =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/.sessions").path)) ?? []
        guard let journalName = waiting.first(where: { $0.hasSuffix(".jsonl") }),
            waiting.filter({ $0.hasSuffix(".jsonl") }).count == 1
        else {
            problems.add("\(label): expected one journal after the kill, found \(waiting)")
            return
        }
        let resumed = try InteractiveRolefit(
            ["resume", String(journalName.dropLast(6)), "--format", "jsonl", "--results", "out"], in: folder)
        guard let again = resumed.nextQuestionOrEnd(), again["type"] as? String == "question", let index1 = again["index"] as? Int
        else {
            problems.add("\(label): the resumed session showed no question; stderr: \(resumed.standardErrorAfterKill())")
            return
        }
        let allowed = midWrite ? [k + 1, k + 2] : [k + 1]
        if !allowed.contains(index1) {
            problems.add("\(label): resumed at question \(index1), expected \(allowed)")
        }
        var question: [String: Any]? = again
        var result: [String: Any]?
        while let current = question {
            if current["type"] as? String == "result" {
                result = current
                break
            }
            let position = (current["index"] as? Int ?? 0) - 1
            if current["type"] as? String != "question" || !reference.questionIDs.indices.contains(position)
                || current["id"] as? String != reference.questionIDs[position]
            {
                problems.add("\(label): after resume got \(current), not the reference's question \(position + 1)")
                break
            }
            resumed.send(HardeningDriver.reply(to: current))
            question = resumed.nextQuestionOrEnd()
        }
        let status = resumed.wait()
        if status != 0 { problems.add("\(label): resume exited \(status): \(resumed.standardError())") }
        guard let document = result?["result"] as? [String: Any], let items = document["items"] as? [[String: Any]] else {
            problems.add("\(label): no result after resume")
            return
        }
        let ids = items.compactMap { $0["id"] as? String }
        if ids != reference.questionIDs {
            problems.add("\(label): result items \(ids) differ from the reference \(reference.questionIDs)")
        }
        let responses = items.map { $0["response"].map { "\($0)" } ?? "none" }
        let referenceFile = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reference").path)
            .first { $0.hasSuffix(".json") }
        if let referenceFile,
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent("reference/\(referenceFile)").path),
            let referenceDocument = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let referenceItems = referenceDocument["items"] as? [[String: Any]]
        {
            let expected = referenceItems.map { $0["response"].map { "\($0)" } ?? "none" }
            if responses != expected { problems.add("\(label): responses differ from the reference run") }
        } else {
            problems.add("\(label): the reference result file is missing")
        }
        outcomes.add(!midWrite ? "waiting" : index1 == k + 2 ? "mid-write, answer saved" : "mid-write, answer lost")
        if (document["integrity"] as? [String: Any])?["resumeCount"] as? Int != 1 {
            problems.add("\(label): integrity.resumeCount is not 1")
        }
        let journals =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/.sessions").path)) ?? []
        if !journals.isEmpty { problems.add("\(label): journals left behind: \(journals)") }
    }
}
