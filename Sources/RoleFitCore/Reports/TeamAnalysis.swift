/// Computes the team summary of a set of results: members, role mix, area means and SDs, the
/// weakest areas and per-question statistics.
public enum TeamAnalysis {
    /// How each statistic is computed (shown in every team report).
    public static let methods: [String: String] = [
        "areaScores":
            "Mean and sample standard deviation (n − 1) of the 0–100 area scores of the members measured in the area; areas a member was not asked about, or not measured precisely enough for a number, are left out.",
        "signals":
            "Integrity signals per member: rapid answers (faster than a quarter of the reading time), straight-lining, acquiescence, person-fit (answers that fit random responding), preference/skill split. \(IntegritySignals.caveat)",
        "weakestAreas": "The three lowest area means among areas measured for at least half the members.",
        "memberMeanScore":
            "A member's mean score is the mean of their 0–100 scores over the areas their session measured precisely enough for a number.",
        "discrimination":
            "Point-biserial correlation (Pearson's r) between the item score (1 right, 0 wrong; score ÷ maximum for graded scenarios) and the member's mean score, over the members who answered; uncorrected (the item's own area stays in the mean). Blank with fewer than 3 answers or when either side does not vary.",
    ]

    /// The summary of `results` (in the order given).
    public static func summarize(_ results: [LoadedResult]) -> TeamSummary {
        let members = results.map(member)
        let areaList = catalogueOrder(results.map { $0.document.areas.map { ($0.id, $0.name) } })
        let areas = areaList.map { id, name in areaStatistics(id: id, name: name, members: members) }
        let needed = max(1, (members.count + 1) / 2)
        let weakest = areas.filter { $0.measured >= needed && $0.mean != nil }
            .sorted { ($0.mean ?? 0, $0.id) < ($1.mean ?? 0, $1.id) }.prefix(3).map(\.id)
        let areaOrder = Dictionary(
            areaList.enumerated().map { ($0.element.0, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let noClearFit = NoClearFitReason.allCases.map { reason in
            NoClearFitCount(reason: reason, count: members.count { $0.noClearFitReason == reason })
        }
        return TeamSummary(
            memberCount: members.count, members: members, roleMix: roleMix(results), noClearFit: noClearFit,
            membersWithSignals: members.count { !$0.signals.isEmpty }, areas: areas,
            weakestAreas: Array(weakest),
            questions: QuestionStatisticsBuilder.statistics(results, memberMeans: members.map(\.meanScore), areaOrder: areaOrder),
            methods: methods)
    }

    static func member(_ result: LoadedResult) -> TeamMember {
        let document = result.document
        let measured = document.areas.filter(\.isMeasured)
        let scores = Dictionary(
            measured.map { ($0.id, ReportText.clampedScore($0.score)) }, uniquingKeysWith: { first, _ in first })
        return TeamMember(
            name: document.candidate, file: result.fileName, sessionID: document.sessionID, mode: document.mode,
            recommendation: document.recommendation.label, recommendedRoles: document.recommendation.roles,
            kind: document.recommendation.kind,
            noClearFitReason: document.recommendation.kind == .noClearFit ? document.recommendation.reason : nil,
            confidence: document.recommendation.confidence, targetVerdict: document.target?.verdict,
            signals: document.integrity.signals?.raised ?? [],
            meanScore: Statistics.mean(measured.map { Double(ReportText.clampedScore($0.score)) }), scores: scores)
    }

    private static func areaStatistics(id: String, name: String, members: [TeamMember]) -> TeamAreaStatistics {
        let values = members.compactMap { $0.scores[id] }
        let numbers = values.map(Double.init)
        return TeamAreaStatistics(
            id: id, name: name, measured: values.count, mean: Statistics.mean(numbers),
            sd: Statistics.standardDeviation(numbers), min: values.min(), max: values.max())
    }

    private static func roleMix(_ results: [LoadedResult]) -> [RoleMixEntry] {
        let roles = catalogueOrder(results.map { $0.document.roles.map { ($0.id, $0.name) } })
        return roles.map { id, name in
            let recommendations = results.map(\.document.recommendation)
            let alone = recommendations.count { $0.kind == .role && $0.roles.first == id }
            let hybrid = recommendations.count { $0.kind == .hybrid && $0.roles.contains(id) }
            let probabilities = results.map { result in result.document.roles.first { $0.id == id }?.probability ?? 0 }
            return RoleMixEntry(
                id: id, name: name, recommended: alone, inHybrid: hybrid,
                meanProbability: Statistics.mean(probabilities) ?? 0)
        }
    }

    /// The (id, name) pairs of several lists, each id once, in the order first met.
    static func catalogueOrder(_ lists: [[(String, String)]]) -> [(String, String)] {
        var seen = Set<String>()
        var ordered: [(String, String)] = []
        for list in lists { for (id, name) in list where seen.insert(id).inserted { ordered.append((id, name)) } }
        return ordered
    }
}
