import RoleFitCore

/// Runs one simulee through an adaptive session (answers read from its fixed set, each given in the
/// item's reading time) and computes its full-bank decision.
struct AdaptiveRun: Sendable {
    let plan: AssessmentPlan
    let factory: SimuleeFactory
    let studySeed: UInt64
    /// Per item, the seconds its answer takes: the item's reading time, so the rapid-answer signal
    /// stays down for everyone (the populations differ in what they answer, not how fast).
    let seconds: [Double]

    /// Prepares the run.
    init(plan: AssessmentPlan, factory: SimuleeFactory, studySeed: UInt64) {
        self.plan = plan
        self.factory = factory
        self.studySeed = studySeed
        seconds = plan.readingSeconds
    }

    /// The record of simulee `number`.
    func record(_ number: Int) -> SimuleeRecord {
        let simulee = factory.simulee(number)
        let sessionPlan = AssessmentPlan(reseeding: plan, seed: Self.sessionSeed(study: studySeed, simulee: number))
        var session = AssessmentSession(plan: sessionPlan)
        var presented: [Int] = []
        var leaders: [Int] = []
        while let item = session.currentQuestion, let index = plan.index(ofItem: item.id) {
            presented.append(index)
            // The response is one of the item's own options, so the engine accepts it.
            guard (try? session.record(simulee.responses[index], seconds: seconds[index])) != nil else { break }
            leaders.append(session.decision.leader)
        }
        let full = plan.decision(afterAnswering: simulee.categories)
        let outcome = session.outcome
        let roleIndex = Dictionary(plan.roleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let areaCount = plan.bankSet.catalogue.areas.count
        let recommendation = outcome?.recommendation ?? .noClearFit(.tooLittleEvidence)
        return SimuleeRecord(
            trueRole: simulee.trueRole, fullBankRole: full.leader, fullBankProbability: full.probabilities[full.leader],
            fullBankCapabilityRole: Self.leader(of: full.capabilityProbabilities),
            recommended: recommendation.roleIDs.compactMap { roleIndex[$0] },
            confidence: outcome?.confidence ?? 0, stopReason: outcome?.stopReason ?? .bankExhausted,
            presented: presented, leaders: leaders, trueAreas: Array(simulee.theta.prefix(areaCount)),
            estimatedAreas: (0..<areaCount).map { area in
                PosteriorSummary(
                    mean: session.decision.combinedMean[area],
                    standardDeviation: max(0, session.decision.combinedCovariance[area, area]).squareRoot())
            }, pickRole: simulee.pickRole, kind: RecommendationKind(recommendation),
            noClearFitReason: recommendation.noClearFitReason,
            measuredAreas: outcome?.areas.map(\.isMeasured) ?? [Bool](repeating: false, count: areaCount),
            capabilityProbabilities: session.decision.capabilityProbabilities,
            fullBankCapabilityProbabilities: full.capabilityProbabilities, signals: outcome?.signals,
            targetVerdict: outcome?.target?.verdict)
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
