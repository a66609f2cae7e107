import Foundation
import Testing

/// The same end-to-end paths through the results folder and through PostgreSQL.
@Suite("End to end through both stores")
struct BothStoresEndToEndTests {
    /// Answers every question of a piped session; returns the question ids asked.
    static func answerAll(_ session: PipedSession, upTo limit: Int = .max) -> (ids: [String], end: [String: Any]?) {
        var ids: [String] = []
        while let object = session.next() {
            guard object["type"] as? String == "question" else { return (ids, object) }
            if ids.count == limit { return (ids, object) }
            ids.append(object["id"] as? String ?? "?")
            session.send(scriptedAnswer(to: object))
        }
        return (ids, nil)
    }

    @Test("take, quit, list, resume, finish, report, export and team give the same answers in both stores")
    func sessionLifecycle() throws {
        var questions: [StoreKind: [String]] = [:]
        for kind in StoreKind.allCases {
            let workspace = try Rolefit.workspace()
            defer { try? FileManager.default.removeItem(at: workspace) }
            let (store, environment) = try kind.make(in: workspace)
            let take = ["take", "--format", "jsonl", "--name", "Ada Lovelace", "--banks", Rolefit.banks, "--seed", "4242"]

            // Three answers, then the input ends: the session is saved for later.
            let first = try PipedSession(take + store, in: workspace, environment: environment)
            let (asked, end) = Self.answerAll(first, upTo: 3)
            #expect(asked.count == 3 && end?["type"] as? String == "question", "\(kind)")
            #expect(first.finish() == 0, "\(kind): \(first.standardError)")
            #expect(first.standardError.isEmpty, "\(kind): \(first.standardError)")

            let listed = try Rolefit.run(["sessions"] + store, in: workspace, environment: environment)
            #expect(
                listed.status == 0 && listed.stdout.contains("Ada Lovelace") && listed.stdout.contains("  3  "),
                "\(kind): \(listed)")
            #expect(listed.stdout.contains("rolefit resume SESSION " + store.joined(separator: " ")), "\(kind): \(listed)")

            // Resumed without an id (one person waiting), it asks the fourth question and finishes.
            let second = try PipedSession(["resume", "--format", "jsonl"] + store, in: workspace, environment: environment)
            let (rest, result) = Self.answerAll(second)
            #expect(result?["type"] as? String == "result", "\(kind): \(second.standardError)")
            #expect(second.finish() == 0, "\(kind): \(second.standardError)")
            questions[kind] = asked + rest
            let document = result?["result"] as? [String: Any]
            let items = (document?["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
            #expect(items == asked + rest, "\(kind): the result's items are the questions asked, in order")
            let sessionID = try #require(document?["sessionID"] as? String)

            let none = try Rolefit.run(["sessions"] + store, in: workspace, environment: environment)
            #expect(none.status == 0 && none.stdout.hasPrefix("No unfinished sessions in "), "\(kind): \(none)")

            // report by session id (database) or by file (folder): the same document either way.
            let reportTarget: String
            if kind == .folder {
                let files = try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("results").path)
                    .filter { $0.hasSuffix(".json") }
                #expect(files.count == 1)
                reportTarget = workspace.appendingPathComponent("results").appendingPathComponent(files.first ?? "?").path
            } else {
                reportTarget = sessionID
            }
            let report = try Rolefit.run(
                ["report", reportTarget, "--format", "json"] + store, in: workspace, environment: environment)
            #expect(report.status == 0, "\(kind): \(report)")
            #expect(report.stdout.contains("\"sessionID\" : \"\(sessionID)\""), "\(kind)")

            let export = try Rolefit.run(["export", "--format", "csv"] + store, in: workspace, environment: environment)
            #expect(export.status == 0 && export.stderr.isEmpty && export.stdout.contains("Ada Lovelace"), "\(kind): \(export)")
            let team = try Rolefit.run(
                ["team", "--format", "csv", "--table", "members"] + store, in: workspace, environment: environment)
            #expect(team.status == 0 && team.stderr.isEmpty && team.stdout.contains("Ada Lovelace"), "\(kind): \(team)")
        }
        #expect(questions[.folder] == questions[.database], "the same seed and answers ask the same questions in both stores")
    }

    @Test("a second resume of a running session is refused with a clear message, in both stores", arguments: StoreKind.allCases)
    func secondResumeRefused(kind: StoreKind) throws {
        let workspace = try Rolefit.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let (store, environment) = try kind.make(in: workspace)
        let running = try PipedSession(
            ["take", "--format", "jsonl", "--name", "Grace", "--banks", Rolefit.banks, "--seed", "7"] + store, in: workspace,
            environment: environment)
        defer { running.kill() }
        let (asked, waiting) = Self.answerAll(running, upTo: 2)
        #expect(asked.count == 2 && waiting?["type"] as? String == "question")
        let sessions = try Rolefit.run(["sessions"] + store, in: workspace, environment: environment)
        let sessionID = try #require(
            sessions.stdout.split(separator: "\n").first { $0.contains("Grace") }?.split(separator: " ").first.map(String.init))
        let second = try Rolefit.run(["resume", sessionID, "--format", "jsonl"] + store, in: workspace, environment: environment)
        #expect(second.status == 1, "\(kind): \(second)")
        #expect(second.stderr.contains("is in use by"), "\(kind): \(second.stderr)")
        #expect(second.stderr.contains("(pid \(running.process.processIdentifier))"), "\(kind): \(second.stderr)")
        #expect(second.stderr.split(separator: "\n").count == 1, "\(kind): one message: \(second.stderr)")
        // The running session is untouched: it still takes answers.
        running.send(scriptedAnswer(to: waiting ?? [:]))
        #expect(running.next()?["type"] as? String == "question")
    }
}
