import Foundation
import Testing

/// The CAT benchmark files the tests read: the 200-simulee slice shipped in `Benchmarks/cat`,
/// the oracle values in `Fixtures/oracles.json`, and the optional full workload beside the package
/// (`../shared/bench/cat`).
enum SharedBenchFiles {
    /// The package root, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // IRT
            .deletingLastPathComponent()  // RoleFitCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
    }

    /// The shipped slice of the reference CAT workload (the first 200 simulees).
    static var workloadDirectory: URL {
        packageRoot.appendingPathComponent("Benchmarks/cat")
    }

    /// The full workload beside the package, when it is there.
    static var fullWorkloadDirectory: URL? {
        let url = packageRoot.appendingPathComponent("../shared/bench/cat").standardizedFileURL
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("workload.json").path) ? url : nil
    }

    /// Decodes the oracle values (a copy of shared/bench/cat/oracles.json kept with the tests).
    static func oracles() throws -> OracleFile {
        let url = packageRoot.appendingPathComponent("Tests/RoleFitCoreTests/Fixtures/oracles.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("oracles.json not found at \(url.path)")
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONDecoder().decode(OracleFile.self, from: data)
    }
}

/// The parts of shared/bench/cat/oracles.json the tests use.
struct OracleFile: Decodable {
    struct ThreePL: Decodable {
        let a: Double
        let b: Double
        let c: Double
    }

    struct ItemCurves: Decodable {
        let items: [String: ThreePL]
        let thetas: [Double]
        let P: [String: [Double]]
        let info: [String: [Double]]
    }

    struct Selection: Decodable {
        let theta: Double
        let administered: [Int]
        let selected: Int
        let info_of_selected: Double
    }

    struct EAPValue: Decodable {
        let eap: Double
        let posterior_sd: Double
    }

    struct CrossCheck: Decodable {
        let ref_1000pt_eap: Double
        let ref_1000pt_sd: Double
    }

    struct EAPOracles: Decodable {
        let bank10: [ThreePL]
        let patterns: [String: [Int]]
        let results: [String: [String: EAPValue]]
        let adaptivetesting_cross_check: [String: CrossCheck]
    }

    struct PointValue: Decodable {
        let theta: Double
        let se: Double
    }

    struct PolytomousItem: Decodable {
        let a: Double
        let thresholds: [Double]
    }

    struct PolytomousValue: Decodable {
        let theta: Double
        let category_probs: [Double]
        let info: Double
    }

    struct PolytomousModel: Decodable {
        let item: PolytomousItem
        let values: [PolytomousValue]
    }

    struct Polytomous: Decodable {
        let GRM: PolytomousModel
        let GPCM: PolytomousModel
    }

    let irf_3pl: ItemCurves
    let mfi_select_bank10: [Selection]
    let eap: EAPOracles
    let point_estimators: [String: PointEstimatorRows]
    let polytomous: Polytomous

    /// ML / BM / WL rows of one pattern (the "note" entry decodes to empty).
    struct PointEstimatorRows: Decodable {
        let rows: [String: PointValue]

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            rows = (try? container.decode([String: PointValue].self)) ?? [:]
        }
    }
}
