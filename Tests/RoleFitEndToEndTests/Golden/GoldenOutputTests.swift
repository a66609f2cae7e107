import Foundation
import RoleFitCore
import Testing

/// Byte-identity of every result document, report and export over a fixed set of sessions
/// (`GoldenSessions`), compared with the files in `Golden/Expected/`.
///
/// When an output changes on purpose, regenerate the goldens and commit them with the change:
///
///     ROLEFIT_UPDATE_GOLDENS=1 swift test --filter GoldenOutputTests
///
/// (the run then writes the files instead of comparing, and fails once so it is never mistaken for a pass).
@Suite("Golden outputs: results, reports and exports stay byte-identical")
struct GoldenOutputTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")
    static let updating = ProcessInfo.processInfo.environment["ROLEFIT_UPDATE_GOLDENS"] == "1"

    /// The folder of saved results every command reads, and the documents in it.
    static func savedResults() throws -> (folder: URL, documents: [(name: String, path: String, document: ResultDocument)]) {
        let bankSet = try GoldenSessions.bankSet()
        let folder = try ResultFixtures.folder()
        var saved: [(String, String, ResultDocument)] = []
        for (index, plan) in GoldenSessions.plans.enumerated() {
            let document = try #require(try GoldenSessions.document(plan, bankSet: bankSet, index: index))
            let path = try ResultStore(folder: folder.path).save(document)
            saved.append((plan.name, path, document))
        }
        return (folder, saved)
    }

    /// Compares `bytes` with the golden file `name` (or writes it when updating).
    static func check(_ bytes: Data, _ name: String, folder: URL) throws {
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: folder.path, with: "<results>")
        let file = expected.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return
        }
        let golden = try #require(try? Data(contentsOf: file), "missing golden \(name); run with ROLEFIT_UPDATE_GOLDENS=1")
        let goldenText = String(decoding: golden, as: UTF8.self)
        if goldenText != text {
            let lines = zip(
                goldenText.split(separator: "\n", omittingEmptySubsequences: false),
                text.split(separator: "\n", omittingEmptySubsequences: false))
            let first = lines.enumerated().first { $1.0 != $1.1 }
            let line = (first?.offset ?? -1) + 1
            let was = String(first?.element.0 ?? "")
            let now = String(first?.element.1 ?? "")
            Issue.record("\(name) differs from its golden; first difference at line \(line):\ngolden: \(was)\nnow:    \(now)")
        }
    }

    /// Runs the binary with a fixed environment (no colour, UTC, no width hints) and returns stdout.
    static func run(_ arguments: [String], in folder: URL) throws -> Data {
        var environment = ProcessInfo.processInfo.environment
        for key in ["COLUMNS", "LINES", "ROLEFIT_BANKS", "ROLEFIT_RESULTS", "ROLEFIT_FAULTS"] { environment[key] = nil }
        environment["NO_COLOR"] = "1"
        environment["TZ"] = "UTC"
        environment["TERM"] = "dumb"
        let outcome = try RolefitProcess.execute(RolefitProcess.binary, arguments, in: folder, environment: environment)
        #expect(outcome.status == 0, "\(arguments): \(outcome)")
        return Data(outcome.stdout.utf8)
    }

    @Test(
        "The set covers every mode, every kind of result and every no-clear-fit reason, both interview verdicts and the gap flags"
    )
    func coverage() throws {
        let (folder, saved) = try Self.savedResults()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try saved.map { try JSONSerialization.jsonObject(with: ResultStore.encode($0.document)) as? [String: Any] }
        let modes = Set(data.compactMap { $0?["mode"] as? String })
        #expect(modes == ["self", "training", "interview"])
        let documents = Dictionary(uniqueKeysWithValues: saved.map { ($0.name, $0.document) })
        let kinds = documents.mapValues(\.recommendation.kind)
        #expect(kinds["self"] == .role && kinds["training"] == .role && kinds["hybrid"] == .hybrid, "\(kinds)")
        let reasons = documents.mapValues { $0.recommendation.reason }
        #expect(reasons["split"] == .preferencesAndSkillsSplit, "\(reasons)")
        #expect(reasons["random"] == .inconsistentAnswers, "\(reasons)")
        #expect(reasons["skips"] == .tooLittleEvidence, "\(reasons)")
        #expect(documents["interview"]?.target?.verdict == .demonstrated)
        #expect(documents["faker"]?.target?.verdict == .notDemonstrated)
        #expect(documents["faker"]?.recommendation.roles.contains("tpm") == false, "an all-wrong faker never gets the target")
        let gaps = Set(saved.flatMap { ($0.document.selfView ?? []).map(\.gap) })
        #expect(gaps.isSuperset(of: [.ratesAbove, .ratesBelow]), "\(gaps)")
        #expect(saved.contains { $0.document.areas.contains(where: \.lacksEvidence) })
        #expect(saved.contains { $0.document.areas.contains(where: \.isMeasured) })
        #expect(documents["skips"]?.depth == .quick && documents["self"]?.depth == .standard)
        #expect(documents["random"]?.integrity.signals?.personFit == true)
        #expect(documents["split"]?.axes?.disagreement != nil)
    }

    @Test("Result documents and reports in every format")
    func resultsAndReports() throws {
        let (folder, saved) = try Self.savedResults()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, path, document) in saved {
            try Self.check(ResultStore.encode(document), "\(name).result.json", folder: folder)
            // The saved file and `report --format json` are the same bytes as the encoded document.
            try Self.check(Data(contentsOf: URL(fileURLWithPath: path)), "\(name).result.json", folder: folder)
            try Self.check(Self.run(["report", path, "--format", "json"], in: folder), "\(name).result.json", folder: folder)
            for (format, suffix) in [("text", "txt"), ("markdown", "md"), ("html", "html")] {
                try Self.check(
                    Self.run(["report", path, "--format", format], in: folder), "\(name).report.\(suffix)", folder: folder)
            }
        }
        if Self.updating { Issue.record("goldens written to \(Self.expected.path); rerun without ROLEFIT_UPDATE_GOLDENS") }
    }

    @Test("Exports and team summaries of the whole folder")
    func exportsAndTeam() throws {
        let (folder, _) = try Self.savedResults()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs: [([String], String)] = [
            (["export", "--format", "csv"], "export.csv"),
            (["export", "--format", "jsonl"], "export.jsonl"),
            (["export", "--format", "csv", "--items"], "export-items.csv"),
            (["export", "--format", "jsonl", "--items"], "export-items.jsonl"),
            (["team"], "team.txt"),
            (["team", "--format", "html"], "team.html"),
            (["team", "--format", "json"], "team.json"),
            (["team", "--format", "csv", "--table", "members"], "team-members.csv"),
            (["team", "--format", "csv", "--table", "areas"], "team-areas.csv"),
            (["team", "--format", "csv", "--table", "questions"], "team-questions.csv"),
        ]
        for (arguments, golden) in runs {
            try Self.check(Self.run(arguments + ["--results", folder.path], in: folder), golden, folder: folder)
        }
        if Self.updating { Issue.record("goldens written to \(Self.expected.path); rerun without ROLEFIT_UPDATE_GOLDENS") }
    }
}
