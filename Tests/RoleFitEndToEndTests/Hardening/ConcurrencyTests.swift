import Foundation
import Testing

@Suite("Hardening: many sessions on one results folder")
struct ConcurrencyTests {
    static let sessions = 10

    @Test("10 sessions at once (same name) give 10 distinct valid result files; team never reads a half-written one")
    func tenSessionsAndTeam() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        // One finished result first, so every team run has something to read.
        _ = try HardeningDriver.reference(seed: 5, name: "First", in: folder, results: "out")
        let problems = ProblemList()
        let finished = ProblemList()
        let teamRuns = ProblemList()
        let group = DispatchGroup()
        // While the sessions run, `team` reads the folder over and over.
        let sessionsDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async(group: group) {
            while sessionsDone.wait(timeout: .now()) == .timedOut {
                do {
                    let team = try RolefitProcess.run(["team", "--results", "out", "--format", "json"], in: folder)
                    teamRuns.add("\(team.status)")
                    if team.status != 0 || !team.stderr.isEmpty {
                        problems.add("team exited \(team.status) while sessions were writing: \(team.stderr)")
                    } else if let object = try? JSONSerialization.jsonObject(with: Data(team.stdout.utf8)) as? [String: Any],
                        let members = object["memberCount"] as? Int, (1...(Self.sessions + 1)).contains(members)
                    {
                        continue
                    } else {
                        problems.add("team printed no usable report: \(team.stdout.prefix(200))")
                    }
                } catch {
                    problems.add("team did not run: \(error)")
                }
            }
        }
        // Ten threads, so all ten processes really run at once (concurrentPerform would cap them at the core count).
        let sessionGroup = DispatchGroup()
        for index in 0..<Self.sessions {
            sessionGroup.enter()
            Thread {
                defer { sessionGroup.leave() }
                do {
                    let answers = (0..<80).map { String(1 + ($0 + index) % 2) }.joined(separator: "\n") + "\n"
                    let outcome = try RolefitProcess.run(
                        [
                            "take", "--name", "Same Person", "--banks", HardeningDriver.banks,
                            "--results", "out", "--seed", "\(300 + index)",
                        ], in: folder, input: answers)
                    if outcome.status != 0 { problems.add("session \(index): \(outcome)") } else { finished.add("\(index)") }
                } catch {
                    problems.add("session \(index) did not run: \(error)")
                }
            }.start()
        }
        sessionGroup.wait()
        sessionsDone.signal()
        group.wait()
        #expect(problems.all.isEmpty, "\(problems.all.joined(separator: "\n"))")
        #expect(finished.all.count == Self.sessions)
        #expect(!teamRuns.all.isEmpty)
        print("concurrency: \(Self.sessions) sessions finished while team read the folder \(teamRuns.all.count) times")

        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        let results = names.filter { $0.hasSuffix("_same-person.json") || $0.contains("_same-person-") && $0.hasSuffix(".json") }
        #expect(results.count == Self.sessions, "\(names)")
        #expect(!names.contains { $0.hasPrefix(".tmp-") })
        var sessionIDs = Set<String>()
        for name in results {
            let data = try Data(contentsOf: folder.appendingPathComponent("out/\(name)"))
            let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(name)")
            #expect(document["schema"] as? String == "rolefit-result/1")
            #expect((document["items"] as? [Any])?.isEmpty == false)
            sessionIDs.insert(try #require(document["sessionID"] as? String))
        }
        #expect(sessionIDs.count == Self.sessions)
        let team = try RolefitProcess.run(["team", "--results", "out", "--format", "json"], in: folder)
        #expect(team.status == 0 && team.stderr.isEmpty, "\(team)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(team.stdout.utf8)) as? [String: Any])
        #expect(object["memberCount"] as? Int == Self.sessions + 1)
    }
}
