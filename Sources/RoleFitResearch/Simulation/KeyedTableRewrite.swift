import RoleFitCore

/// Rebuilds the default role-choice tables of a bank set at another hit rate, to study an engine
/// that assumes weaker (or stronger) role-keyed items than the banks' default 0.55.
enum KeyedTableRewrite {
    /// `bankSet` with every role-keyed item whose table comes from its key rebuilt at `hitRate`.
    static func bankSet(_ bankSet: BankSet, hitRate: Double) -> BankSet {
        let roleIDs = bankSet.catalogue.roles.map(\.id)
        var rewritten = bankSet
        for b in rewritten.banks.indices {
            for i in rewritten.banks[b].items.indices where rewritten.banks[b].items[i].parameterSource == .roleKey {
                let item = rewritten.banks[b].items[i]
                let model = RoleChoiceModel(optionRoles: item.options.map(\.roles), roleIDs: roleIDs, hitRate: hitRate)
                rewritten.banks[b].items[i].parameters = .roleTable(model.table)
            }
        }
        return rewritten
    }
}
