/// Counts that describe a bank set: what `rolefit banks list` and `rolefit banks stats` print.
public struct BankStatistics: Sendable, Codable, Hashable {
    /// A role as listed.
    public struct RoleSummary: Sendable, Codable, Hashable {
        /// Role id.
        public var id: String
        /// Role name.
        public var name: String
        /// One-line focus.
        public var focus: String
        /// Weight per area.
        public var weights: [String: Double]
        /// Items in areas that weigh ≥ 0.10 for this role (its core areas).
        public var coreItems: Int
        /// Role-keyed items with an option keyed to this role.
        public var keyedItems: Int
    }

    /// A skill area as listed.
    public struct AreaSummary: Sendable, Codable, Hashable {
        /// Area id.
        public var id: String
        /// Area name.
        public var name: String
        /// Items that load on it.
        public var items: Int
        /// Items per kind.
        public var byKind: [String: Int]
    }

    /// A bank as listed.
    public struct BankSummary: Sendable, Codable, Hashable {
        /// Bank id.
        public var id: String
        /// Bank title.
        public var title: String
        /// The file it came from.
        public var file: String
        /// Its number of items.
        public var itemCount: Int
        /// SHA-256 of its text.
        public var contentHash: String
    }

    /// Totals over all banks.
    public struct Totals: Sendable, Codable, Hashable {
        /// All items.
        public var items: Int
        /// Items per area id.
        public var byArea: [String: Int]
        /// Items per kind.
        public var byKind: [String: Int]
        /// Items per difficulty rating (provisional parameters) or "calibrated"/"role-key".
        public var byParameterSource: [String: Int]
    }

    /// Roles in catalogue order.
    public var roles: [RoleSummary]
    /// Areas in catalogue order.
    public var areas: [AreaSummary]
    /// Banks in load order.
    public var banks: [BankSummary]
    /// Totals.
    public var totals: Totals

    /// Computes the statistics of a bank set.
    public init(_ set: BankSet) {
        let items = set.items
        var byArea: [String: Int] = [:]
        var byKind: [String: Int] = [:]
        var bySource: [String: Int] = [:]
        var areaKinds: [String: [String: Int]] = [:]
        for item in items {
            byArea[item.area, default: 0] += 1
            byKind[item.kind.rawValue, default: 0] += 1
            areaKinds[item.area, default: [:]][item.kind.rawValue, default: 0] += 1
            let source = switch item.parameterSource {
            case .explicit: "calibrated"
            case .provisional(let rating): rating.rawValue
            case .roleKey: "role-key"
            }
            bySource[source, default: 0] += 1
        }
        roles = set.catalogue.roles.map { role in
            let core = Set(role.weights.filter { $0.value >= 0.10 }.keys)
            return RoleSummary(
                id: role.id, name: role.name, focus: role.focus, weights: role.weights,
                coreItems: items.count { core.contains($0.area) && $0.kind != .roleKeyed },
                keyedItems: items.count { item in item.kind == .roleKeyed && item.options.contains { $0.roles.contains(role.id) } })
        }
        areas = set.catalogue.areas.map {
            AreaSummary(id: $0.id, name: $0.name, items: byArea[$0.id] ?? 0, byKind: areaKinds[$0.id] ?? [:])
        }
        banks = set.banks.map {
            BankSummary(id: $0.id, title: $0.title, file: $0.file, itemCount: $0.items.count, contentHash: $0.contentHash)
        }
        totals = Totals(items: items.count, byArea: byArea, byKind: byKind, byParameterSource: bySource)
    }
}
