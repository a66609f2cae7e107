import Foundation
import Testing

@testable import RoleFitCore

/// DEC, maximum information, random and fixed-form selection; randomesque; avoidance; content balancing.
@Suite("Item selection")
struct SelectionTests {
    static let bankSet = SyntheticBanks.bankSet()

    static func contrasts(_ session: AssessmentSession) -> DecisionContrasts {
        DecisionContrasts(
            state: session.decision, plan: session.plan,
            orientationLogLikelihood: [Double](repeating: 0, count: session.plan.roleIDs.count))
    }

    @Test("The DEC score is §5's Σ_s ω_s · [I g_{s,k}² / (1 + I Σ_kk)] / V_s")
    func decisionScoreFormula() throws {
        var session = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(seed: 1))
        // Some evidence so that μ ≠ 0 and the ω_s differ.
        for response in [ItemResponse.option(0), .option(1), .option(0), .option(0), .option(1)] {
            try session.record(response, seconds: 1)
        }
        let plan = session.plan
        let state = session.decision
        let scorer = DecisionContrasts(state: state, plan: plan, orientationLogLikelihood: [0, 0, 0, 0])
        let leader = state.focus
        for index in plan.items.indices where plan.dimensionOfItem[index] != nil && index % 7 == 0 {
            let k = try #require(plan.dimensionOfItem[index])
            let information = plan.models[index].information(at: state.combinedMean[k])
            var expected = 0.0
            for s in 0..<4 where s != leader {
                let c = (0..<plan.dimensions.count).map { $0 < 8 ? plan.roleWeights[leader][$0] - plan.roleWeights[s][$0] : 0 }
                let g = state.combinedCovariance.multiply(c)
                let variance = zip(c, g).reduce(0) { $0 + $1.0 * $1.1 }
                let delta = zip(c, state.combinedMean).reduce(0) { $0 + $1.0 * $1.1 }
                let omega = StandardNormal.cdf(-abs(delta) / variance.squareRoot())
                expected += omega * information * g[k] * g[k] / (1 + information * state.combinedCovariance[k, k]) / variance
            }
            #expect(abs(scorer.score(item: index, plan: plan) - expected) <= 1e-12 * max(1, expected))
        }
    }

    @Test("With uncorrelated areas, items in areas every role weights equally are worthless to DEC")
    func decisionIgnoresSharedAreas() throws {
        let session = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(areaCorrelation: 0))
        let scorer = Self.contrasts(session)
        for (index, item) in session.plan.items.enumerated() where item.kind == .singleChoice {
            let score = scorer.score(item: index, plan: session.plan)
            if item.area == "area-6" || item.area == "area-7" { #expect(score == 0) } else { #expect(score > 0) }
        }
    }

    @Test("Role-keyed value is the pair's mutual information over its entropy")
    func roleKeyedValue() {
        let focus = [0.55, 0.15, 0.15, 0.15]
        let other = [0.15, 0.55, 0.15, 0.15]
        // q = 1/2: MI = Σ_o ½ p_f log(p_f/m) + ½ p_s log(p_s/m) with m = (.35, .35, .15, .15); H = log 2.
        let mi = 0.55 * log(0.55 / 0.35) + 0.15 * log(0.15 / 0.35)
        #expect(
            abs(DecisionContrasts.relativeInformation(odds: 0.5, focusRow: focus, competitorRow: other) - mi / log(2)) <= 1e-14)
        #expect(DecisionContrasts.relativeInformation(odds: 0.5, focusRow: focus, competitorRow: focus) == 0)
        #expect(DecisionContrasts.relativeInformation(odds: 0, focusRow: focus, competitorRow: other) == 0)
        let perfect = DecisionContrasts.relativeInformation(odds: 0.3, focusRow: [1, 0], competitorRow: [0, 1])
        #expect(abs(perfect - 1) <= 1e-12)
    }

    @Test("Maximum information picks the largest I(θ̂_k)·Σ_kk; randomesque 1 is deterministic")
    func maximumInformation() throws {
        let settings = SessionSettings(selection: .information, randomesqueCount: 1)
        var session = try AssessmentSession(bankSet: Self.bankSet, settings: settings)
        for _ in 0..<6 {
            let plan = session.plan
            let state = session.decision
            let presented = Set(session.answers.compactMap { plan.index(ofItem: $0.itemID) })
            let best = plan.items.indices.filter { !presented.contains($0) && plan.dimensionOfItem[$0] != nil }.max { a, b in
                let ka = plan.dimensionOfItem[a] ?? 0
                let kb = plan.dimensionOfItem[b] ?? 0
                let va = plan.models[a].information(at: state.combinedMean[ka]) * state.combinedCovariance[ka, ka]
                let vb = plan.models[b].information(at: state.combinedMean[kb]) * state.combinedCovariance[kb, kb]
                return va != vb ? va < vb : a > b
            }
            #expect(session.currentQuestion?.id == best.map { plan.items[$0].id })
            try session.record(.option(0), seconds: 1)
        }
    }

    @Test("Randomesque chooses among the top k and the items tied with the k-th only, and does vary")
    func randomesque() throws {
        var picks = Set<String>()
        var topThree = Set<String>()
        for seed in 0..<40 as Range<UInt64> {
            let session = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(randomesqueCount: 3, seed: seed))
            let scorer = Self.contrasts(session)
            let plan = session.plan
            let ranked = plan.items.indices.sorted { a, b in
                let sa = scorer.score(item: a, plan: plan)
                let sb = scorer.score(item: b, plan: plan)
                return sa != sb ? sa > sb : a < b
            }
            let third = scorer.score(item: ranked[2], plan: plan)
            // Ties within 1e-12 (relative): permuted option rows sum in another order and differ in the last bit.
            topThree = Set(
                ranked.enumerated()
                    .filter { $0.offset < 3 || scorer.score(item: $0.element, plan: plan) >= third - 1e-12 * abs(third) }
                    .map { plan.items[$0.element].id })
            picks.insert(try #require(session.currentQuestion).id)
            let single = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(randomesqueCount: 1, seed: seed))
            #expect(single.currentQuestion?.id == plan.items[ranked[0]].id)
        }
        #expect(picks.isSubset(of: topThree))
        #expect(picks.count >= 2)
    }

    @Test("Items tied with the k-th best all get chosen across seeds; items below it never")
    func randomesqueTies() {
        // Scores: two clear leaders, then five tied items, then a weaker one.
        let scores = [0.9, 0.8, 0.5, 0.5, 0.5, 0.5, 0.5, 0.1]
        let ranked = Array(scores.indices)
        #expect(Array(ItemSelector.randomesqueSet(ranked: ranked, scores: scores, count: 3)) == [0, 1, 2, 3, 4, 5, 6])
        #expect(Array(ItemSelector.randomesqueSet(ranked: ranked, scores: scores, count: 2)) == [0, 1])
        #expect(Array(ItemSelector.randomesqueSet(ranked: ranked, scores: scores, count: 1)) == [0])
        #expect(Array(ItemSelector.randomesqueSet(ranked: [2, 3, 4], scores: scores, count: 1)) == [2])
        #expect(Array(ItemSelector.randomesqueSet(ranked: ranked, scores: scores, count: 8)) == ranked)
    }

    @Test("Fixed form asks in bank order; random varies with the seed and repeats nothing")
    func fixedAndRandom() throws {
        var fixed = try AssessmentSession(bankSet: Self.bankSet, settings: SessionSettings(selection: .fixedForm, maxItems: 12))
        while fixed.currentQuestion != nil { try fixed.record(.option(0), seconds: 1) }
        #expect(fixed.answers.map(\.itemID) == Self.bankSet.items.prefix(12).map(\.id))
        func randomOrder(_ seed: UInt64) throws -> [String] {
            var session = try AssessmentSession(
                bankSet: Self.bankSet, settings: SessionSettings(selection: .random, maxItems: 15, seed: seed, contentMinimum: 0))
            while session.currentQuestion != nil { try session.record(.option(0), seconds: 1) }
            return session.answers.map(\.itemID)
        }
        let first = try randomOrder(1)
        let second = try randomOrder(2)
        #expect(first != second)
        #expect(Set(first).count == first.count)
        #expect(first == (try randomOrder(1)))
    }

    @Test("Items from previous sessions are avoided while others remain, then used")
    func avoidance() throws {
        let avoid = Self.bankSet.items.filter { $0.area == "area-0" || $0.kind == .roleKeyed }.map(\.id)
        var session = try AssessmentSession(
            bankSet: Self.bankSet, settings: SessionSettings(minItems: 30, maxItems: 30, seed: 4, itemsToAvoid: avoid))
        var respondent = SimulatedRespondent(performance: ["area-0": 1], orientation: ["project"], seed: 1)
        try respondent.take(&session)
        #expect(session.answers.count == 30)
        #expect(session.answers.allSatisfy { !avoid.contains($0.itemID) })
        // A tiny bank: the avoided item comes last.
        let tiny = BankSet(
            catalogue: SyntheticBanks.catalogue,
            banks: [
                QuestionBank(
                    id: "t", title: "t", file: "t.yaml", items: Array(Self.bankSet.items.filter { $0.area == "area-1" }.prefix(3))
                )
            ])
        var small = try AssessmentSession(
            bankSet: tiny, settings: SessionSettings(selection: .fixedForm, itemsToAvoid: [tiny.items[0].id]))
        while small.currentQuestion != nil { try small.record(.option(1), seconds: 1) }
        #expect(small.answers.map(\.itemID) == [tiny.items[1].id, tiny.items[2].id, tiny.items[0].id])
        #expect(small.outcome?.stopReason == .bankExhausted)
    }

    @Test(
        "No decision stop before every area with role weight ≥ 0.10 has its minimum of measuring items",
        arguments: [1, 2])
    func contentBalancing(minimum: Int) throws {
        var respondent = SimulatedRespondent(
            performance: ["area-5": 1.5, "area-4": 1.2, "area-0": -1, "area-2": -1], orientation: ["tpm"], seed: 2)
        var session = try AssessmentSession(
            bankSet: Self.bankSet,
            settings: SessionSettings(
                minItems: 0, maxItems: 40, seed: 3, contentMinimum: minimum,
                contentWeightThreshold: 0.10, depth: .quick))
        try respondent.take(&session)
        let outcome = try #require(session.outcome)
        #expect([StopReason.confident, .topTwo, .indifference].contains(outcome.stopReason))
        #expect(session.plan.coverageAreas.count == 8)
        for area in outcome.areas { #expect(area.performance.itemCount >= minimum, "\(area.areaID)") }
    }

    @Test("A higher threshold excludes areas that no role weights that much from coverage")
    func coverageThreshold() throws {
        let plan = try AssessmentPlan(bankSet: Self.bankSet, settings: SessionSettings(contentWeightThreshold: 0.2))
        #expect(plan.coverageAreas == [0, 1, 2, 3, 4, 5])
        let none = try AssessmentPlan(bankSet: Self.bankSet, settings: SessionSettings(contentMinimum: 0))
        #expect(none.coverageAreas.isEmpty)
    }
}
