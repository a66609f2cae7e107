import Foundation
import RoleFitCore
import Testing

/// The issue's acceptance run: 50 piped sessions at once against one PostgreSQL, 10 of them killed with
/// SIGKILL at seeded points and resumed, while `team` reads the store in a loop.
@Suite("50 concurrent sessions, 10 killed and resumed")
struct ConcurrentKillTests {
    static let sessions = 50
    static let killed = Set(stride(from: 0, to: 50, by: 5))

    /// What one session's driver saw.
    struct Trace: Sendable {
        var index: Int
        var sessionID = ""
        var asked: [String] = []
        var acknowledged = 0
        var storedAtKill: Int?
        var resultItems: [String] = []
    }

    @Test(
        "50 results, no acknowledged answer lost or duplicated, each resumed at the due question, team never sees half a result")
    func fiftySessions() throws {
        let workspace = try Rolefit.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let cluster = try TestCluster.sharedOrFail()
        let database = try cluster.makeDatabase()
        let store = ["--store", cluster.address(database)]
        let environment = cluster.environment
        #expect(try Rolefit.run(["store", "init"] + store, in: workspace, environment: environment).status == 0)

        let problems = Problems()
        let traces = TraceList()
        let done = DispatchGroup()
        let finished = Flag()
        // The reader: `team` in a loop until every session is done.
        let teamRuns = Counter()
        let reader = Thread {
            while !finished.isSet {
                guard let run = try? Rolefit.run(["team", "--format", "json"] + store, in: workspace, environment: environment)
                else {
                    problems.add("team could not run")
                    break
                }
                teamRuns.increment()
                let noneYet = run.status == 1 && run.stderr.hasPrefix("error: no results in ")
                if !(run.status == 0 || noneYet) || run.stderr.contains("warning:") {
                    problems.add("team saw something half-done: \(run)")
                }
            }
        }
        reader.start()
        for index in 0..<Self.sessions {
            done.enter()
            let thread = Thread {
                defer { done.leave() }
                do {
                    traces.add(
                        try Self.drive(
                            index, store: store, environment: environment, in: workspace, cluster: cluster, database: database,
                            problems: problems))
                } catch {
                    problems.add("session \(index): \(error)")
                }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        done.wait()
        finished.set()
        while reader.isExecuting { usleep(50_000) }

        #expect(problems.all.isEmpty, "\(problems.all.count) problems:\n\(problems.all.prefix(15).joined(separator: "\n"))")
        let all = traces.all
        #expect(all.count == Self.sessions)
        #expect(teamRuns.value > 0)
        let results = try cluster.sql("SELECT count(*) FROM results", database: database).trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(results == "\(Self.sessions)")
        let unfinished = try cluster.sql("SELECT count(*) FROM sessions WHERE finished_at IS NULL", database: database)
        #expect(unfinished.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        for trace in all {
            // No answer lost or duplicated: the answer rows are exactly the result's items, in order.
            let rows = try cluster.sql(
                "SELECT item_id FROM answers WHERE session_id = '\(trace.sessionID)' AND kind = 'answer' ORDER BY sequence",
                database: database
            ).split(separator: "\n").map(String.init)
            #expect(rows == trace.resultItems, "session \(trace.index): rows \(rows.count), items \(trace.resultItems.count)")
            #expect(trace.resultItems == trace.asked, "session \(trace.index): the result's items are the questions asked")
        }
        let outcomes = all.filter { Self.killed.contains($0.index) }.map { ($0.storedAtKill ?? -1) - $0.acknowledged }
        print(
            "50-session run: team read the store \(teamRuns.value) times; killed sessions, answers stored beyond the acknowledged: \(outcomes)"
        )
    }

    /// Runs session `index`; a killed one is stopped after its seeded k-th acknowledged answer (or while
    /// the next answer is being written), checked in the store, resumed and finished.
    static func drive(
        _ index: Int, store: [String], environment: [String: String], in workspace: URL, cluster: TestCluster, database: String,
        problems: Problems
    ) throws -> Trace {
        var trace = Trace(index: index)
        var random = SeededGenerator(seed: 0xC0FFEE &+ UInt64(index))  // kill points are the same on every run
        let kill = killed.contains(index)
        let k = 1 + Int(random.next() % 10)
        let midWrite = random.next() % 2 == 0
        let name = "Member \(index)"
        let first = try PipedSession(
            ["take", "--format", "jsonl", "--name", name, "--banks", Rolefit.banks, "--seed", "\(7_000 + index)"] + store,
            in: workspace,
            environment: environment)
        var end: [String: Any]?
        var onScreen: String?
        while let object = first.next() {
            guard object["type"] as? String == "question" else {
                end = object
                break
            }
            // Every answer sent so far is acknowledged: the next question is showing.
            trace.acknowledged = trace.asked.count
            if kill && trace.acknowledged == k {
                onScreen = object["id"] as? String
                // k answers acknowledged: this question is showing.
                if midWrite {
                    first.send(scriptedAnswer(to: object))
                    usleep(useconds_t(random.next() % 100_000))
                }
                first.kill()
                break
            }
            trace.asked.append(object["id"] as? String ?? "?")
            first.send(scriptedAnswer(to: object))
        }
        trace.sessionID = try cluster.sql(
            "SELECT s.session_id FROM sessions s JOIN people p USING (person_id) WHERE p.name = '\(name)'", database: database
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        guard kill, end == nil else {
            _ = first.finish()
            trace.resultItems = Self.items(end)
            if kill { problems.add("session \(index) ended before its kill point \(k)") }
            return trace
        }
        let stored = try cluster.sql(
            "SELECT item_id FROM answers WHERE session_id = '\(trace.sessionID)' AND kind = 'answer' ORDER BY sequence",
            database: database
        ).split(separator: "\n").map(String.init)
        trace.storedAtKill = stored.count
        if stored.count < k || stored.count > k + (midWrite ? 1 : 0) || Array(stored.prefix(k)) != trace.asked
            || (stored.count == k + 1 && stored.last != onScreen)
        {
            problems.add("session \(index): \(k) acknowledged (mid-write \(midWrite)), \(stored.count) stored")
        }
        if stored.count == k + 1 { trace.asked = stored }
        let resumed = try PipedSession(
            ["resume", trace.sessionID, "--format", "jsonl"] + store, in: workspace, environment: environment)
        var firstResumed: String?
        var resumedEnd: [String: Any]?
        while let object = resumed.next() {
            guard object["type"] as? String == "question" else {
                resumedEnd = object
                break
            }
            let id = object["id"] as? String ?? "?"
            if firstResumed == nil { firstResumed = id }
            trace.asked.append(id)
            resumed.send(scriptedAnswer(to: object))
        }
        let status = resumed.finish()
        if status != 0 { problems.add("session \(index): resume exited \(status): \(resumed.standardError)") }
        // Resumed at the question that was due: the one on screen, unless its answer made it into the store.
        if stored.count == k && firstResumed != onScreen {
            problems.add("session \(index): resumed at \(firstResumed ?? "nothing"), the question due was \(onScreen ?? "?")")
        }
        trace.resultItems = Self.items(resumedEnd)
        return trace
    }

    static func items(_ end: [String: Any]?) -> [String] {
        ((end?["result"] as? [String: Any])?["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    }
}

/// Problems found on worker threads.
final class Problems: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }
    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// Traces gathered from worker threads.
final class TraceList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ConcurrentKillTests.Trace] = []
    func add(_ item: ConcurrentKillTests.Trace) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }
    var all: [ConcurrentKillTests.Trace] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// A flag set once, read from other threads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

/// A counter shared between threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
