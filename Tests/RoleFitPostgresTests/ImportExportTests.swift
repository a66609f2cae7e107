import Foundation
import Testing

@Suite("store import and store export")
struct ImportExportTests {
    @Test("importing a folder is idempotent, and every report reads the same from the folder and the database")
    func importThenCompare() throws {
        let workspace = try Rolefit.workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let results = workspace.appendingPathComponent("results")
        for (index, name) in ["Ada", "Grace", "Edsger"].enumerated() {
            let run = try Rolefit.run(
                [
                    "take", "--format", "jsonl", "--name", name, "--banks", Rolefit.banks, "--seed", "\(100 + index)",
                    "--results", results.path,
                ],
                in: workspace, input: String(repeating: "\(1 + index)\n", count: 120))
            #expect(run.status == 0 && run.stdout.contains("\"type\":\"result\""), "\(name): \(run)")
        }
        try Data("{ half".utf8).write(to: results.appendingPathComponent("broken.json"))
        let cluster = try TestCluster.sharedOrFail()
        let database = try cluster.makeDatabase()
        let store = ["--store", cluster.address(database)]
        let environment = cluster.environment
        #expect(try Rolefit.run(["store", "init"] + store, in: workspace, environment: environment).status == 0)

        let first = try Rolefit.run(["store", "import", results.path] + store, in: workspace, environment: environment)
        #expect(
            first.status == 0 && first.stdout.contains("Imported 3 results") && first.stdout.contains("1 file skipped"),
            "\(first)")
        #expect(first.stderr.contains("broken.json is not complete JSON"), "\(first)")
        let again = try Rolefit.run(["store", "import", results.path] + store, in: workspace, environment: environment)
        #expect(
            again.status == 0 && again.stdout.contains("Imported 0 results") && again.stdout.contains("(3 already there)"),
            "\(again)")

        try FileManager.default.removeItem(at: results.appendingPathComponent("broken.json"))
        for command in [
            ["export", "--format", "csv"], ["export", "--format", "jsonl", "--items"], ["team", "--format", "json"],
            ["team", "--format", "csv", "--table", "questions"],
        ] {
            let fromFolder = try Rolefit.run(command + ["--results", results.path], in: workspace)
            let fromDatabase = try Rolefit.run(command + store, in: workspace, environment: environment)
            #expect(fromFolder.status == 0 && fromDatabase.status == 0, "\(command): \(fromFolder) \(fromDatabase)")
            #expect(fromFolder.stdout.count > 100 && fromFolder.stdout == fromDatabase.stdout, "\(command)")
        }

        // calibrate reads the sessions through the same store: the same answers from both (apart from the
        // source's name); `--dry-run` writes no calibration file.
        let calibrate = ["calibrate", "--banks", Rolefit.banks, "--dry-run"]
        let calibratedFolder = try Rolefit.run(calibrate + ["--results", results.path], in: workspace)
        let calibratedDatabase = try Rolefit.run(calibrate + store, in: workspace, environment: environment)
        #expect(calibratedFolder.status == 0 && calibratedDatabase.status == 0, "\(calibratedFolder) \(calibratedDatabase)")
        #expect(calibratedDatabase.stdout.hasPrefix("calibration from 3 sessions in "), "\(calibratedDatabase)")
        func withoutSource(_ text: String) -> [Substring] { text.split(separator: "\n").dropFirst().map { $0 } }
        #expect(
            withoutSource(calibratedFolder.stdout).count > 20
                && withoutSource(calibratedFolder.stdout) == withoutSource(calibratedDatabase.stdout),
            "\(calibratedFolder.stdout)\n---\n\(calibratedDatabase.stdout)")

        // Exported files are the original files, byte for byte, under the same names; a second export adds none.
        let exported = workspace.appendingPathComponent("exported")
        let export = try Rolefit.run(["store", "export", exported.path] + store, in: workspace, environment: environment)
        #expect(export.status == 0 && export.stdout.contains("Exported 3 results"), "\(export)")
        let originals = try FileManager.default.contentsOfDirectory(atPath: results.path).filter { $0.hasSuffix(".json") }
            .sorted()
        let copies = try FileManager.default.contentsOfDirectory(atPath: exported.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(originals == copies && originals.count == 3)
        for name in originals {
            #expect(
                try Data(contentsOf: results.appendingPathComponent(name))
                    == Data(contentsOf: exported.appendingPathComponent(name)), "\(name)")
        }
        let exportAgain = try Rolefit.run(["store", "export", exported.path] + store, in: workspace, environment: environment)
        #expect(
            exportAgain.stdout.contains("Exported 0 results") && exportAgain.stdout.contains("(3 already there)"),
            "\(exportAgain)")
    }
}
