import Foundation

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
        /// Expected test information of the area's performance items if all were asked, at θ = −1, 0 and 1
        /// (keys "-1", "0", "1"); its inverse square root is the smallest achievable standard error there.
        public var performanceInformation: [String: Double]
        /// The same for the area's self-ratings.
        public var selfRatingInformation: [String: Double]
    }

    /// The θ points at which test information is reported.
    public static let informationPoints: [Double] = [-1, 0, 1]

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
        /// Items whose parameters are provisional (from a difficulty rating, until calibrated).
        public var provisional: Int
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
            let source =
                switch item.parameterSource {
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
                keyedItems: items.count { item in item.kind == .roleKeyed && item.options.contains { $0.roles.contains(role.id) }
                })
        }
        func information(_ items: [Item]) -> [String: Double] {
            let models = items.map { ItemModel($0.parameters) }
            var result: [String: Double] = [:]
            for theta in Self.informationPoints {
                let total = models.reduce(0) { $0 + $1.information(at: theta) }
                result[String(format: "%g", theta)] = (total * 1000).rounded() / 1000
            }
            return result
        }
        areas = set.catalogue.areas.map { area in
            let own = items.filter { $0.area == area.id }
            return AreaSummary(
                id: area.id, name: area.name, items: byArea[area.id] ?? 0, byKind: areaKinds[area.id] ?? [:],
                performanceInformation: information(own.filter { $0.kind.isPerformance }),
                selfRatingInformation: information(own.filter { $0.kind == .selfRating }))
        }
        banks = set.banks.map {
            BankSummary(id: $0.id, title: $0.title, file: $0.file, itemCount: $0.items.count, contentHash: $0.contentHash)
        }
        totals = Totals(
            items: items.count, byArea: byArea, byKind: byKind, byParameterSource: bySource,
            provisional: items.count(where: \.isProvisional))
    }
}
