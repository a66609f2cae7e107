import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitResearch

/// The selection baselines of `simulate --compare` (issue 12, item 9).
@Suite("Simulation: selection baselines")
struct SimulationBaselineTests {
    /// The items a session presents when every answer is the first option (rating 3 for self-ratings).
    static func presented(_ selection: SelectionStrategy, seed: UInt64 = 3, maxItems: Int = 24) throws -> [Item] {
        let bankSet = SyntheticBanks.bankSet(knowledgePerArea: 4, gradedPerArea: 1, roleKeyed: 8)
        var session = try AssessmentSession(
            bankSet: bankSet, settings: SessionSettings(selection: selection, minItems: maxItems, maxItems: maxItems, seed: seed))
        var items: [Item] = []
        while let item = session.currentQuestion {
            items.append(item)
            try session.record(item.kind == .selfRating ? .rating(3) : .option(0), seconds: 5)
        }
        return items
    }

    @Test("Random among role-keyed: every role-keyed item first, in varying order, then the rest")
    func randomRoleKeyed() throws {
        let first = try Self.presented(.randomRoleKeyed)
        #expect(first.prefix(8).allSatisfy { $0.kind == .roleKeyed })
        #expect(first.dropFirst(8).allSatisfy { $0.kind != .roleKeyed })
        let other = try Self.presented(.randomRoleKeyed, seed: 4)
        #expect(first.prefix(8).map(\.id) != other.prefix(8).map(\.id))
    }

    @Test("Content-balanced random: role-keyed and capability items take turns; no area twice before every coverage area once")
    func contentBalanced() throws {
        let items = try Self.presented(.contentBalancedRandom)
        let plan = try AssessmentPlan(
            bankSet: SyntheticBanks.bankSet(knowledgePerArea: 4, gradedPerArea: 1, roleKeyed: 8), settings: SessionSettings())
        // Turns while both kinds last: keyed, capability, keyed, … (8 role-keyed items).
        for (position, item) in items.prefix(16).enumerated() {
            #expect((item.kind == .roleKeyed) == position.isMultiple(of: 2), "position \(position): \(item.id)")
        }
        let capability = items.filter { $0.kind != .roleKeyed }
        let coverage = Set(plan.coverageAreas.map { plan.bankSet.catalogue.areas[$0].id })
        let firstRound = capability.prefix(coverage.count).map(\.area)
        #expect(Set(firstRound) == coverage, "\(firstRound)")
        #expect(capability.allSatisfy { coverage.contains($0.area) })
        #expect(try Self.presented(.contentBalancedRandom, seed: 9).map(\.id) != items.map(\.id))
    }

    @Test("The comparison runs every baseline and claims a saving only against the best of them")
    func comparison() throws {
        let banks = try #require(SimulationSupport.shippedBanks)
        let report = try ComparisonReport.run(
            bankSet: banks, configuration: SimulationConfiguration(simulees: 16, seed: 2), lengths: [5, 10])
        #expect(report.rows.map(\.selection) == ["dec", "info", "random", "content-balanced", "random-keyed"])
        let baselines = report.rows.dropFirst()
        let best = try #require(baselines.max { $0.agreementAtMatchedLength < $1.agreementAtMatchedLength })
        #expect(report.bestBaseline == best.selection)
        #expect(report.bestBaselineAgreement == baselines.map { $0.agreementCurve.last ?? 0 }.max())
        if let items = report.decItemsToMatchBest {
            #expect(report.rows[0].agreementCurve[items - 1] >= report.bestBaselineAgreement)
        }
        #expect(ComparisonReport.itemsToReach(0.5, [0.1, 0.5, 0.9]) == 2)
        #expect(ComparisonReport.itemsToReach(0.95, [0.1, 0.5, 0.9]) == nil)
    }
}
