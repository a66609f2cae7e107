import Foundation
import Testing

/// Issue 16: result files are checked against the schema's ranges on read; extremes the schema allows
/// never trap; results, reports and the files around them are read only when regular and small enough.
@Suite("Reliability: result ranges and file sizes")
struct ResultRangeEndToEndTests {
    static let seed = RolefitProcess.packageRoot.appendingPathComponent("Fuzz/Seeds/FuzzResultReader/result-4-items.json")

    /// The seed result with `edit` applied to its JSON object, written as `name` in `folder`.
    static func edited(_ name: String, in folder: URL, _ edit: (inout [String: Any]) -> Void) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: seed)) as? [String: Any])
        edit(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: folder.appendingPathComponent(name))
        return name
    }

    static func set(_ object: inout [String: Any], _ section: String, _ key: String, _ value: Any, index: Int? = nil) {
        if let index {
            var list = object[section] as? [[String: Any]] ?? []
            list[index][key] = value
            object[section] = list
        } else {
            var inner = object[section] as? [String: Any] ?? [:]
            inner[key] = value
            object[section] = inner
        }
    }

    @Test("schema-valid extremes never trap a report", arguments: ["text", "markdown", "html", "json"])
    func extremes(_ format: String) throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.edited("extreme.json", in: folder) { object in
            Self.set(&object, "integrity", "totalSeconds", 1e19)
            Self.set(&object, "roles", "fit", 1e300, index: 0)
            Self.set(&object, "roles", "fitSE", 1e300, index: 1)
            Self.set(&object, "areas", "combined", ["theta": -1e300, "se": 1e300], index: 0)
            Self.set(&object, "items", "seconds", 1e300, index: 0)
        }
        let outcome = try RolefitProcess.run(["report", file, "--format", format], in: folder)
        #expect(outcome.status == 0, "\(outcome)")
        #expect(!outcome.stderr.contains("crash"), "\(outcome)")
        // The same document in a team and an export.
        let results = folder.appendingPathComponent("team")
        try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder.appendingPathComponent(file), to: results.appendingPathComponent(file))
        try FileManager.default.copyItem(at: Self.seed, to: results.appendingPathComponent("seed.json"))
        _ = try Self.edited("other.json", in: results) { $0["sessionID"] = "another" }
        let teamFormat = format == "markdown" ? "text" : format
        let team = try RolefitProcess.run(["team", "--results", "team", "--format", teamFormat], in: folder)
        #expect(team.status == 0, "\(team)")
        let export = try RolefitProcess.run(
            ["export", "--results", "team", "--format", format == "json" ? "jsonl" : "csv", "--items"], in: folder)
        #expect(export.status == 0, "\(export)")
    }

    @Test(
        "values outside the schema's ranges are refused, naming the file and the field",
        arguments: [
            ("recommendation", "confidence", 1e308, nil, "recommendation.confidence"),
            ("roles", "probability", 2.0, 0, "roles[0].probability"),
            ("roles", "capabilityProbability", -5.0, 2, "roles[2].capabilityProbability"),
            ("areas", "score", 1e9, 3, "areas[3].score"),
            ("items", "seconds", -1.0, 1, "items[1].seconds"),
            ("integrity", "totalSeconds", -4.0, nil, "integrity.totalSeconds"),
        ] as [(String, String, Double, Int?, String)])
    func outOfRange(_ section: String, _ key: String, _ value: Double, _ index: Int?, _ field: String) throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = folder.appendingPathComponent("results")
        try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.seed, to: results.appendingPathComponent("good.json"))
        let file = try Self.edited("bad.json", in: results) { object in
            object["sessionID"] = "other-session"
            Self.set(
                &object, section, key, value == value.rounded() && abs(value) < 1e15 && key == "score" ? Int(value) : value,
                index: index)
        }
        let report = try RolefitProcess.run(["report", "results/" + file], in: folder)
        #expect(report.status == 1, "\(report)")
        #expect(report.stderr.contains("results/bad.json") && report.stderr.contains(field), "\(report)")
        let team = try RolefitProcess.run(["team", "--results", "results", "--format", "json"], in: folder)
        #expect(team.status == 0, "\(team)")
        #expect(team.stderr.contains("warning: results/bad.json") && team.stderr.contains(field), "\(team)")
        #expect(team.stdout.contains("\"memberCount\" : 1") || team.stdout.contains("\"memberCount\":1"), "\(team)")
    }

    @Test("report refuses a huge file (through a symlink too), a FIFO and a device without reading them")
    func refusesUnreadableTargets() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = folder.appendingPathComponent("huge.json")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 1_000_000_000)  // sparse: no disk used
        try handle.close()
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.json").path, withDestinationPath: huge.path)
        #expect(mkfifo(folder.appendingPathComponent("fifo.json").path, 0o600) == 0)
        let started = Date()
        for (file, words) in [
            ("link.json", "too large"), ("fifo.json", "not a regular file"), ("/dev/zero", "not a regular file"),
        ] {
            let outcome = try RolefitProcess.run(["report", file], in: folder)
            #expect(outcome.status == 1 && outcome.stderr.contains(words), "\(file): \(outcome)")
        }
        // A safety net against reading 1 GB or blocking on the FIFO, not a timing goal.
        #expect(Date().timeIntervalSince(started) < 60)
    }

    @Test("take does not read a huge result file before question 1, and avoids nobody's items unless asked")
    func takeIgnoresHugeResult() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
        let huge = results.appendingPathComponent("2026-01-01T00-00-00_anonymous.json")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 2_000_000_000)
        try handle.close()
        for extra in [[], ["--avoid-repeats", "--name", "Anonymous Two"]] {
            let outcome = try RolefitProcess.run(
                ["take", "--banks", HardeningDriver.banks, "--results", "out", "--format", "jsonl"] + extra,
                in: folder, input: "")
            #expect(outcome.status == 0, "\(outcome)")
        }
        let anonymous = try RolefitProcess.run(
            ["take", "--avoid-repeats", "--banks", HardeningDriver.banks, "--results", "out"], in: folder, input: "")
        #expect(anonymous.status == 64 && anonymous.stderr.contains("--avoid-repeats needs your name"), "\(anonymous)")
    }

    @Test("same-name people do not share avoided items unless --avoid-repeats is given")
    func avoidanceIsOptIn() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try HardeningDriver.reference(seed: 5, name: "Alex", in: folder, results: "out")
        func firstQuestions(_ extra: [String]) throws -> [String] {
            let session = try InteractiveRolefit(
                [
                    "take", "--format", "jsonl", "--name", "Alex", "--banks", HardeningDriver.banks,
                    "--results", "out", "--seed", "5",
                ] + extra, in: folder)
            var ids: [String] = []
            while ids.count < 5, let object = session.nextQuestionOrEnd(), object["type"] as? String == "question" {
                ids.append(object["id"] as? String ?? "?")
                session.send(HardeningDriver.reply(to: object))
            }
            _ = session.wait()
            return ids
        }
        // The same seed asks the same questions when nothing is avoided.
        #expect(try firstQuestions([]) == Array(first.questionIDs.prefix(5)))
        let avoiding = try firstQuestions(["--avoid-repeats"])
        #expect(Set(avoiding).isDisjoint(with: first.resultItemIDs), "\(avoiding)")
    }

    @Test("--name is capped at 80 characters and refuses control and bidi characters")
    func nameChecks() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in [String(repeating: "n", count: 81), "Eve\u{202E}gnp.exe", "Mallory\u{1B}]52;c;SGVsbG8=\u{07}", "A\u{2066}B"] {
            let outcome = try RolefitProcess.run(
                ["take", "--name", name, "--banks", HardeningDriver.banks, "--results", "out"], in: folder, input: "")
            #expect(outcome.status == 64, "\(outcome)")
            #expect(outcome.stderr.contains("--name"), "\(outcome)")
        }
        let fine = try RolefitProcess.run(
            [
                "take", "--name", String(repeating: "n", count: 80), "--banks", HardeningDriver.banks,
                "--results", "out", "--format", "jsonl",
            ], in: folder, input: "")
        #expect(fine.status == 0, "\(fine)")
    }
}
