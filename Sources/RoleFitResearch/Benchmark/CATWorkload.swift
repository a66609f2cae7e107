import Foundation
import RoleFitCore

/// The CAT reference workload (all 2000 simulees in shared/bench/cat, the first 200 shipped in
/// Benchmarks/cat): a 3PL bank, true abilities and the
/// uniform draws that fix every simulee's answer to every item (x_ij = 1 if u_ij < P_j(θ_i)).
public struct CATWorkload: Sendable {
    /// The workload's name from workload.json.
    public var name: String
    /// The bank, by item id.
    public var bank: [LogisticItemModel]
    /// True abilities, by simulee id.
    public var thetas: [Double]
    /// Responses, row-major by simulee then item id (1 = right).
    public var responses: [UInt8]
    /// Items per CAT.
    public var testLength: Int
    /// The ability estimate before the first answer.
    public var initialTheta: Double
    /// The folder the files were read from.
    public var directory: String
    /// Seconds spent reading and parsing the CSV files.
    public var parseSeconds: Double
    /// Bytes read from uniforms.csv.
    public var uniformBytes: Int

    /// The number of simulees.
    public var simuleeCount: Int { thetas.count }

    /// The response of one simulee to one item.
    public func response(simulee: Int, item: Int) -> UInt8 { responses[simulee * bank.count + item] }

    /// Where `rolefit bench cat` looks when no folder is given: the full workload in
    /// ../shared/bench/cat or shared/bench/cat, else the 200-simulee slice shipped in Benchmarks/cat.
    public static let defaultDirectories = ["../shared/bench/cat", "shared/bench/cat", "Benchmarks/cat"]

    /// The first default folder that holds a workload.json, relative to `workingDirectory`.
    public static func locateDefault(workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> String {
        for candidate in defaultDirectories {
            let path = URL(fileURLWithPath: workingDirectory).appendingPathComponent(candidate).standardizedFileURL.path
            if FileManager.default.fileExists(atPath: path + "/workload.json") { return path }
        }
        throw WorkloadError.notFound(searched: defaultDirectories)
    }

    /// Reads workload.json, bank.csv, thetas.csv and uniforms.csv from a folder.
    public static func load(from directory: String) throws -> CATWorkload {
        let description = try WorkloadDescription.load(from: directory + "/workload.json")
        let start = DispatchTime.now().uptimeNanoseconds
        let bank = try readBank(directory + "/bank.csv", expectedCount: description.itemCount)
        let thetas = try readThetas(directory + "/thetas.csv", expectedCount: description.simuleeCount)
        let uniformsPath = directory + "/uniforms.csv"
        let uniformBytes = try readBytes(uniformsPath)
        let uniforms = try parseUniforms(uniformBytes, path: uniformsPath, simulees: thetas.count, items: bank.count)
        let parseSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var responses = [UInt8](repeating: 0, count: thetas.count * bank.count)
        for simulee in thetas.indices {
            for item in bank.indices {
                let index = simulee * bank.count + item
                responses[index] = uniforms[index] < bank[item].probabilityCorrect(at: thetas[simulee]) ? 1 : 0
            }
        }
        return CATWorkload(
            name: description.name, bank: bank, thetas: thetas, responses: responses,
            testLength: description.testLength, initialTheta: description.initialTheta, directory: directory,
            parseSeconds: parseSeconds, uniformBytes: uniformBytes.count
        )
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw WorkloadError.missingFile(path: path) }
        return [UInt8](data)
    }

    static func readBank(_ path: String, expectedCount: Int) throws -> [LogisticItemModel] {
        var scanner = CSVNumberScanner(bytes: try readBytes(path), path: path)
        scanner.skipLine()
        var bank: [LogisticItemModel] = []
        scanner.skipBlankLines()
        while !scanner.isAtEnd {
            let id = try scanner.number()
            guard id == Double(bank.count) else {
                throw WorkloadError.malformed(path: path, line: scanner.line, reason: "item ids must run 0, 1, 2, … in order")
            }
            let a = try scanner.number()
            let b = try scanner.number()
            let c = try scanner.number()
            guard a > 0, (0..<1).contains(c) else {
                throw WorkloadError.malformed(path: path, line: scanner.line, reason: "needs a > 0 and 0 ≤ c < 1")
            }
            try scanner.endOfLine()
            scanner.skipBlankLines()
            bank.append(LogisticItemModel(a: a, b: b, c: c))
        }
        guard bank.count == expectedCount else {
            throw WorkloadError.malformed(
                path: path, line: scanner.line,
                reason: "\(bank.count) items, workload.json says \(expectedCount)")
        }
        return bank
    }

    static func readThetas(_ path: String, expectedCount: Int) throws -> [Double] {
        var scanner = CSVNumberScanner(bytes: try readBytes(path), path: path)
        scanner.skipLine()
        var thetas: [Double] = []
        scanner.skipBlankLines()
        while !scanner.isAtEnd {
            let id = try scanner.number()
            guard id == Double(thetas.count) else {
                throw WorkloadError.malformed(path: path, line: scanner.line, reason: "simulee ids must run 0, 1, 2, … in order")
            }
            thetas.append(try scanner.number())
            try scanner.endOfLine()
            scanner.skipBlankLines()
        }
        guard thetas.count == expectedCount else {
            throw WorkloadError.malformed(
                path: path, line: scanner.line,
                reason: "\(thetas.count) simulees, workload.json says \(expectedCount)")
        }
        return thetas
    }

    static func parseUniforms(_ bytes: [UInt8], path: String, simulees: Int, items: Int) throws -> [Double] {
        var scanner = CSVNumberScanner(bytes: bytes, path: path)
        scanner.skipLine()
        var values = [Double](repeating: 0, count: simulees * items)
        for simulee in 0..<simulees {
            scanner.skipBlankLines()
            guard !scanner.isAtEnd else {
                throw WorkloadError.malformed(
                    path: path, line: scanner.line, reason: "only \(simulee) rows, expected \(simulees)")
            }
            guard try scanner.number() == Double(simulee) else {
                throw WorkloadError.malformed(path: path, line: scanner.line, reason: "row ids must run 0, 1, 2, … in order")
            }
            for item in 0..<items {
                guard !scanner.isAtEndOfLine else {
                    throw WorkloadError.malformed(
                        path: path, line: scanner.line, reason: "only \(item) uniforms, expected \(items)")
                }
                values[simulee * items + item] = try scanner.number()
            }
            try scanner.endOfLine()
        }
        return values
    }
}

/// The fields of workload.json the benchmark needs.
struct WorkloadDescription: Decodable {
    struct CATSettings: Decodable {
        let initial_theta: Double
        let test_length: Int
    }

    let name: String
    let n_items: Int
    let n_simulees: Int
    let cat: CATSettings

    var itemCount: Int { n_items }
    var simuleeCount: Int { n_simulees }
    var testLength: Int { cat.test_length }
    var initialTheta: Double { cat.initial_theta }

    static func load(from path: String) throws -> WorkloadDescription {
        guard let data = FileManager.default.contents(atPath: path) else { throw WorkloadError.missingFile(path: path) }
        do {
            let description = try JSONCoding.decoder().decode(WorkloadDescription.self, from: data)
            guard description.n_items > 0, description.n_simulees > 0, description.cat.test_length > 0,
                description.cat.test_length <= description.n_items
            else {
                throw WorkloadError.invalidDescription(
                    path: path, reason: "item, simulee and test-length counts must be positive")
            }
            return description
        } catch let error as WorkloadError {
            throw error
        } catch {
            throw WorkloadError.invalidDescription(
                path: path, reason: "needs name, n_items, n_simulees, cat.initial_theta and cat.test_length (\(error))")
        }
    }
}
