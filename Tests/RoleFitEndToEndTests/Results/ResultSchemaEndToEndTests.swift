import Foundation
import RoleFitCore
import Testing

/// Result files written by real `rolefit take` sessions validate against Results/schema/result.schema.json,
/// and the schema rejects broken documents.
@Suite struct ResultSchemaEndToEndTests {
    static let schema = RolefitProcess.packageRoot.appendingPathComponent("Results/schema/result.schema.json").path

    /// Validates files with python3's jsonschema (Draft 2020-12, formats checked); prints one line per file.
    static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding='utf-8'))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        for path in sys.argv[2:]:
            errors = sorted(validator.iter_errors(json.load(open(path, encoding='utf-8'))), key=lambda e: list(e.absolute_path))
            print(path, 'valid' if not errors else 'invalid: ' + '; '.join(
                '/'.join(map(str, e.absolute_path)) + ' ' + e.message[:120] for e in errors[:3]))
        """

    @Test("results of real self, training and interview sessions are valid; broken documents are not")
    func realSessionsValidate() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sessions: [(String, Int, [String])] = [
            ("Ada", 1, []),
            ("Grace \"<Hopper>\" & co", 2, ["--mode", "training"]),
            ("Candidate 7", 3, ["--mode", "interview", "--target", "tpm", "--time-limit", "25m", "--max-items", "20"]),
        ]
        var paths: [String] = []
        for (name, seed, extra) in sessions {
            let session = try RealSessions.take(name: name, results: "Results", seed: seed, extra: extra, in: folder)
            let path = try #require(session.path, "no result from \(name): \(session.run)")
            paths.append(path)
            let document = try ResultStore.decode(Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(document.candidate == name && !document.items.isEmpty)
            #expect(document.items.allSatisfy { ($0.options?.count ?? 0) >= 2 }, "every record keeps its options' texts")
        }
        // A broken copy of each kind of mistake: out-of-range probability, unknown band, missing field, a string seed.
        let original = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: paths[0]))) as? [String: Any])
        var broken: [String: [String: Any]] = [:]
        var probability = original
        if var recommendation = probability["recommendation"] as? [String: Any] {
            recommendation["confidence"] = 1.5
            probability["recommendation"] = recommendation
        }
        broken["probability"] = probability
        var band = original
        if var areas = band["areas"] as? [[String: Any]], !areas.isEmpty {
            areas[0]["band"] = "excellent"
            band["areas"] = areas
        }
        broken["band"] = band
        var missing = original
        missing["candidate"] = nil
        broken["missing"] = missing
        var seed = original
        seed["seed"] = "7"
        broken["seed"] = seed
        // Issue 12's fields: no clear fit needs its reason and names no role; axis probabilities are probabilities.
        var reasonless = original
        reasonless["recommendation"] = [
            "kind": "no-clear-fit", "roles": [String](), "label": "No clear fit", "confidence": 0.4,
            "confidenceWords": "uncertain", "stopReason": "max-items",
        ]
        broken["reasonless"] = reasonless
        var axis = original
        if var axes = axis["axes"] as? [String: Any], var preference = axes["preference"] as? [String: Any] {
            preference["confidence"] = 1.5
            axes["preference"] = preference
            axis["axes"] = axes
        }
        broken["axis"] = axis
        var brokenPaths: [String] = []
        for (name, document) in broken {
            let path = folder.appendingPathComponent("broken-\(name).json").path
            try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: path))
            brokenPaths.append(path)
        }
        // Issue 15's fields are valid: four strengths tied at the cut, an area's next steps, a late answer.
        var tied = original
        tied["summary"] = ["strongest": ["a", "b", "c", "d"], "weakest": [String](), "why": "Tied."]
        if var areas = tied["areas"] as? [[String: Any]], !areas.isEmpty {
            areas[0]["nextSteps"] = "Keep a risk log."
            tied["areas"] = areas
        }
        if var integrity = tied["integrity"] as? [String: Any] {
            integrity["lateAnswers"] = [["itemID": "kn-1", "text": "b"]]
            tied["integrity"] = integrity
        }
        let tiedPath = folder.appendingPathComponent("tied.json").path
        try JSONSerialization.data(withJSONObject: tied).write(to: URL(fileURLWithPath: tiedPath))
        paths.append(tiedPath)
        // Files written before issue 12 stay valid, and the golden results cover every new section
        // (a role, a hybrid, each no-clear-fit reason, both interview verdicts, the gap report).
        let older = RolefitProcess.packageRoot.appendingPathComponent("Fuzz/Seeds/FuzzResultReader/result-4-items.json").path
        let golden = RolefitProcess.packageRoot.appendingPathComponent("Tests/RoleFitEndToEndTests/Golden/Expected")
        let goldens = try FileManager.default.contentsOfDirectory(atPath: golden.path).filter { $0.hasSuffix(".result.json") }
            .sorted().map { golden.appendingPathComponent($0).path }
        #expect(goldens.count >= 8, "\(goldens)")
        paths += [older] + goldens
        let run = try ExternalTool.run("python3", ["-c", Self.validator, Self.schema] + paths + brokenPaths, in: folder)
        #expect(run.status == 0, "\(run)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == paths.count + brokenPaths.count, "\(run)")
        for path in paths { #expect(lines.contains("\(path) valid"), "\(run.stdout)") }
        for path in brokenPaths {
            #expect(lines.contains { $0.hasPrefix("\(path) invalid: ") }, "the schema must reject \(path): \(run.stdout)")
        }
        #expect(lines.contains { $0.contains("broken-band.json invalid: areas/0/band") }, "\(run.stdout)")
        #expect(
            lines.contains { $0.contains("broken-reasonless.json invalid:") && $0.contains("'reason' is a required property") },
            "\(run.stdout)")
        #expect(lines.contains { $0.contains("broken-axis.json invalid: axes/preference/confidence") }, "\(run.stdout)")
        #expect(
            lines.contains { $0.contains("broken-missing.json invalid:") && $0.contains("'candidate' is a required property") },
            "\(run.stdout)")
    }

    @Test("a name like ../../etc/x or Ana María gives a safe file name inside the results folder")
    func safeFileNames() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let work = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let cases = [
            ("../../etc/x", "_etc-x.json"), ("Ana María", "_ana-maria.json"), ("/tmp/../..", "_tmp.json"),
            ("..", "_anonymous.json"),
        ]
        for (index, (name, suffix)) in cases.enumerated() {
            let session = try RealSessions.take(name: name, results: "Results", seed: 10 + index, in: work)
            let path = try #require(session.path, "no result for \(name): \(session.run)")
            let file = URL(fileURLWithPath: path).standardizedFileURL
            #expect(
                file.deletingLastPathComponent().path == work.appendingPathComponent("Results").standardizedFileURL.path,
                "\(path)")
            #expect(file.lastPathComponent.hasSuffix(suffix), "\(name) → \(file.lastPathComponent)")
            #expect(
                file.lastPathComponent.range(
                    of: #"^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}_[a-z0-9-]+\.json$"#, options: .regularExpression) != nil,
                "\(file.lastPathComponent)")
        }
        // Nothing was written outside the results folder: not ../../etc, not the working folder itself.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("etc").path))
        let outside = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(outside == ["a"], "\(outside)")
        let beside = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { !$0.hasPrefix(".") }
        #expect(beside == ["Results"], "\(beside)")
    }
}
