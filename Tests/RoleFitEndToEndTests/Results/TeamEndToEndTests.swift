import Foundation
import RoleFitCore
import Testing

/// `rolefit team` over a folder of six hand-made results, one truncated file and one foreign JSON file.
@Suite struct TeamEndToEndTests {
    /// The folder: the six results, a truncated copy of one, a package.json, and a journal folder.
    static func teamFolder() throws -> URL {
        let folder = try ResultFixtures.folder()
        let results = folder.appendingPathComponent("Results")
        let paths = try ResultFixtures.save(TeamFixture.documents(), in: results)
        let whole = try Data(contentsOf: URL(fileURLWithPath: paths[0]))
        try whole.prefix(whole.count / 2).write(to: results.appendingPathComponent("2026-01-01T00-00-00_half-written.json"))
        try Data(#"{"name": "left-pad", "version": "1.3.0", "dependencies": {}}"#.utf8)
            .write(to: results.appendingPathComponent("package.json"))
        try FileManager.default.createDirectory(
            at: results.appendingPathComponent(".sessions"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: results.appendingPathComponent(".sessions/journal.json"))
        return folder
    }

    private struct Summary: Decodable {
        struct Area: Decodable {
            var id: String
            var measured: Int
            var mean: Double?
            var sd: Double?
        }
        struct Role: Decodable {
            var id: String
            var recommended: Int
            var inHybrid: Int
            var meanProbability: Double
        }
        struct Picks: Decodable {
            var number: Int
            var picks: Int
        }
        struct Question: Decodable {
            var id: String
            var shown: Int
            var answered: Int
            var correctShare: Double?
            var meanScore: Double?
            var meanRating: Double?
            var discrimination: Double?
            var options: [Picks]
        }
        struct Member: Decodable {
            var name: String
            var meanScore: Double?
        }
        var memberCount: Int
        var members: [Member]
        var areas: [Area]
        var roleMix: [Role]
        var weakestAreas: [String]
        var questions: [Question]
    }

    /// Point-biserial correlation by its textbook formula (M₁ − M₀) / sₙ · √(pq), with sₙ the population SD.
    static func pointBiserial(_ right: [Bool], _ totals: [Double]) -> Double {
        let ones = zip(right, totals).filter { $0.0 }.map(\.1)
        let zeros = zip(right, totals).filter { !$0.0 }.map(\.1)
        let n = Double(totals.count)
        let mean = totals.reduce(0, +) / n
        let sn = (totals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n).squareRoot()
        let p = Double(ones.count) / n
        return (ones.reduce(0, +) / Double(ones.count) - zeros.reduce(0, +) / Double(zeros.count)) / sn
            * (p * (1 - p)).squareRoot()
    }

    @Test("team over 6 results, a truncated file and a foreign file: exit 0, both named, numbers as computed by hand")
    func teamNumbers() throws {
        let folder = try Self.teamFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try RolefitProcess.run(["team", "--results", "Results", "--format", "json"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("Results/2026-01-01T00-00-00_half-written.json is not complete JSON"), "\(run.stderr)")
        #expect(run.stderr.contains("Results/package.json is JSON but not a RoleFit result"), "\(run.stderr)")
        #expect(!run.stderr.contains("journal"), "the journal folder must be ignored: \(run.stderr)")
        let team = try JSONDecoder().decode(Summary.self, from: Data(run.stdout.utf8))
        #expect(team.memberCount == 6)
        #expect(Set(team.members.map(\.name)) == Set(TeamFixture.names))

        // Means and sample SDs by hand: risk 40…90 → 65, √(1750/5) = √350; prio 70, 80, 90, 60, 50 → 70, √(1000/4);
        // tech 20, 30, 40, 10 → 25, √(500/3).
        let areas = Dictionary(uniqueKeysWithValues: team.areas.map { ($0.id, $0) })
        let expected: [(String, Int, Double, Double)] = [
            ("risk-management", 6, 65, 350.0.squareRoot()), ("prioritisation", 5, 70, 250.0.squareRoot()),
            ("technical-depth", 4, 25, (500.0 / 3).squareRoot()),
        ]
        for (id, n, mean, sd) in expected {
            #expect(areas[id]?.measured == n, "\(id)")
            #expect(abs((areas[id]?.mean ?? -1) - mean) < 1e-9, "\(id) mean \(String(describing: areas[id]?.mean))")
            #expect(abs((areas[id]?.sd ?? -1) - sd) < 1e-9, "\(id) SD \(String(describing: areas[id]?.sd))")
        }
        #expect(abs(350.0.squareRoot() - 18.708) < 0.001 && abs(250.0.squareRoot() - 15.811) < 0.001)
        #expect(team.weakestAreas == ["technical-depth", "risk-management", "prioritisation"])
        let memberMeans = Dictionary(uniqueKeysWithValues: team.members.map { ($0.name, $0.meanScore) })
        #expect(
            memberMeans["Ana María"] == 55 && memberMeans["Cleo"] == 60 && memberMeans["Eve"] == 70 && memberMeans["Finn"] == 50)

        // Role mix: product alone for Ana, Ben, Eve; project for Dev; tpm for Finn; program + tpm hybrid for Cleo.
        let roles = Dictionary(uniqueKeysWithValues: team.roleMix.map { ($0.id, $0) })
        #expect(roles["product"]?.recommended == 3 && roles["product"]?.inHybrid == 0)
        #expect(roles["project"]?.recommended == 1 && roles["program"]?.recommended == 0 && roles["program"]?.inHybrid == 1)
        #expect(roles["tpm"]?.recommended == 1 && roles["tpm"]?.inHybrid == 1)
        #expect(abs((roles["product"]?.meanProbability ?? 0) - (0.70 + 0.80 + 0.02 + 0.10 + 0.90 + 0.05) / 6) < 1e-12)

        let questions = Dictionary(uniqueKeysWithValues: team.questions.map { ($0.id, $0) })
        // k1: right for Ana, Cleo, Eve of 6; picks 1:3 2:2 3:1 4:0; member means 55 50 60 55 70 50.
        let k1 = try #require(questions["k1"])
        #expect(k1.shown == 6 && k1.answered == 6 && k1.correctShare == 0.5)
        #expect(k1.options.map(\.picks) == [3, 2, 1, 0])
        let k1r = Self.pointBiserial([true, false, true, false, true, false], [55, 50, 60, 55, 70, 50])
        #expect(abs(k1r - 0.72761) < 1e-4, "hand value of the formula itself: \(k1r)")
        #expect(abs((k1.discrimination ?? 9) - k1r) < 1e-9, "\(String(describing: k1.discrimination))")
        // k2: shown 4, Dev skipped; right for Ana and Ben, wrong for Cleo → 2/3; r = (52.5 − 60)/√(50/3)·√(2/9).
        let k2 = try #require(questions["k2"])
        #expect(k2.shown == 4 && k2.answered == 3 && abs((k2.correctShare ?? 0) - 2.0 / 3) < 1e-12)
        #expect(abs((k2.discrimination ?? 9) - Self.pointBiserial([true, true, false], [55, 50, 60])) < 1e-9)
        #expect(abs((k2.discrimination ?? 9) - -0.866025) < 1e-5)
        // g1: scores 3, 2, 1, 0 → mean 1.5 of 3; no correctness.
        let g1 = try #require(questions["g1"])
        #expect(g1.answered == 4 && g1.meanScore == 1.5 && g1.correctShare == nil)
        #expect(g1.options.map(\.picks) == [1, 1, 1, 1])
        // p1: options 1,1,2,3,1,2 → 3, 2, 1, 0; no discrimination for preferences.
        let p1 = try #require(questions["p1"])
        #expect(p1.options.map(\.picks) == [3, 2, 1, 0] && p1.discrimination == nil && p1.correctShare == nil)
        // s1: ratings 4, 5, 3 → mean 4.
        let s1 = try #require(questions["s1"])
        #expect(s1.meanRating == 4 && s1.options.map(\.picks) == [0, 0, 1, 1, 1])
    }

    @Test("team text shows the same numbers, the weakest areas and the disclaimer")
    func teamText() throws {
        let folder = try Self.teamFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try RolefitProcess.run(["team", "--results", "Results"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("Team report: 6 members"))
        let risk = run.stdout.split(separator: "\n").first { $0.contains("Risk management") && $0.contains("n 6") }
        #expect(risk?.contains("65.0  ± 18.7") == true, "\(run.stdout)")
        #expect(run.stdout.contains("Weakest areas: Technical depth and architecture · Risk management · Prioritisation"))
        // Questions are summarised (the hardest, the least discriminating), not listed one by one.
        #expect(run.stdout.contains("Hardest (lowest share of full marks") && run.stdout.contains("50% of full marks over 6"))
        #expect(run.stdout.contains("rolefit team --results Results --format csv --table questions"))
        #expect(run.stdout.split(separator: "\n").count < 60, "\(run.stdout)")
        #expect(run.stdout.contains("Area scores:") && !run.stdout.contains("areaScores"), "methods by human label")
        #expect(run.stdout.contains("must not be used as the sole basis"))
        #expect(run.stderr.contains("package.json"))
    }

    @Test("team CSV tables round-trip through Python's csv module")
    func teamCSV() throws {
        let folder = try Self.teamFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (table, header, rows) in [
            (
                "members",
                "name,file,mode,recommendation,kind,no_clear_fit_reason,confidence,target_verdict,signals,mean_score,score:risk-management",
                6
            ),
            ("areas", "area,name,measured,mean,sd,min,max,weakest", 3),
            ("questions", "item_id,kind,area,prompt,shown,answered", 5),
        ] {
            let run = try RolefitProcess.run(
                [
                    "team", "--results", "Results", "--format", "csv", "--table", table,
                    "--output", "\(table).csv",
                ], in: folder)
            #expect(run.status == 0, "\(run)")
            let parsed = try ExternalTool.run(
                "python3",
                [
                    "-c",
                    """
                    import csv, sys
                    rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
                    print(','.join(rows[0])); print(len(rows) - 1); print(rows[1][0] if len(rows) > 1 else '')
                    """, "\(table).csv",
                ], in: folder)
            let lines = parsed.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix(header) == true, "\(table): \(parsed)")
            #expect(lines[safe: 1] == String(rows), "\(table): \(parsed)")
        }
    }

    @Test("a folder with nothing usable exits 1 with a message; a missing folder exits 1")
    func emptyFolders() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Results"), withIntermediateDirectories: true)
        try Data("[1, 2".utf8).write(to: folder.appendingPathComponent("Results/bad.json"))
        let empty = try RolefitProcess.run(["team", "--results", "Results"], in: folder)
        #expect(
            empty.status == 1 && empty.stderr.contains("no usable result files in 'Results'")
                && empty.stderr.contains("bad.json"), "\(empty)")
        let missing = try RolefitProcess.run(["team", "--results", "Nowhere"], in: folder)
        #expect(missing.status == 1 && missing.stderr.contains("there is no results folder 'Nowhere'"), "\(missing)")
    }
}
