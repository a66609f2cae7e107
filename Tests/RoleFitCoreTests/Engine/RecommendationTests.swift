import Foundation
import Testing

@testable import RoleFitCore

/// Simulated respondents: a clear profile gets its role, a profile between two roles gets a hybrid.
@Suite("Recommendations for simulated respondents")
struct RecommendationTests {
    // The decision alone (quick depth): these tests are about the decision rule, not the depth's measurement.
    static let settings = SessionSettings(minItems: 8, maxItems: 40, seed: 7, depth: .quick)

    @Test("A clear product manager is recommended product with P(best) ≥ 0.9 within the cap", arguments: [1, 2, 3] as [UInt64])
    func clearProfile(seed: UInt64) throws {
        var respondent = SimulatedRespondent(
            performance: ["area-2": 1.5, "area-3": 1.5, "area-0": 0.5, "area-1": -0.8, "area-4": -0.8, "area-5": -0.8],
            orientation: ["product"], seed: seed)
        var settings = Self.settings
        settings.seed = seed
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

    @Test(
        "A profile between project and product, choosing both roles' options in turn, gives their hybrid",
        arguments: [1, 2, 3] as [UInt64])
    func betweenTwoRoles(seed: UInt64) throws {
        var respondent = SimulatedRespondent(
            performance: ["area-0": 1.2, "area-1": 1.2, "area-2": 1.2, "area-3": 1.2, "area-4": -1.0, "area-5": -1.0],
            orientation: ["project", "product"], choosesKeyedOption: true, seed: seed)
        var settings = Self.settings
        settings.seed = seed
        var session = try AssessmentSession(bankSet: SyntheticBanks.bankSet(), settings: settings)
        try respondent.take(&session)
        let outcome = try #require(session.outcome)
        #expect(outcome.recommendation.isHybrid)
        #expect(Set(outcome.recommendation.roleIDs) == ["project", "product"])
        #expect(outcome.confidence >= 0.5)
    }
}
