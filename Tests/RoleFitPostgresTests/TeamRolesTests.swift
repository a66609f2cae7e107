import Foundation
import RoleFitPostgres
import Testing

/// `store init --team-roles` and the row-level security of schema version 3, with real logins: members see only
/// their own sessions, answers, names and results; a lead reads the groups `group_leads` gives them and
/// writes nothing. (Roles are cluster-wide, so the failure of `--team-roles` without CREATEROLE is not tested here:
/// once another test made the roles, granting them needs no CREATEROLE.)
@Suite("Team roles and row-level security")
struct TeamRolesTests {
    /// A login in the throwaway cluster.
    struct Login {
        var user: String
        var password: String
        var pair: (user: String, password: String) { (user, password) }
        var environment: [String: String] { ["PGPASSWORD": password, "PGPASSFILE": "/dev/null"] }
    }

    /// Creates a login role in `group` (roles are cluster-wide, so each test run gets fresh names).
    static func login(_ name: String, in group: String, cluster: TestCluster) throws -> Login {
        let login = Login(
            user: "\(name)_\(UUID().uuidString.prefix(6).lowercased())", password: "pw-\(UUID().uuidString.prefix(8))")
        _ = try cluster.sql(
            "CREATE ROLE \(login.user) LOGIN PASSWORD '\(login.password)' IN ROLE \(group)", database: "postgres")
        return login
    }

    /// One whole piped session for `name` in `group`, as `login`; returns the result document.
    static func session(
        name: String, group: String, login: Login, database: String, cluster: TestCluster, in workspace: URL
    ) throws -> [String: Any]? {
        let session = try PipedSession(
            [
                "take", "--format", "jsonl", "--name", name, "--banks", Rolefit.banks, "--seed", "77", "--store",
                cluster.address(database, user: login.user), "--group", group,
            ], in: workspace, environment: login.environment)
        let (_, end) = BothStoresEndToEndTests.answerAll(session)
        #expect(session.finish() == 0, "\(name): \(session.standardError)")
        return end?["result"] as? [String: Any]
    }

    @Test("members see only their own sessions, answers, names and results; a lead reads their group and writes nothing")
    func membersAndLeads() throws {
        let workspace = try Rolefit.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let cluster = try TestCluster.sharedOrFail()
        let database = try cluster.makeDatabase()
        let owner = cluster.address(database)
        let first = try Rolefit.run(
            ["store", "init", "--team-roles", "--store", owner], in: workspace, environment: cluster.environment)
        #expect(first.status == 0 && first.stdout.contains("the team roles are in place"), "\(first)")
        let again = try Rolefit.run(
            ["store", "init", "--team-roles", "--store", owner], in: workspace, environment: cluster.environment)
        #expect(again.status == 0 && again.stdout.contains("is up to date (version 3); the team roles are in place"), "\(again)")

        let ana = try Self.login("ana", in: "rolefit_member", cluster: cluster)
        let bo = try Self.login("bo", in: "rolefit_member", cluster: cluster)
        let lee = try Self.login("lee", in: "rolefit_lead", cluster: cluster)
        _ = try cluster.sql("INSERT INTO group_leads VALUES ('blue', '\(lee.user)')", database: database)

        let anaResult = try Self.session(
            name: "Ana Blue", group: "blue", login: ana, database: database, cluster: cluster, in: workspace)
        #expect(anaResult != nil)
        let boResult = try Self.session(
            name: "Bo Green", group: "green", login: bo, database: database, cluster: cluster, in: workspace)
        #expect(boResult != nil)
        // Both members may use the same name: each has their own row for it.
        #expect(
            try Self.session(name: "Ana Blue", group: "green", login: bo, database: database, cluster: cluster, in: workspace)
                != nil)

        func team(_ login: Login, group: String? = nil) throws -> Rolefit.Outcome {
            try Rolefit.run(
                ["team", "--format", "json", "--store", cluster.address(database, user: login.user)]
                    + (group.map { ["--group", $0] } ?? []), in: workspace, environment: login.environment)
        }
        let boTeam = try team(bo)
        #expect(boTeam.status == 0 && boTeam.stdout.contains("Bo Green"), "\(boTeam)")
        #expect(boTeam.stdout.contains("\"blue\"") == false, "bo sees a blue result: \(boTeam)")
        let anaTeam = try team(ana)
        #expect(anaTeam.status == 0 && anaTeam.stdout.contains("Ana Blue") && !anaTeam.stdout.contains("Bo Green"), "\(anaTeam)")
        let leeTeam = try team(lee, group: "blue")
        #expect(leeTeam.status == 0 && leeTeam.stdout.contains("Ana Blue") && !leeTeam.stdout.contains("Bo Green"), "\(leeTeam)")
        let leeGreen = try team(lee, group: "green")
        #expect(leeGreen.status == 1 && leeGreen.stderr.contains("no results"), "\(leeGreen)")

        // Straight SQL as each login: the same walls.
        func count(_ table: String, as login: Login) throws -> String {
            try cluster.sql("SELECT count(*) FROM \(table)", database: database, as: login.pair)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try count("results", as: ana) == "1")
        #expect(try count("results", as: bo) == "2")
        #expect(try count("people", as: ana) == "1")
        #expect(try count("results", as: lee) == "1")
        #expect(try count("people", as: lee) == "1")
        let anaAnswers = try count("answers", as: ana)
        let allAnswers = try cluster.sql("SELECT count(*) FROM answers", database: database)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect((Int(anaAnswers) ?? 0) > 0 && (Int(anaAnswers) ?? 0) < (Int(allAnswers) ?? 0), "\(anaAnswers) of \(allAnswers)")
        // A lead cannot write sessions; a member cannot write someone else's row.
        let leeTake = try Rolefit.run(
            [
                "take", "--format", "jsonl", "--name", "Lee", "--banks", Rolefit.banks, "--store",
                cluster.address(database, user: lee.user),
            ], in: workspace, input: "", environment: lee.environment)
        #expect(leeTake.status == 1 && leeTake.stderr.contains("permission denied"), "\(leeTake)")
        #expect(throws: TestCluster.Failure.self) {
            try cluster.sql("UPDATE results SET confidence = 0", database: database, as: ana.pair)
        }
        #expect(throws: TestCluster.Failure.self) {
            try cluster.sql("DELETE FROM answers", database: database, as: bo.pair)
        }
        #expect(try cluster.sql("SELECT count(*) FROM results WHERE confidence = 0", database: database).hasPrefix("0"))
    }
}
