import Foundation
import Testing

/// `rolefit simulate` as a person runs it: the JSON keys the issue lists, the comparison, bad input.
@Suite struct SimulateEndToEndTests {
    static let banks = RolefitProcess.packageRoot.appendingPathComponent("QuestionBanks").path

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func printsTheIssuesJSONKeys() throws {
        let run = try RolefitProcess.run(
            ["simulate", "--simulees", "12", "--seed", "4", "--json", "--banks", Self.banks],
            in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0, "\(run)")
        let object = try Self.json(run.stdout)
        for key in [
            "simulees", "agreement_truth", "agreement_full_bank", "agreement_full_bank_with_hybrid", "hybrid_share",
            "ece", "mean_length", "p90_length", "max_exposure", "never_used_share", "overlap_rate", "wall_s",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["simulees"] as? Int == 12)
    }

    @Test func comparesTheThreeStrategies() throws {
        let run = try RolefitProcess.run(
            ["simulate", "--simulees", "4", "--compare", "--json", "--banks", Self.banks],
            in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0, "\(run)")
        let rows = try #require(try Self.json(run.stdout)["rows"] as? [[String: Any]])
        #expect(rows.compactMap { $0["selection"] as? String } == ["dec", "info", "random"])
        for row in rows {
            let at = try #require(row["agreement_at"] as? [String: Double])
            #expect(Set(at.keys) == ["10", "20", "30", "40"])
        }
    }

    @Test func rejectsBadOptions() throws {
        for arguments in [["--selection", "fixed"], ["--keyed-hit", "1.5"], ["--simulees", "0"]] {
            let run = try RolefitProcess.run(
                ["simulate", "--banks", Self.banks] + arguments, in: FileManager.default.temporaryDirectory)
            #expect(run.status == 64, "\(arguments): \(run)")
        }
    }
}
