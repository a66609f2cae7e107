import Foundation
import RoleFitCore
import Testing

@Suite("rolefit calibrate from sessions")
struct CalibrateSessionsEndToEndTests {
    /// The calibration file the command wrote, decoded.
    func calibration(in root: URL) throws -> CalibrationDocument {
        let data = try Data(contentsOf: root.appendingPathComponent("banks/\(CalibrationDocument.fileName)"))
        return try JSONDecoder().decode(CalibrationDocument.self, from: data)
    }

    @Test(
        "800 simulated sessions: the file is written beside the banks, the loader applies it, estimates are nearer the truth than the authored values, the hit rate 0.7 is recovered within 0.04"
    )
    func endToEnd() throws {
        let root = try CalibrationBankFixture.folder()
        let truth = try CalibrationBankFixture.simulate(in: root, count: 800, hitRate: 0.7, seed: 11)
        let run = try RolefitProcess.run(
            ["calibrate", "--banks", "banks", "--results", "results", "--min-answers", "300"], in: root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("calibration from 800 sessions"), "\(run)")
        // The answers follow the (true) model, so the item-fit test runs on most items and flags almost none.
        let fitLine = run.stdout.split(separator: "\n").first { $0.hasPrefix("item fit: ") }
        let counts = fitLine.map { $0.split(separator: " ").compactMap { Int($0) } } ?? []
        #expect(counts.count >= 2 && counts[0] <= 2 && counts[1] >= 20, "\(run.stdout)")
        let document = try calibration(in: root)
        #expect(document.format == "rolefit-calibration/1")
        #expect(document.sessions == 800)
        #expect(document.minAnswers == 300)
        #expect(document.banks.map(\.id) == ["calib"])
        // Every scored item (39) and role-keyed item (8) had ~680 answers: all are calibrated.
        #expect(document.items.count == 47, "\(document.kept)")
        let hitRate = try #require(document.roleChoice?.hitRate)
        #expect(abs(hitRate - 0.7) <= 0.04, "hit rate \(hitRate)")

        let authored = try CalibrationBankFixture.banks(in: root)
        let loaded = BankLoader.load(paths: [root.appendingPathComponent("banks").path])
        let applied = try #require(loaded.bankSet, "\(loaded.diagnostics)")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        var authoredError = 0.0
        var calibratedError = 0.0
        var count = 0
        for item in applied.items where item.kind != .roleKeyed {
            let entry = try #require(document.items.first { $0.id == item.id })
            let irt = try #require(entry.irt)
            #expect(item.parameters.discrimination == irt.a, "\(item.id) was not applied")
            #expect(!item.isProvisional)
            guard let true_ = truth[item.id], let trueA = true_.discrimination,
                let original = authored.items.first(where: { $0.id == item.id })?.parameters.discrimination,
                let se = entry.se?.a
            else { continue }
            #expect(se > 0 && se < 1, "\(item.id) SE(a) \(se)")
            authoredError += abs(original - trueA)
            calibratedError += abs(irt.a - trueA)
            count += 1
        }
        #expect(count == 39)
        // Mean |a − a_true|: authored values are 0.3–0.5 off by construction; the estimates must do far better.
        #expect(calibratedError / Double(count) < 0.5 * authoredError / Double(count), "\(calibratedError) vs \(authoredError)")
        for item in applied.items where item.kind == .roleKeyed {
            guard case .roleTable(let table) = item.parameters else {
                Issue.record("\(item.id) lost its table")
                continue
            }
            // Option r is keyed to role r: the diagonal is the hit rate.
            for role in 0..<3 { #expect(abs(table[role][role] - 0.7) < 0.1, "\(item.id) \(table)") }
        }
    }

    @Test("--dry-run prints item, authored → calibrated, SE and N and writes nothing; --min-answers above N keeps everything")
    func dryRun() throws {
        let root = try CalibrationBankFixture.folder()
        try CalibrationBankFixture.simulate(in: root, count: 300, hitRate: 0.6, seed: 5)
        let run = try RolefitProcess.run(["calibrate", "--banks", "banks", "--results", "results", "--dry-run"], in: root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("items change (item, authored → calibrated, SE, N):"), "\(run)")
        #expect(
            run.stdout.range(
                of:
                    #"schedule-time-k0  a 1\.000 → \d\.\d{3} \(SE \d\.\d{3}\)  b -?\d\.\d{3} → -?\d\.\d{3} \(SE \d\.\d{3}\)  c 0\.250 → 0\.\d{3} \(SE \d\.\d{3}\)  N \d+"#,
                options: .regularExpression) != nil, "\(run.stdout)")
        #expect(run.stderr.contains("dry run: nothing written"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("banks/calibration.json").path))

        let held = try RolefitProcess.run(
            ["calibrate", "--banks", "banks", "--results", "results", "--min-answers", "100000"], in: root)
        #expect(held.status == 0, "\(held)")
        let document = try calibration(in: root)
        #expect(document.items.isEmpty)
        #expect(document.kept.count == 47)
        #expect(document.kept.allSatisfy { $0.reason.contains("fewer than 100000") }, "\(document.kept)")
        #expect(held.stdout.contains("47 items keep their authored values"))
    }

    @Test("Foreign, garbled and other-version results are listed and skipped; none usable is a clear error")
    func badResults() throws {
        let root = try CalibrationBankFixture.folder()
        try CalibrationBankFixture.simulate(in: root, count: 250, hitRate: 0.6, seed: 3)
        let results = root.appendingPathComponent("results")
        let files = try FileManager.default.contentsOfDirectory(atPath: results.path).filter { $0.hasSuffix(".json") }
        try "{\"hello\": 1}".write(to: results.appendingPathComponent("foreign.json"), atomically: true, encoding: .utf8)
        try "{\"schema\": \"rolefit-result/1\", \"sess".write(
            to: results.appendingPathComponent("garbled.json"), atomically: true, encoding: .utf8)
        // One result taken with another version of the bank.
        let victim = results.appendingPathComponent(try #require(files.sorted().first))
        var document = try ResultStore.decode(Data(contentsOf: victim))
        document.banks[0].sha256 = String(repeating: "0", count: 64)
        try ResultStore.encode(document).write(to: victim)
        let run = try RolefitProcess.run(["calibrate", "--banks", "banks", "--results", "results", "--dry-run"], in: root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("foreign.json"), "\(run)")
        #expect(run.stderr.contains("garbled.json"), "\(run)")
        #expect(
            run.stdout.contains(
                "not used: results/\(victim.lastPathComponent): was taken with other versions of the banks (calib)"), "\(run)")
        #expect(run.stdout.contains("calibration from 249 sessions"), "\(run)")
        #expect(!run.stderr.contains("Fatal error"))

        let empty = try CalibrationBankFixture.folder()
        try "{}".write(to: empty.appendingPathComponent("results/x.json"), atomically: true, encoding: .utf8)
        let none = try RolefitProcess.run(["calibrate", "--banks", "banks", "--results", "results"], in: empty)
        #expect(none.status == 1, "\(none)")
        #expect(none.stderr.contains("error: no result in results answers items of the banks"), "\(none)")
    }

    @Test(
        "--group-by mode: the three multiple-response items whose b is 1.0 higher in training sessions are flagged C, at most two of the other 36 scored items B or C"
    )
    func groupBy() throws {
        let root = try CalibrationBankFixture.folder()
        let shifted = CalibrationBankFixture.areas.map { "\($0)-m0" }
        try CalibrationBankFixture.simulate(
            in: root, count: 1600, hitRate: 0.6, seed: 21,
            trainingShift: Dictionary(uniqueKeysWithValues: shifted.map { ($0, 1.0) }))
        let run = try RolefitProcess.run(
            ["calibrate", "--banks", "banks", "--results", "results", "--dry-run", "--group-by", "mode"], in: root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("DIF by mode (matched on each person's EAP θ"), "\(run)")
        let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix("  item ") }
        #expect(rows.count == 39, "\(rows)")
        for id in shifted {
            #expect(rows.contains { $0.contains("(\(id)): C") }, "\(id): \(rows.filter { $0.contains(id) })")
        }
        let others = rows.filter { row in !shifted.contains { row.contains("(\($0))") } }
        let flagged = others.filter { $0.contains("): B") || $0.contains("): C") }
        #expect(flagged.count <= 2, "\(flagged)")
        let bad = try RolefitProcess.run(["calibrate", "--banks", "banks", "--group-by", "colour"], in: root)
        #expect(bad.status == 64, "\(bad)")
        // A focal group the field never takes is refused by name, not replaced by the smaller group.
        let unknownFocal = try RolefitProcess.run(
            ["calibrate", "--banks", "banks", "--results", "results", "--dry-run", "--group-by", "mode", "--focal", "traning"],
            in: root)
        #expect(unknownFocal.status == 64, "\(unknownFocal)")
        #expect(unknownFocal.stderr.contains("error: --focal traning is not a value of 'mode'"), "\(unknownFocal)")
        #expect(unknownFocal.stdout.isEmpty, "\(unknownFocal)")
        let namedFocal = try RolefitProcess.run(
            ["calibrate", "--banks", "banks", "--results", "results", "--dry-run", "--group-by", "mode", "--focal", "training"],
            in: root)
        #expect(namedFocal.status == 0, "\(namedFocal)")
        #expect(namedFocal.stdout.contains("focal training"), "\(namedFocal)")
        // --json: the calibration document's fields, every fitted item's fit row by id, and the DIF rows.
        let json = try RolefitProcess.run(
            ["calibrate", "--banks", "banks", "--results", "results", "--dry-run", "--group-by", "mode", "--json"], in: root)
        #expect(json.status == 0, "\(json)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "rolefit-calibration/1")
        let fits = try #require(object["itemFit"] as? [[String: Any]])
        #expect(fits.count >= 39, "\(fits.count)")
        #expect(fits.allSatisfy { ($0["id"] as? String)?.isEmpty == false && $0["fit"] is [String: Any] })
        let dimensions = try #require(object["dif"] as? [[String: Any]])
        let difRows = dimensions.compactMap { ($0["report"] as? [String: Any])?["items"] as? [[String: Any]] }.joined()
        #expect(difRows.count == 39, "\(difRows.count)")
    }

    @Test(
        "Pretest items (a 1.6, b −0.4; authored a 1, b 0.5) are recovered within 0.3 in a and 0.25 in b with the operational items held fixed"
    )
    func pretestRecovery() throws {
        let root = try CalibrationBankFixture.folder(pretest: true)
        try CalibrationBankFixture.simulate(in: root, count: 1500, hitRate: 0.6, seed: 31)
        let run = try RolefitProcess.run(["calibrate", "--banks", "banks", "--results", "results"], in: root)
        #expect(run.status == 0, "\(run)")
        let document = try calibration(in: root)
        for id in CalibrationBankFixture.pretestIDs {
            let entry = try #require(document.items.first { $0.id == id }, "\(document.kept)")
            let irt = try #require(entry.irt)
            #expect(abs(irt.a - 1.6) <= 0.3, "\(id): a = \(irt.a)")
            #expect(abs((irt.b ?? 99) - -0.4) <= 0.25, "\(id): b = \(irt.b ?? .nan)")
            #expect(entry.n > 1000)
        }
        let loaded = try #require(BankLoader.load(paths: [root.appendingPathComponent("banks").path]).bankSet)
        #expect(loaded.items.filter(\.isPretest).allSatisfy { !$0.isProvisional })
    }

    @Test("--responses with --dry-run, and --model without --responses, are usage errors")
    func usage() throws {
        let root = try CalibrationBankFixture.folder()
        let first = try RolefitProcess.run(["calibrate", "--responses", "x.csv", "--dry-run"], in: root)
        #expect(first.status == 64, "\(first)")
        let second = try RolefitProcess.run(["calibrate", "--banks", "banks", "--model", "3pl"], in: root)
        #expect(second.status == 64, "\(second)")
        #expect(second.stderr.contains("--model goes with --responses FILE"), "\(second)")
    }
}
