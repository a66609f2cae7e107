import Foundation
import RoleFitCore

/// Per-simulee results of a CAT run: the items given in order, the final EAP and its SE.
public struct CATRunRow: Sendable, Hashable {
    /// Simulee id.
    public var id: Int
    /// Final ability estimate.
    public var theta: Double
    /// Final posterior SD.
    public var standardError: Double
    /// Item ids in the order given.
    public var items: [Int]

    /// Creates a row.
    public init(id: Int, theta: Double, standardError: Double, items: [Int]) {
        self.id = id
        self.theta = theta
        self.standardError = standardError
        self.items = items
    }
}

/// The reference results (results/numpy-ref.csv: id,theta_hat,se,items).
public enum ReferenceRun {
    /// Reads the reference rows, by simulee id.
    public static func load(from path: String) throws -> [CATRunRow] {
        guard let data = FileManager.default.contents(atPath: path) else { throw WorkloadError.missingFile(path: path) }
        var scanner = CSVNumberScanner(bytes: [UInt8](data), path: path)
        scanner.skipLine()
        var rows: [CATRunRow] = []
        scanner.skipBlankLines()
        while !scanner.isAtEnd {
            let line = scanner.line
            let id = try scanner.number()
            let theta = try scanner.number()
            let se = try scanner.number()
            let itemText = scanner.restOfLine()
            let items = itemText.split(separator: " ").compactMap { Int($0) }
            guard id == Double(rows.count), items.count == itemText.split(separator: " ").count, !items.isEmpty else {
                throw WorkloadError.malformed(path: path, line: line, reason: "expected id,theta_hat,se,space-separated item ids")
            }
            rows.append(CATRunRow(id: rows.count, theta: theta, standardError: se, items: items))
            scanner.skipBlankLines()
        }
        return rows
    }
}
