import Foundation
import Testing

@testable import RoleFitPostgres

/// Every way of pointing rolefit at a database it cannot use ends with one clear line and exit 1.
@Suite("Bad store input: one clear message, exit 1")
struct BadInputTests {
    /// Runs `arguments` and checks for exit 1 and exactly one stderr line containing `expected`.
    static func expectRefusal(
        _ arguments: [String], environment: [String: String], expected: String, in workspace: URL,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let run = try Rolefit.run(arguments, in: workspace, input: "1\n", environment: environment)
        #expect(run.status == 1, "\(arguments): \(run)", sourceLocation: sourceLocation)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1 && run.stderr.contains(expected), "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("PSQLError"), sourceLocation: sourceLocation)
    }

    static let take = ["take", "--format", "jsonl", "--name", "Ada", "--banks", Rolefit.banks]

    @Test("a malformed address, another scheme, a password in the address")
    func badAddresses() throws {
        let workspace = try Rolefit.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        try Self.expectRefusal(
            Self.take + ["--store", "postgres://ana:hunter2@127.0.0.1/db"], environment: [:],
            expected: "must not contain a password",
            in: workspace)
        try Self.expectRefusal(
            ["team", "--store", "mysql://ana@127.0.0.1/db"], environment: [:], expected: "'mysql://' stores are not supported",
            in: workspace)
        try Self.expectRefusal(
            ["sessions"], environment: ["ROLEFIT_STORE": "postgres://ana@127.0.0.1:notaport/db"], expected: "port", in: workspace)
        try Self.expectRefusal(
            ["export", "--format", "csv", "--results", "r", "--group", "x"], environment: [:],
            expected: "--group needs a database store",
            in: workspace)
    }

    @Test("a refused connection, a wrong password, no password, a missing database")
    func unreachable() throws {
        let workspace = try Rolefit.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let cluster = try TestCluster.sharedOrFail()
        let database = try cluster.makeDatabase()
        let closedPort = try TestCluster.freePort()
        try Self.expectRefusal(
            Self.take + ["--store", "postgres://rolefit@127.0.0.1:\(closedPort)/x"], environment: cluster.environment,
            expected: "connection refused; is PostgreSQL running there", in: workspace)
        try Self.expectRefusal(
            Self.take + ["--store", cluster.address(database)], environment: ["PGPASSWORD": "wrong"],
            expected: "refused the password for user 'rolefit' (from PGPASSWORD)", in: workspace)
        try Self.expectRefusal(
            ["sessions", "--store", cluster.address(database)], environment: [:],
            expected: "asks for a password for user 'rolefit' and there is none", in: workspace)
        try Self.expectRefusal(
            ["store", "init", "--store", cluster.address("nosuchdb")], environment: cluster.environment,
            expected: "there is no database 'nosuchdb'", in: workspace)
    }

    @Test("a database without the schema, at an older version, at a newer version; init migrates and is idempotent")
    func schemaVersions() throws {
        let workspace = try Rolefit.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let cluster = try TestCluster.sharedOrFail()
        let database = try cluster.makeDatabase()
        let address = cluster.address(database)
        try Self.expectRefusal(
            Self.take + ["--store", address], environment: cluster.environment,
            expected: "has no RoleFit tables yet; run `rolefit store init",
            in: workspace)

        let store = PostgresStore(
            location: try PostgresLocation.parse(address, defaultUser: "x"), environment: cluster.environment)
        defer { store.close() }
        #expect(try store.migrate(upTo: 1) == [1])
        try Self.expectRefusal(
            ["team", "--store", address], environment: cluster.environment,
            expected: "is at RoleFit schema version 1 and this RoleFit needs \(PostgresSchema.currentVersion)", in: workspace)

        let migrated = try Rolefit.run(["store", "init", "--store", address], in: workspace, environment: cluster.environment)
        #expect(migrated.status == 0 && migrated.stdout.contains("Applied schema migrations 2, 3;"), "\(migrated)")
        let again = try Rolefit.run(["store", "init", "--store", address], in: workspace, environment: cluster.environment)
        #expect(again.status == 0 && again.stdout.contains("is up to date (version 3); nothing to do"), "\(again)")
        #expect(
            try cluster.sql("SELECT count(*) FROM rolefit_schema", database: database).trimmingCharacters(
                in: .whitespacesAndNewlines) == "3")

        _ = try cluster.sql("INSERT INTO rolefit_schema (version, summary) VALUES (99, 'from the future')", database: database)
        try Self.expectRefusal(
            ["sessions", "--store", address], environment: cluster.environment,
            expected: "newer than this RoleFit knows (3); upgrade RoleFit",
            in: workspace)
    }

    @Test("two store inits at once: both succeed, the schema is made once")
    func concurrentInit() throws {
        let workspace = try Rolefit.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let cluster = try TestCluster.sharedOrFail()
        let database = try cluster.makeDatabase()
        let outcomes = OutcomeList()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            outcomes.add(
                try? Rolefit.run(
                    ["store", "init", "--store", cluster.address(database)], in: workspace, environment: cluster.environment))
        }
        #expect(outcomes.all.count == 3 && outcomes.all.allSatisfy { $0?.status == 0 }, "\(outcomes.all)")
        #expect(outcomes.all.filter { $0?.stdout.contains("Applied schema migrations 1, 2") == true }.count == 1)
    }
}

/// Outcomes gathered from worker threads.
final class OutcomeList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Rolefit.Outcome?] = []
    func add(_ item: Rolefit.Outcome?) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }
    var all: [Rolefit.Outcome?] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
