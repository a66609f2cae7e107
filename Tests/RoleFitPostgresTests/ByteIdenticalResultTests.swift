import Foundation
import RoleFitCore
import Testing

@testable import RoleFitPostgres

@Suite("The same session through both stores")
struct ByteIdenticalResultTests {
    @Test("gives byte-identical result documents: the folder's file, the database's document, and its store export")
    func byteIdentical() throws {
        let workspace = try Rolefit.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let cluster = try TestCluster.sharedOrFail()
        let database = try cluster.makeDatabase()
        let folder = FolderStore(folder: workspace.appendingPathComponent("results").path)
        let location = try PostgresLocation.parse(cluster.address(database), defaultUser: "x")
        let postgres = PostgresStore(location: location, environment: cluster.environment)
        defer { postgres.close() }
        try postgres.migrate()

        let fileEnd = try ScriptedSession.run(in: folder, sessionID: "same-session", seed: 31)
        let databaseEnd = try ScriptedSession.run(in: postgres, sessionID: "same-session", seed: 31)
        guard case .finished(let path) = fileEnd, case .finished = databaseEnd else {
            Issue.record("the sessions did not finish: \(fileEnd), \(databaseEnd)")
            return
        }
        let fileBytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let stored = try #require(try postgres.result(sessionID: "same-session"))
        let databaseBytes = try ResultStore.encode(stored.document)
        #expect(fileBytes.count > 1000)
        #expect(fileBytes == databaseBytes)

        // `store export` writes the same bytes under the same name.
        let exported = try Rolefit.run(
            ["store", "export", "exported", "--store", cluster.address(database)], in: workspace, environment: cluster.environment
        )
        #expect(exported.status == 0 && exported.stdout.contains("Exported 1 result"), "\(exported)")
        let exportedFile = workspace.appendingPathComponent("exported").appendingPathComponent(
            (path as NSString).lastPathComponent)
        #expect(try Data(contentsOf: exportedFile) == fileBytes)

        // The name is kept apart: neither stored document nor the de-identified view holds it.
        let raw = try cluster.sql("SELECT document::text FROM results", database: database)
        #expect(!raw.contains("Zephyrine") && raw.contains("same-session"))
        let deidentified = try cluster.sql("SELECT document::text FROM results_deidentified", database: database)
        #expect(
            !deidentified.contains("Zephyrine") && !deidentified.contains("same-session") && deidentified.contains("\"items\""))
        let header = try cluster.sql("SELECT header::text FROM sessions", database: database)
        #expect(!header.contains("Zephyrine") && header.contains("same-session"))
    }
}
