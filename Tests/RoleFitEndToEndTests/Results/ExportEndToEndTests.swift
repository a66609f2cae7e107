import Foundation
import RoleFitCore
import Testing

/// `rolefit export`: CSV that Python's csv module reads back, and JSON lines.
@Suite struct ExportEndToEndTests {
    /// Two real sessions, one hand-made result with a hostile name, and a foreign file.
    static func folder() throws -> (URL, [ResultDocument]) {
        let folder = try ResultFixtures.folder()
        var documents: [ResultDocument] = []
        for (name, seed) in [("Ada", 21), ("Ana María", 22)] {
            let session = try RealSessions.take(name: name, results: "Results", seed: seed, in: folder)
            let path = try #require(session.path, "\(session.run)")
            documents.append(try ResultStore.decode(Data(contentsOf: URL(fileURLWithPath: path))))
        }
        let hostile = ResultFixtures.document(
            name: "=HYPERLINK(\"x\"), \"Smith\"\nJr.", sessionID: "hostile", minute: 3, scores: [40, nil, 10],
            probabilities: ["product": 0.6, "project": 0.25, "program": 0.1, "tpm": 0.05], recommended: ["product"],
            items: TeamFixture.items(member: 3))
        try ResultFixtures.save([hostile], in: folder.appendingPathComponent("Results"))
        documents.append(hostile)
        try Data("not json".utf8).write(to: folder.appendingPathComponent("Results/notes.json"))
        return (folder, documents)
    }

    /// Reads a CSV file with Python's csv module and prints it back as JSON.
    static let reader = """
        import csv, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8') as handle:
            rows = list(csv.reader(handle))
        print(json.dumps({'header': rows[0], 'rows': rows[1:]}))
        """

    private struct Parsed: Decodable {
        var header: [String]
        var rows: [[String]]
    }

    @Test("sessions CSV: RFC 4180, expected header, one row per session, values intact after Python's csv")
    func sessionsCSV() throws {
        let (folder, documents) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try RolefitProcess.run(
            ["export", "--results", "Results", "--format", "csv", "--output", "sessions.csv"], in: folder)
        #expect(run.status == 0 && run.stderr.contains("Results/notes.json is not complete JSON"), "\(run)")
        let raw = try String(contentsOf: folder.appendingPathComponent("sessions.csv"), encoding: .utf8)
        #expect(
            raw.hasSuffix("\r\n") && raw.contains("\"'=HYPERLINK(\"\"x\"\"), \"\"Smith\"\"\nJr.\""),
            "quoted, quotes doubled, CRLF")
        let python = try ExternalTool.run("python3", ["-c", Self.reader, "sessions.csv"], in: folder)
        #expect(python.status == 0, "\(python)")
        let parsed = try JSONDecoder().decode(Parsed.self, from: Data(python.stdout.utf8))
        let areaIDs = documents[0].areas.map(\.id)
        let roleIDs = documents[0].roles.map(\.id)
        let fixed = [
            "file", "session_id", "name", "date", "mode", "target_role", "recommendation", "recommended_roles",
            "kind", "confidence", "stop_reason", "no_clear_fit_reason", "depth", "questions", "total_seconds",
            "preference_leader", "preference_confidence", "preference_clear", "capability_leader", "capability_confidence",
            "capability_clear", "p_no_preference", "p_random_responding", "axes_disagree", "target_verdict",
            "target_p_above_average", "self_view_gaps", "rapid_answers", "straight_lining", "acquiescence", "person_fit",
            "rule",
        ]
        #expect(Array(parsed.header.prefix(fixed.count)) == fixed)
        #expect(parsed.header.contains("score:\(areaIDs[0])") && parsed.header.contains("p:\(roleIDs[0])"))
        #expect(Set(parsed.header).count == parsed.header.count, "no repeated column")
        #expect(parsed.rows.count == 3)
        #expect(parsed.rows.allSatisfy { $0.count == parsed.header.count })
        let names = Set(parsed.rows.map { $0[2] })
        #expect(names == ["Ada", "Ana María", "'=HYPERLINK(\"x\"), \"Smith\"\nJr."], "\(names)")
        let ada = try #require(parsed.rows.first { $0[1] == documents[0].sessionID })
        #expect(ada[2] == "Ada")
        let column = { (name: String) in parsed.header.firstIndex(of: name) ?? 0 }
        #expect(Double(ada[column("confidence")]) == documents[0].recommendation.confidence)
        #expect(ada[column("questions")] == String(documents[0].items.count))
        // Areas not measured precisely enough get no number, as in every report.
        for area in documents[0].areas {
            #expect(ada[column("score:\(area.id)")] == (area.isMeasured ? String(area.score) : ""), "\(area.id)")
        }
        let recommendation = documents[0].recommendation
        #expect(ada[column("kind")] == recommendation.kind.rawValue)
        #expect(ada[column("no_clear_fit_reason")] == (recommendation.reason?.rawValue ?? ""))
        #expect(ada[column("rule")] == recommendation.rule && !(recommendation.rule ?? "").isEmpty)
        #expect(ada[column("depth")] == "standard")
        let axes = try #require(documents[0].axes)
        #expect(ada[column("preference_leader")] == (axes.preference.leader ?? ""))
        #expect(Double(ada[column("capability_confidence")]) == axes.capability.confidence)
        #expect(Double(ada[column("p_random_responding")]) == axes.randomResponderProbability)
        #expect(ada[column("axes_disagree")] == String(axes.disagree))
        let signals = try #require(documents[0].integrity.signals)
        #expect(ada[column("rapid_answers")] == String(signals.rapidAnswerCount))
        #expect(ada[column("person_fit")] == String(signals.personFit))
        // The hand-made document predates the axes and signals: their columns stay empty.
        let hostile = try #require(parsed.rows.first { $0[1] == "hostile" })
        for name in ["preference_leader", "p_random_responding", "rapid_answers", "rule", "depth", "target_verdict"] {
            #expect(hostile[column(name)] == "", "\(name)")
        }
        for role in documents[0].roles { #expect(Double(ada[column("p:\(role.id)")]) == role.probability) }
    }

    @Test("items CSV: one row per question shown, with the expected header")
    func itemsCSV() throws {
        let (folder, documents) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try RolefitProcess.run(["export", "--results", "Results", "--format", "csv", "--items"], in: folder)
        #expect(run.status == 0, "\(run)")
        try Data(run.stdout.utf8).write(to: folder.appendingPathComponent("items.csv"))
        let python = try ExternalTool.run("python3", ["-c", Self.reader, "items.csv"], in: folder)
        let parsed = try JSONDecoder().decode(Parsed.self, from: Data(python.stdout.utf8))
        #expect(
            parsed.header == [
                "file", "session_id", "name", "date", "mode", "index", "item_id", "kind", "area", "prompt",
                "response", "answer", "skipped", "correct", "score", "max_score", "seconds", "theta", "se",
                "leading_role", "leader_probability",
            ])
        #expect(parsed.rows.count == documents.reduce(0) { $0 + $1.items.count })
        #expect(parsed.rows.allSatisfy { $0.count == parsed.header.count })
        let skipped = parsed.rows.filter { $0[12] == "true" }
        #expect(
            skipped.count == 1 && skipped.first?[10] == "" && skipped.first?[13] == "",
            "the fixture's one skipped question (Dev's k2)")
        let first = documents[0].items[0]
        let row = try #require(parsed.rows.first { $0[1] == documents[0].sessionID && $0[5] == "1" })
        #expect(row[6] == first.id && row[9] == first.prompt && row[11] == first.answerText && row[2] == "Ada")
    }

    @Test("JSON lines: one object per session or per question")
    func jsonLines() throws {
        let (folder, documents) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sessions = try RolefitProcess.run(["export", "--results", "Results", "--format", "jsonl"], in: folder)
        let lines = sessions.stdout.split(separator: "\n")
        #expect(sessions.status == 0 && lines.count == 3)
        let rows = try lines.map { try JSONDecoder().decode(SessionExportRow.self, from: Data($0.utf8)) }
        let ada = try #require(rows.first { $0.sessionID == documents[0].sessionID })
        #expect(ada.name == "Ada" && ada.confidence == documents[0].recommendation.confidence)
        #expect(ada.scores.count == documents[0].areas.count && ada.probabilities.count == documents[0].roles.count)
        let items = try RolefitProcess.run(["export", "--results", "Results", "--format", "jsonl", "--items"], in: folder)
        #expect(items.stdout.split(separator: "\n").count == documents.reduce(0) { $0 + $1.items.count })
        let usage = try RolefitProcess.run(["export", "--results", "Results", "--format", "xlsx"], in: folder)
        #expect(usage.status == 64)
    }
}
