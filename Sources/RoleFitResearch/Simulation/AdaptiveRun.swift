import RoleFitCore

/// Runs one simulee through an adaptive session (answers read from its fixed set) and computes its
/// full-bank decision.
struct AdaptiveRun: Sendable {
    let plan: AssessmentPlan
    let responses: ResponseBook
    let factory: SimuleeFactory
    let studySeed: UInt64

    /// The record of simulee `number`.
    func record(_ number: Int) -> SimuleeRecord {
        let simulee = factory.simulee(number)
        let sessionPlan = AssessmentPlan(reseeding: plan, seed: Self.sessionSeed(study: studySeed, simulee: number))
        var session = AssessmentSession(plan: sessionPlan)
        var presented: [Int] = []
        var leaders: [Int] = []
        while let item = session.currentQuestion, let index = plan.index(ofItem: item.id) {
            presented.append(index)
            let response = responses.responses[index][simulee.categories[index]] ?? .skipped
            // The response comes from the item's own scoring table, so the engine accepts it.
            guard (try? session.record(response, seconds: 0)) != nil else { break }
            leaders.append(session.decision.leader)
        }
        let full = plan.decision(afterAnswering: simulee.categories.map { Optional($0) })
        let outcome = session.outcome
        let roleIndex = Dictionary(plan.roleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let areaCount = plan.bankSet.catalogue.areas.count
        return SimuleeRecord(
            trueRole: simulee.bestRole, fullBankRole: full.leader, fullBankProbability: full.probabilities[full.leader],
            fullBankCapabilityRole: Self.leader(of: full.capabilityProbabilities),
            recommended: outcome?.recommendation.roleIDs.compactMap { roleIndex[$0] } ?? [session.decision.leader],
            confidence: outcome?.confidence ?? 0, stopReason: outcome?.stopReason ?? .bankExhausted,
            presented: presented, leaders: leaders, trueAreas: Array(simulee.theta.prefix(areaCount)),
            estimatedAreas: (0..<areaCount).map { area in
                PosteriorSummary(
                    mean: session.decision.combinedMean[area],
                    standardDeviation: max(0, session.decision.combinedCovariance[area, area]).squareRoot())
            })
    }

    /// The index of the largest probability (lowest index on ties).
    static func leader(of probabilities: [Double]) -> Int {
        probabilities.indices.max { probabilities[$0] < probabilities[$1] || (probabilities[$0] == probabilities[$1] && $0 > $1) }
            ?? 0
    }

    /// The session seed of a simulee: the study seed mixed with its number.
    static func sessionSeed(study: UInt64, simulee: Int) -> UInt64 {
        var generator = SeededGenerator(seed: study ^ 0x5345_5353_494F_4E53, stream: UInt64(simulee))
        return generator.next()
    }
}
