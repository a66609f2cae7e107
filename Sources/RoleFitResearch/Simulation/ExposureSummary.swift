import RoleFitCore

/// Item exposure (docs/engine.md, Simulation): the share of sessions that presented each item, and the
/// overlap rate — the expected share of one session's items that another random session also asked:
/// Σ_i c_i(c_i − 1) / ((N − 1) Σ_j L_j), with c_i sessions presenting item i and L_j session lengths.
public struct ExposureSummary: Sendable, Hashable, Codable {
    /// The highest exposure rate.
    public var maxRate: Double
    /// The item with the highest rate.
    public var maxItem: String
    /// Share of items no session presented.
    public var neverUsedShare: Double
    /// Those items' ids, in bank order.
    public var neverUsed: [String]
    /// How many of them there are of each item kind.
    public var neverUsedByKind: [String: Int]
    /// The overlap rate between two sessions.
    public var overlapRate: Double

    /// Counts presentations over the records.
    init(records: [SimuleeRecord], items: [Item]) {
        let itemIDs = items.map(\.id)
        var counts = [Int](repeating: 0, count: itemIDs.count)
        var total = 0
        for record in records {
            for index in record.presented { counts[index] += 1 }
            total += record.length
        }
        let n = Double(max(1, records.count))
        let top = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
        maxRate = counts.isEmpty ? 0 : Double(counts[top]) / n
        maxItem = counts.isEmpty ? "" : itemIDs[top]
        let unused = itemIDs.indices.filter { counts[$0] == 0 }
        neverUsed = unused.map { itemIDs[$0] }
        neverUsedByKind = Dictionary(grouping: unused, by: { items[$0].kind.rawValue }).mapValues(\.count)
        neverUsedShare = itemIDs.isEmpty ? 0 : Double(neverUsed.count) / Double(itemIDs.count)
        let pairs = counts.reduce(0.0) { $0 + Double($1) * Double($1 - 1) }
        overlapRate = records.count > 1 && total > 0 ? pairs / (Double(records.count - 1) * Double(total)) : 0
    }

    enum CodingKeys: String, CodingKey {
        case maxRate = "max_rate"
        case maxItem = "max_item"
        case neverUsedShare = "never_used_share"
        case neverUsed = "never_used"
        case neverUsedByKind = "never_used_by_kind"
        case overlapRate = "overlap_rate"
    }
}
