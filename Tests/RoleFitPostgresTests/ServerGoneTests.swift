import Foundation
import Testing

/// The database server stops in the middle of a session (its own cluster, so other tests are not touched).
@Suite("A server that goes away mid-session")
struct ServerGoneTests {
    @Test("the person is told, rolefit exits 1, and resuming once the server is back continues at the due question")
    func serverGoesAway() throws {
        let workspace = try Rolefit.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let cluster = try TestCluster()
        defer { cluster.stop() }
        let database = try cluster.makeDatabase()
        let store = ["--store", cluster.address(database)]
        #expect(try Rolefit.run(["store", "init"] + store, in: workspace, environment: cluster.environment).status == 0)
        let take = ["take", "--format", "jsonl", "--name", "Barbara", "--banks", Rolefit.banks, "--seed", "515"]

        // The questions an uninterrupted session with these answers asks.
        let reference = try PipedSession(take + ["--results", "reference"], in: workspace)
        var asked: [String] = []
        while let object = reference.next(), object["type"] as? String == "question" {
            asked.append(object["id"] as? String ?? "?")
            reference.send(scriptedAnswer(to: object))
        }
        _ = reference.finish()
        #expect(asked.count > 5)

        let session = try PipedSession(take + store, in: workspace, environment: cluster.environment)
        var shown: [[String: Any]] = []
        while shown.count < 5, let question = session.next(), question["type"] as? String == "question" {
            shown.append(question)
            if shown.count < 5 { session.send(scriptedAnswer(to: question)) }
        }
        // Four answers acknowledged (the fifth question is showing); the server stops; the fifth answer is sent.
        let fifth = try #require(shown.count == 5 ? shown[4] : nil)
        #expect(fifth["id"] as? String == asked[4])
        cluster.stop()
        session.send(scriptedAnswer(to: fifth))
        session.drain()
        let status = session.finish()
        #expect(status == 1, "\(session.standardError)")
        let notices = session.others.filter { $0["type"] as? String == "error" }
        #expect(notices.count == 1, "\(session.others)")
        let errors = notices.compactMap { $0["message"] as? String }.joined()
        #expect(errors.contains("Could not save your answer") && errors.contains("rolefit resume"), "\(errors)")
        #expect(errors.contains("Nothing that was acknowledged is lost"), "\(errors)")

        try cluster.start()
        let resumed = try PipedSession(["resume", "--format", "jsonl"] + store, in: workspace, environment: cluster.environment)
        var resumedIDs: [String] = []
        var end: [String: Any]?
        while let object = resumed.next() {
            guard object["type"] as? String == "question" else {
                end = object
                break
            }
            resumedIDs.append(object["id"] as? String ?? "?")
            resumed.send(scriptedAnswer(to: object))
        }
        #expect(resumed.finish() == 0, "\(resumed.standardError)")
        #expect(resumedIDs.first == asked[4], "resumed at the fifth question: \(resumedIDs.prefix(2)) vs \(asked.prefix(6))")
        #expect(Array(asked.prefix(4)) + resumedIDs == asked)
        let items = ((end?["result"] as? [String: Any])?["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(items == asked)
    }
}
