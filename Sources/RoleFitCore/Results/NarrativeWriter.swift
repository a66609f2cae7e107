/// Writes the strongest and weakest areas and two or three sentences on why the result came out as it
/// did. Only measured areas (precise enough for a number) are named strongest, weakest, strong or low;
/// an area is among the strongest only with a score of 50 or more, among the weakest only below 50.
struct NarrativeWriter {
    let catalogue: Catalogue

    func narrative(
        recommendation: Recommendation, areas: [AreaSummary], records: [ItemRecord], axes: AxesSummary? = nil,
        target: TargetSummary? = nil
    ) -> Narrative {
        let measured = areas.filter(\.isMeasured)
        let ranked = measured.sorted { $0.combined.theta > $1.combined.theta }
        let strongest = Array(ranked.filter { $0.score >= 50 }.prefix(3))
        let weakest = Array(ranked.reversed().filter { $0.score < 50 }.prefix(3))
        var sentences: [String] = []
        if let target {
            sentences.append(
                "The interview's verdict on \(name(target.role).lowercased()), from the skills shown in its defining areas: \(ResultWording.verdict(target.verdict).lowercased())."
            )
        }
        if let reason = recommendation.noClearFitReason {
            sentences += noClearFit(reason, axes: axes, interview: target != nil)
        } else {
            sentences += roleSentences(recommendation, measured: measured, records: records)
        }
        if sentences.isEmpty {
            sentences.append("The evidence so far is thin; a longer session would say more.")
        }
        return Narrative(
            strongest: strongest.map(\.id), weakest: weakest.map(\.id), why: sentences.prefix(3).joined(separator: " "))
    }

    /// Why no role is named: the reason, the split in words, and what would help.
    private func noClearFit(_ reason: NoClearFitReason, axes: AxesSummary?, interview: Bool) -> [String] {
        var sentences = ["No role is recommended: \(reason.explanation)."]
        switch reason {
        case .preferencesAndSkillsSplit:
            if let disagreement = axes?.disagreement { sentences.append(disagreement) }
            sentences.append("Both are worth discussing with someone who knows the roles.")
        case .inconsistentAnswers:
            sentences.append("A session answered at an easy pace, reading each question, would say more.")
        case .tooLittleEvidence where !interview:
            sentences.append("A longer session would say more.")
        case .tooLittleEvidence:
            break
        }
        return sentences
    }

    /// Why the named role or hybrid: the preference picks, strong and low measured areas, the hybrid.
    private func roleSentences(_ recommendation: Recommendation, measured: [AreaSummary], records: [ItemRecord]) -> [String] {
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
        return sentences
    }

    private func name(_ roleID: String) -> String { catalogue.role(roleID)?.name ?? roleID }
}
