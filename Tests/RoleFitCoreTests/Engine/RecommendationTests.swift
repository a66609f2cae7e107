import Foundation
import Testing

@testable import RoleFitCore

/// Simulated respondents: a clear profile gets its role, a profile between two roles gets a hybrid.
@Suite("Recommendations for simulated respondents")
struct RecommendationTests {
    // The decision alone (quick depth) with the standard thresholds: these tests are about the decision rule.
    static let settings = SessionSettings(
        minItems: 8, maxItems: 40, thresholds: StoppingThresholds(), seed: 7, depth: .quick)

    @Test("A clear product manager is recommended product with P(best) ≥ 0.9 within the cap", arguments: [1, 2, 3] as [UInt64])
    func clearProfile(seed: UInt64) throws {
        var respondent = SimulatedRespondent(
            performance: ["area-2": 1.5, "area-3": 1.5, "area-0": 0.5, "area-1": -0.8, "area-4": -0.8, "area-5": -0.8],
            orientation: ["product"], seed: seed)
        var settings = Self.settings
        settings.seed = seed
        // The confident rule alone (an indifference stop may otherwise come first with a lower probability).
        settings.thresholds.indifferenceConfidence = 1
        var session = try AssessmentSession(bankSet: SyntheticBanks.bankSet(), settings: settings)
        try respondent.take(&session)
        let outcome = try #require(session.outcome)
        #expect(outcome.recommendation == .role("product"))
        #expect(outcome.stopReason == .confident)
        #expect(outcome.confidence >= 0.9)
        #expect(outcome.roles[1].probability >= 0.9)
        #expect(outcome.answeredCount <= settings.maxItems)
        #expect(outcome.answeredCount < settings.maxItems, "stopped by the decision rule, not the cap")
    }

    @Test("A profile between project and product, choosing both roles' options in turn, gives their hybrid")
    func betweenTwoRoles() throws {
        // Equal levels on both roles' areas and picks alternating between them: a tie. Capability
        // estimates from one or two items per area can still tip it (the shape posterior is honest about
        // its noise, not omniscient), so across seeds: never a third role, and their hybrid in at least half.
        var hybrids = 0
        let seeds: [UInt64] = [1, 2, 3, 4, 5, 6]
        for seed in seeds {
            var respondent = SimulatedRespondent(
                performance: [
                    "area-0": 0.8, "area-1": 0.8, "area-2": 0.8, "area-3": 0.8, "area-4": -0.8, "area-5": -0.8,
                    "area-6": -0.8, "area-7": -0.8,
                ],
                orientation: ["project", "product"], choosesKeyedOption: true, seed: seed)
            var settings = Self.settings
            settings.seed = seed
            var session = try AssessmentSession(bankSet: SyntheticBanks.bankSet(), settings: settings)
            try respondent.take(&session)
            let outcome = try #require(session.outcome)
            #expect(Set(outcome.recommendation.roleIDs).isSubset(of: ["project", "product"]))
            #expect(!outcome.recommendation.roleIDs.isEmpty)
            if outcome.recommendation.isHybrid {
                hybrids += 1
                #expect(outcome.confidence >= 0.5)
            }
        }
        #expect(hybrids * 2 >= seeds.count, "\(hybrids) hybrids in \(seeds.count) tied sessions")
    }
}
