import Foundation

/// The workload's estimates CSV: `item,a,b` (2PL), `item,a,b,c` (3PL), `item,a,b1,…,bm` (GRM, GPCM),
/// one row per item in column order, 8 decimals. An excluded item keeps its row with empty fields,
/// so row numbers stay item numbers and nothing reads as a number that was never estimated.
public enum EstimatesCSV {
    /// The file's text.
    public static func text(for result: CalibrationResult, categoryCount: Int) -> String {
        var header = ["item", "a"]
        switch result.model {
        case .twoPL: header.append("b")
        case .threePL: header += ["b", "c"]
        case .graded, .partialCredit: header += (1..<categoryCount).map { "b\($0)" }
        }
        var lines = [header.joined(separator: ",")]
        for item in result.items {
            let fields =
                item.estimate.map { $0.flattened.map(format) }
                ?? [String](repeating: "", count: header.count - 1)
            lines.append(([String(item.index)] + fields).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A value with 8 decimals.
    static func format(_ value: Double) -> String {
        String(format: "%.8f", value)
    }
}
