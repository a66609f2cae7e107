import Foundation
import RoleFitCore
import Testing

@Suite("Role-choice tables and the hit rate by latent-class EM")
struct RoleChoiceEMTests {
    static let roles = ["project", "product", "program", "tpm"]

    /// 12 items with four options, option r keyed to role r (items 8–11: options keyed to two roles
    /// each, so both forms of key are present); item 12 has an explicit table and is answered by few.
    static func items() -> [RoleChoiceEM.ItemInput] {
        var items: [RoleChoiceEM.ItemInput] = []
        for index in 0..<12 {
            let optionRoles: [[String]] =
                index < 8 ? roles.map { [$0] } : [["project", "program"], ["product"], ["tpm"], []]
            let table = RoleChoiceModel(optionRoles: optionRoles, roleIDs: roles).table
            items.append(RoleChoiceEM.ItemInput(id: "i\(index)", table: table, optionRoles: optionRoles))
        }
        let explicit = [[0.4, 0.2, 0.2, 0.2], [0.2, 0.4, 0.2, 0.2], [0.2, 0.2, 0.4, 0.2], [0.2, 0.2, 0.2, 0.4]]
        items.append(RoleChoiceEM.ItemInput(id: "sparse", table: explicit, optionRoles: nil))
        return items
    }

    /// Sessions answering each keyed item with probability 0.6 at the true hit rate; 20 sessions answer the sparse item uniformly.
    static func sessions(count: Int, hitRate: Double, seed: UInt64) -> [[(item: Int, option: Int)]] {
        var generator = SeededGenerator(seed: seed)
        let inputs = items()
        return (0..<count).map { person in
            let role = generator.nextIndex(below: roles.count)
            var choices: [(item: Int, option: Int)] = []
            for (index, input) in inputs.enumerated().dropLast() where generator.nextUnit() < 0.6 {
                let row = RoleChoiceModel(optionRoles: input.optionRoles ?? [], roleIDs: roles, hitRate: hitRate).table[role]
                var u = generator.nextUnit()
                var option = row.count - 1
                for (candidate, p) in row.enumerated() {
                    if u < p {
                        option = candidate
                        break
                    }
                    u -= p
                }
                choices.append((index, option))
            }
            if person < 20 { choices.append((inputs.count - 1, generator.nextIndex(below: 4))) }
            return choices
        }
    }

    @Test(
        "Simulated at hit rate 0.7 (and 0.4), 1,500 sessions: the pooled estimate is within 0.03; the sparse explicit table stays near its authored values"
    )
    func recovery() {
        for truth in [0.7, 0.4] {
            let fit = RoleChoiceEM(roleIDs: Self.roles).fit(
                items: Self.items(), sessions: Self.sessions(count: 1500, hitRate: truth, seed: 99), startHitRate: 0.55)
            #expect(fit.converged)
            let estimate = fit.hitRate ?? -1
            #expect(abs(estimate - truth) <= 0.03, "true \(truth), estimated \(estimate)")
            #expect((fit.hitRateStandardError ?? 1) < 0.01)
            // Each keyed item's own diagonal follows the truth too.
            for item in 0..<8 {
                for role in 0..<4 {
                    #expect(abs(fit.tables[item][role][role] - truth) < 0.12, "item \(item) \(fit.tables[item])")
                }
            }
            // 20 uniform answers against 10 pseudo-answers per row: still clearly above uniform on the diagonal.
            let sparse = fit.tables[12]
            for role in 0..<4 {
                #expect(sparse[role][role] > 0.27, "\(sparse)")
                #expect(abs(sparse[role].reduce(0, +) - 1) < 1e-9)
            }
            #expect(fit.answerCounts[12] == 20)
        }
    }

    @Test("No key-derived item answered: no hit rate, tables stay distributions")
    func noKeyedAnswers() {
        let items = Array(Self.items().suffix(1))
        let fit = RoleChoiceEM(roleIDs: Self.roles).fit(
            items: items, sessions: [[(0, 1)], [(0, 2)], []], startHitRate: 0.55)
        #expect(fit.hitRate == nil)
        #expect(fit.sessionCount == 2)
        for row in fit.tables[0] { #expect(abs(row.reduce(0, +) - 1) < 1e-9) }
    }
}
