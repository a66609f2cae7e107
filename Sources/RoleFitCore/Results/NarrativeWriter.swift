/// Writes the strongest and weakest areas and two or three sentences on why the result came out as it did.
struct NarrativeWriter {
    let catalogue: Catalogue

    func narrative(recommendation: Recommendation, areas: [AreaSummary], records: [ItemRecord]) -> Narrative {
        let measured = areas.filter { $0.itemCount > 0 }
        let ranked = measured.sorted { $0.combined.theta > $1.combined.theta }
        let strongest = Array(ranked.prefix(3))
        let weakest = Array(ranked.reversed().prefix(3)).filter { area in !strongest.contains { $0.id == area.id } }
        var sentences: [String] = []
        let leaderID = recommendation.roleIDs.first ?? ""
        let leaderName = name(leaderID)
        let keyed = records.filter { $0.kind == .known(.roleKeyed) && $0.keyedRoles != nil }
        if !keyed.isEmpty {
            let picks = keyed.count { $0.keyedRoles?.contains(leaderID) == true }
            sentences.append(
                "In \(picks) of \(keyed.count) preference questions you chose what a \(leaderName.lowercased()) typically chooses."
            )
        }
        if let role = catalogue.role(leaderID) {
            let core = measured.filter { role.weight(of: $0.id) >= 0.10 }.sorted {
                role.weight(of: $0.id) > role.weight(of: $1.id)
            }
            let strong = core.filter { $0.score >= 60 }.prefix(2).map { $0.name.lowercased() }
            let weak = core.filter { $0.score < 40 }.prefix(2).map { $0.name.lowercased() }
            if !strong.isEmpty {
                sentences.append(
                    "Your answers showed strength in \(strong.joined(separator: " and ")), which weigh heavily for this role.")
            }
            if !weak.isEmpty {
                sentences.append(
                    "Scores in \(weak.joined(separator: " and ")), also central to the role, were lower: these are the places to grow."
                )
            }
        }
        if recommendation.isHybrid, recommendation.roleIDs.count == 2 {
            sentences.append(
                "Your answers fit \(name(recommendation.roleIDs[0]).lowercased()) and \(name(recommendation.roleIDs[1]).lowercased()) about equally well, so both are named."
            )
        }
        if sentences.isEmpty {
            sentences.append("The evidence so far is thin; a longer session would say more.")
        }
        return Narrative(
            strongest: strongest.map(\.id), weakest: weakest.map(\.id), why: sentences.prefix(3).joined(separator: " "))
    }

    private func name(_ roleID: String) -> String { catalogue.role(roleID)?.name ?? roleID }
}
