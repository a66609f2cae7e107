import Foundation
import RoleFitCore
import Testing

@testable import RoleFitPostgres

@Suite("Store addresses and where the password comes from")
struct PostgresLocationTests {
    @Test("a full address is read part by part and printed back without change")
    func fullAddress() throws {
        let location = try PostgresLocation.parse("postgres://ana@db.example.org:6543/rolefit", defaultUser: "x")
        #expect(location.user == "ana" && location.host == "db.example.org" && location.port == 6543)
        #expect(location.database == "rolefit" && location.tls == .prefer && location.socketFolder == nil)
        #expect(location.description == "postgres://ana@db.example.org:6543/rolefit")
    }

    @Test("defaults: port 5432, the login user, the database named after the user; postgresql:// works too")
    func defaults() throws {
        let location = try PostgresLocation.parse("postgresql://db.example.org", defaultUser: "lead")
        #expect(location.user == "lead" && location.port == 5432 && location.database == "lead")
    }

    @Test("a Unix socket folder and sslmode are options of the address")
    func options() throws {
        let location = try PostgresLocation.parse("postgres://ana@/teams?host=/run/pg&sslmode=disable", defaultUser: "x")
        #expect(location.socketPath == "/run/pg/.s.PGSQL.5432" && location.tls == .disable && location.host == "localhost")
        #expect(location.description == "postgres://ana@localhost:5432/teams?host=/run/pg&sslmode=disable")
    }

    @Test(
        "bad addresses are refused with a message that names the problem",
        arguments: [
            ("postgres://ana:secret@db/rolefit", "must not contain a password"),
            ("mysql://ana@db/rolefit", "'mysql://' stores are not supported"),
            ("postgres://ana@db:99999/rolefit", "port"),
            ("postgres://ana@db:port/rolefit", "port"),
            ("postgres://ana@db/rolefit?sslmode=sometimes", "sslmode must be"),
            ("postgres://ana@db/rolefit?user=x", "unknown option 'user'"),
            ("postgres://ana@/rolefit", "names no host"),
        ])
    func refused(address: String, expected: String) {
        do {
            let location = try PostgresLocation.parse(address, defaultUser: "x")
            Issue.record("\(address) was accepted as \(location)")
        } catch {
            #expect(error.message.contains(expected), "\(address): \(error.message)")
            #expect(!error.message.contains("secret"))
        }
    }

    @Test("PGPASSWORD wins; else the first matching ~/.pgpass line, with * and escapes; a file others may read is ignored")
    func passwords() throws {
        let location = try PostgresLocation.parse("postgres://ana@db.example.org:5432/rolefit", defaultUser: "x")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pgpass")
        try Data(
            """
            # comment
            other.host:5432:rolefit:ana:wrong
            db.example.org:*:rolefit:bob:wrong-user
            db.example.org:*:*:ana:se\\:cr\\\\et
            *:*:*:*:fallback

            """.utf8
        ).write(to: file)
        chmod(file.path, 0o600)
        let fromFile = PasswordSource.find(for: location, environment: ["PGPASSFILE": file.path])
        #expect(fromFile.password == "se:cr\\et" && fromFile.origin == "\(file.path) line 4")
        let fromVariable = PasswordSource.find(for: location, environment: ["PGPASSFILE": file.path, "PGPASSWORD": "env"])
        #expect(fromVariable.password == "env" && fromVariable.origin == "PGPASSWORD")
        chmod(file.path, 0o644)
        let ignored = PasswordSource.find(for: location, environment: ["PGPASSFILE": file.path])
        #expect(ignored.password == nil && ignored.origin.contains("others may read it"))
        let missing = PasswordSource.find(for: location, environment: ["PGPASSFILE": folder.appendingPathComponent("none").path])
        #expect(missing.password == nil)
    }
}
