import Foundation
import Testing

/// `rolefit simulate` as a person runs it: the JSON keys the issues list, the comparison, populations,
/// depths and interviews, bad input.
@Suite struct SimulateEndToEndTests {
    static let banks = RolefitProcess.shippedBanks.path

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

    @Test func comparesDECWithEveryBaseline() throws {
        let run = try RolefitProcess.run(
            ["simulate", "--simulees", "4", "--compare", "--json", "--banks", Self.banks],
            in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0, "\(run)")
        let object = try Self.json(run.stdout)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(
            rows.compactMap { $0["selection"] as? String } == ["dec", "info", "random", "content-balanced", "random-keyed"])
        for key in ["matched_length", "best_baseline", "best_baseline_agreement", "best_baseline_items"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        for row in rows {
            let at = try #require(row["agreement_at"] as? [String: Double])
            #expect(Set(at.keys) == ["10", "20", "30", "40"])
        }
    }

    @Test func runsSeveralPopulationsAndDepths() throws {
        let run = try RolefitProcess.run(
            [
                "simulate", "--simulees", "3", "--seed", "2", "--population", "random", "--population", "all-low",
                "--depth", "all", "--json", "--banks", Self.banks,
            ], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0, "\(run)")
        let object = try Self.json(run.stdout)
        let reports = try #require(object["reports"] as? [[String: Any]])
        #expect(
            reports.compactMap { $0["population"] as? String } == ["random", "random", "random", "all-low", "all-low", "all-low"])
        #expect(
            reports.compactMap { $0["depth"] as? String } == ["quick", "standard", "thorough", "quick", "standard", "thorough"])
        for report in reports {
            for key in ["confident_share", "no_clear_fit_share", "flag_rates", "measured_share", "capability_by_role"] {
                #expect(report[key] != nil, "missing \(key)")
            }
            #expect(report["agreement_truth_with_hybrid"] == nil, "random and all-low have no true role")
        }
        let lengths = try #require(object["mean_length_by_depth"] as? [String: [String: Double]])
        #expect(Set(lengths.keys) == ["random", "all-low"] && lengths["random"]?.count == 3)
    }

    @Test func runsAnInterviewPopulation() throws {
        let run = try RolefitProcess.run(
            [
                "simulate", "--simulees", "3", "--population", "faker-wrong", "--target", "tpm", "--json", "--banks",
                Self.banks,
            ], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0, "\(run)")
        let object = try Self.json(run.stdout)
        #expect(object["target_role"] as? String == "tpm" && object["faked_role"] as? String == "tpm")
        #expect(object["target_verdicts"] as? [String: Double] != nil)
    }

    @Test func rejectsBadOptions() throws {
        for arguments in [
            ["--selection", "fixed"], ["--keyed-hit", "1.5"], ["--simulees", "0"], ["--population", "lazy"],
            ["--depth", "deep"], ["--target", "astronaut"], ["--faked-role", "astronaut", "--population", "faker-wrong"],
            ["--compare", "--population", "all"],
        ] {
            let run = try RolefitProcess.run(
                ["simulate", "--banks", Self.banks] + arguments, in: FileManager.default.temporaryDirectory)
            #expect(run.status == 64, "\(arguments): \(run)")
        }
    }
}
