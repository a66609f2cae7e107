import Foundation

/// A role-keyed item as a latent-class model (Rudner's measurement decision theory):
/// `table[role][option]` = P(option | the person's best role is `role`), roles in catalogue order.
public struct RoleChoiceModel: Sendable, Hashable {
    /// P(option | role), one row per role, each row summing to 1.
    public var table: [[Double]]

    /// The default probability of picking an option keyed to one's own role (bank-format.md).
    public static let defaultHitRate = 0.55

    /// Wraps an explicit table.
    public init(table: [[Double]]) {
        self.table = table
    }

    /// The table implied by the options' role keys: a person whose best role is r picks one of the
    /// options keyed to r with probability `hitRate` (split evenly among them) and the other options
    /// evenly. A role no option is keyed to, or one every option is keyed to, chooses uniformly.
    public init(optionRoles: [[String]], roleIDs: [String], hitRate: Double = RoleChoiceModel.defaultHitRate) {
        let optionCount = optionRoles.count
        table = roleIDs.map { role in
            let keyed = optionRoles.map { $0.contains(role) }
            let keyedCount = keyed.filter { $0 }.count
            guard optionCount > 0 else { return [] }
            if keyedCount == 0 || keyedCount == optionCount {
                return [Double](repeating: 1 / Double(optionCount), count: optionCount)
            }
            let onKey = hitRate / Double(keyedCount)
            let offKey = (1 - hitRate) / Double(optionCount - keyedCount)
            return keyed.map { $0 ? onKey : offKey }
        }
    }

    /// The number of options.
    public var optionCount: Int { table.first?.count ?? 0 }

    /// P(option | role).
    public func probability(option: Int, role: Int) -> Double { table[role][option] }
}
