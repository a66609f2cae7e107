import Foundation
import Testing

/// Paths to the shared benchmark files that sit beside the package (`../shared/bench/cat`).
enum SharedBenchFiles {
    /// The package root, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // IRT
            .deletingLastPathComponent()  // RoleFitCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
    }

    /// The reference CAT workload directory.
    static var workloadDirectory: URL {
        packageRoot.appendingPathComponent("../shared/bench/cat").standardizedFileURL
    }

    /// Decodes `oracles.json`, recording a test issue that names the expected path when it is missing.
    static func oracles() throws -> OracleFile {
        let url = workloadDirectory.appendingPathComponent("oracles.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("oracles.json not found at \(url.path); clone the shared files beside the package")
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
