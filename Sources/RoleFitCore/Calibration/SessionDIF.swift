import Foundation

/// DIF from collected sessions between the two values of a result field (`--group-by mode` …), per
/// dimension. Adaptive sessions answer different items, so the total over common items matches
/// nobody; people are matched instead on their EAP θ in the dimension (from the calibrated parameters
/// where there are some, else the authored ones; N(0, 1) prior on 61 nodes), in strata 0.5 wide.
public enum SessionDIF {
    /// The width of a matching stratum on θ.
    public static let stratumWidth = 0.5

    /// One dimension's DIF rows.
    public struct Dimension: Sendable, Encodable {
        /// The dimension, in words.
        public var dimension: String
        /// Item ids (rows' `item` index into this).
        public var itemIDs: [String]
        /// The report, or nil when the field does not split this dimension's people into two groups.
        public var report: DIFReport?
        /// Why there is no report.
        public var note: String?
    }

    /// DIF for every dimension.
    public static func analyze(
        _ answers: SessionAnswers, calibration: BankCalibration, field: String, focal: String?
    ) -> [Dimension] {
        var parameters: [String: ItemParameters] = [:]
        for outcome in calibration.items { parameters[outcome.id] = outcome.calibrated ?? outcome.authored }
        let settings = CalibrationSettings()
        return answers.dimensions.map { dimension in
            let ids = dimension.items.map(\.id)
            let labels = dimension.rowSessions.map { answers.sessions[$0].fields[field] }
            var counts: [String: Int] = [:]
            for label in labels.compactMap({ $0 }) { counts[label, default: 0] += 1 }
            let names = counts.keys.sorted()
            guard names.count == 2 else {
                return Dimension(
                    dimension: dimension.dimension.description, itemIDs: ids, report: nil,
                    note:
                        "'\(field)' has \(names.count) values among its people (\(names.joined(separator: ", "))); DIF needs exactly two"
                )
            }
            let focalName =
                focal.flatMap { names.contains($0) ? $0 : nil }
                ?? ((counts[names[1]] ?? 0) < (counts[names[0]] ?? 0) ? names[1] : names[0])
            let referenceName = names[0] == focalName ? names[1] : names[0]
            let levels = strata(dimension, parameters: parameters, settings: settings)
            let rows = DifferentialItemFunctioning.analyze(
                dimension.matrix, focal: labels.map { $0.map { $0 == focalName } }, strata: levels,
                itemCategories: dimension.items.map(\.categoryCount))
            return Dimension(
                dimension: dimension.dimension.description, itemIDs: ids,
                report: DIFReport(reference: referenceName, focal: focalName, unmatchedIDs: [], items: rows), note: nil)
        }
    }

    /// Each row's stratum: its EAP θ, binned.
    static func strata(_ dimension: DimensionAnswers, parameters: [String: ItemParameters], settings: CalibrationSettings)
        -> [Int]
    {
        let nodes = settings.nodes
        let categories = dimension.matrix.categoryCount
        var table = [Double](repeating: 0, count: dimension.items.count * categories * nodes.count)
        table.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for (index, item) in dimension.items.enumerated() {
                guard let (kernel, values) = ItemModelKernel.kernel(for: parameters[item.id] ?? item.parameters) else { continue }
                kernel.logProbabilities(values[...], nodes: nodes, into: base + index * categories * nodes.count)
            }
        }
        let matrix = dimension.matrix
        let top = Int(((nodes.last ?? 6) - (nodes.first ?? -6)) / stratumWidth)
        return (0..<matrix.personCount).map { person in
            var log = settings.logWeights
            for index in matrix.rowStart[person]..<matrix.rowStart[person + 1] {
                let row = (Int(matrix.items[index]) * categories + Int(matrix.categories[index])) * nodes.count
                for q in nodes.indices { log[q] += table[row + q] }
            }
            let peak = log.max() ?? 0
            var mass = 0.0
            var mean = 0.0
            for q in nodes.indices {
                let weight = exp(log[q] - peak)
                mass += weight
                mean += weight * nodes[q]
            }
            let theta = mass > 0 && mean.isFinite ? mean / mass : 0
            let stratum = ((theta - (nodes.first ?? -6)) / stratumWidth).rounded(.down)
            return stratum.isFinite ? min(top, max(0, Int(min(Double(top), max(0, stratum))))) : 0
        }
    }

    /// The report in words: per dimension, the groups and one line per item.
    public static func text(_ dimensions: [SessionDIF.Dimension], field: String) -> String {
        var lines = ["", "DIF by \(field) (matched on each person's EAP θ in the dimension, strata \(stratumWidth) wide):"]
        for dimension in dimensions {
            guard let report = dimension.report else {
                lines.append("\(dimension.dimension): not tested: \(dimension.note ?? "")")
                continue
            }
            lines.append("\(dimension.dimension): focal \(report.focal) vs reference \(report.reference)")
            lines += report.lines(itemNames: dimension.itemIDs)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
