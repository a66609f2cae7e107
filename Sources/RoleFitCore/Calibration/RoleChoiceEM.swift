import Foundation

/// The role-choice tables P(option | best role) of role-keyed items and the pooled hit rate, from
/// collected choices, by a latent-class EM over the catalogue's roles: each session's best role is an
/// unobserved class (class shares estimated), its choices independent given the class. Each table row
/// gets a Dirichlet prior centred on the authored row with `priorStrength` pseudo-answers (for rows
/// derived from role keys: the keys' row at the current pooled hit rate), so an item few people
/// answered stays near its authored table. The pooled hit rate is the share of choices falling on an
/// option keyed to the chooser's class, over items whose table comes from keys (the M-step of the
/// model bank-format.md describes).
public struct RoleChoiceEM: Sendable {
    /// Pseudo-answers per table row: about as much weight as ten people of that role.
    public static let priorStrength = 10.0
    /// Stop when no table entry, class share or the hit rate moves by this in one cycle.
    public static let tolerance = 1e-7
    /// At most this many cycles.
    public static let maximumCycles = 2000

    /// One role-keyed item: its authored table and, when the table comes from keys, each option's roles.
    public struct ItemInput: Sendable {
        /// Item id.
        public var id: String
        /// `table[role][option]` as authored.
        public var table: [[Double]]
        /// Each option's keyed roles when the table is derived from keys; nil for an explicit table.
        public var optionRoles: [[String]]?

        /// Creates an input.
        public init(id: String, table: [[Double]], optionRoles: [[String]]?) {
            self.id = id
            self.table = table
            self.optionRoles = optionRoles
        }
    }

    /// What the EM found.
    public struct Fit: Sendable {
        /// Estimated tables, item by item (same order as the inputs).
        public var tables: [[[Double]]]
        /// How many sessions answered each item.
        public var answerCounts: [Int]
        /// The pooled hit rate (nil when no key-derived item was answered).
        public var hitRate: Double?
        /// Its approximate standard error, √(h(1 − h)/n) over the expected keyed choices n.
        public var hitRateStandardError: Double?
        /// Estimated share of each role among the sessions.
        public var classShares: [Double]
        /// Sessions with at least one choice.
        public var sessionCount: Int
        /// Cycles run.
        public var cycles: Int
        /// Whether the stop rule was met.
        public var converged: Bool
    }

    /// The role ids, in catalogue order (table rows).
    public var roleIDs: [String]

    /// Creates a fitter over these roles.
    public init(roleIDs: [String]) {
        self.roleIDs = roleIDs
    }

    /// Fits the tables to `sessions` (each a list of (item index, option) choices).
    public func fit(items: [ItemInput], sessions: [[(item: Int, option: Int)]], startHitRate: Double) -> Fit {
        let roleCount = roleIDs.count
        let answered = sessions.filter { !$0.isEmpty }
        var answerCounts = [Int](repeating: 0, count: items.count)
        for session in answered { for choice in session { answerCounts[choice.item] += 1 } }
        let keyed: [[[Bool]]?] = items.map { input in
            input.optionRoles.map { options in roleIDs.map { role in options.map { $0.contains(role) } } }
        }
        var hitRate = startHitRate
        var tables = items.map(\.table)
        var shares = [Double](repeating: 1 / Double(max(1, roleCount)), count: roleCount)
        var cycles = 0
        var converged = false
        var keyedMass = 0.0
        while cycles < Self.maximumCycles {
            cycles += 1
            var counts = items.map {
                [[Double]](repeating: [Double](repeating: 0, count: $0.table.first?.count ?? 0), count: roleCount)
            }
            var classMass = [Double](repeating: 0, count: roleCount)
            var onKey = 0.0
            var offKey = 0.0
            for session in answered {
                var logPosterior = shares.map { log(max($0, 1e-300)) }
                for choice in session {
                    for r in 0..<roleCount { logPosterior[r] += log(max(tables[choice.item][r][choice.option], 1e-300)) }
                }
                let top = logPosterior.max() ?? 0
                var weights = logPosterior.map { exp($0 - top) }
                let total = weights.reduce(0, +)
                for r in 0..<roleCount { weights[r] /= total }
                for r in 0..<roleCount { classMass[r] += weights[r] }
                for choice in session {
                    for r in 0..<roleCount {
                        counts[choice.item][r][choice.option] += weights[r]
                        guard let rows = keyed[choice.item] else { continue }
                        let keyedCount = rows[r].filter { $0 }.count
                        guard keyedCount > 0 && keyedCount < rows[r].count else { continue }
                        if rows[r][choice.option] { onKey += weights[r] } else { offKey += weights[r] }
                    }
                }
            }
            var change = 0.0
            if onKey + offKey > 0 {
                let next = onKey / (onKey + offKey)
                change = abs(next - hitRate)
                hitRate = next
            }
            keyedMass = onKey + offKey
            let sessionTotal = max(1, Double(answered.count))
            for r in 0..<roleCount {
                let next = classMass[r] / sessionTotal
                change = max(change, abs(next - shares[r]))
                shares[r] = next
            }
            for (index, input) in items.enumerated() {
                let centre =
                    input.optionRoles.map { RoleChoiceModel(optionRoles: $0, roleIDs: roleIDs, hitRate: hitRate).table }
                    ?? input.table
                for r in 0..<roleCount {
                    let rowTotal = counts[index][r].reduce(0, +)
                    for option in counts[index][r].indices {
                        let next =
                            (counts[index][r][option] + Self.priorStrength * centre[r][option]) / (rowTotal + Self.priorStrength)
                        change = max(change, abs(next - tables[index][r][option]))
                        tables[index][r][option] = next
                    }
                }
            }
            if change < Self.tolerance {
                converged = true
                break
            }
        }
        let anyKeyed = keyedMass > 0
        return Fit(
            tables: tables, answerCounts: answerCounts, hitRate: anyKeyed ? hitRate : nil,
            hitRateStandardError: anyKeyed ? (hitRate * (1 - hitRate) / keyedMass).squareRoot() : nil,
            classShares: shares, sessionCount: answered.count, cycles: cycles, converged: converged)
    }
}
