import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitResearch

/// The engine driven by populations that break its model, at a small size, against the bounds of
/// issue 12 (its acceptance figures are for 10,000 sessions; these bounds leave room for 150–200, yet
/// the engine before issue 12 — 67.5% confident results for random responders, fakers confidently
/// given the role they faked — misses them).
@Suite("Simulation: populations outside the engine's model")
struct SimulationPopulationTests {
    /// The seed of these runs.
    static let seed: UInt64 = 20_261_201

    /// The report of `simulees` simulees of `kind` under `settings`.
    static func report(
        _ kind: PopulationKind, simulees: Int = 150, settings: SessionSettings = SessionSettings()
    ) throws -> SimulationReport {
        let configuration = SimulationConfiguration(
            simulees: simulees, seed: seed, settings: settings, population: SimulationPopulation(kind: kind))
        return try SimulationRunner.run(bankSet: try #require(SimulationSupport.shippedBanks), configuration: configuration)
    }

    @Test(
        "Random responders and straight-liners: at most 10% confident single roles, at least 70% no clear fit",
        arguments: [PopulationKind.random, .straightFirst, .straightLast])
    func careless(kind: PopulationKind) throws {
        let report = try Self.report(kind)
        #expect(report.confidentShare <= 0.10, "\(report.text)")
        #expect(report.noClearFitShare >= 0.70, "\(report.text)")
        if kind != .random { #expect((report.flagRates["straight-lining"] ?? 0) >= 0.90, "\(report.text)") }
    }

    @Test("All-wrong fakers picking TPM options in a TPM interview: never TPM at ≥ 90%, never 'demonstrated'")
    func fakerInterview() throws {
        let settings = SessionSettings(mode: .interview, targetRole: "tpm")
        let wrong = try Self.report(.fakerWrong, settings: settings)
        #expect(wrong.targetConfidentShare == 0, "\(wrong.text)")
        #expect(wrong.targetVerdicts?[TargetAssessment.Verdict.demonstrated.rawValue] == 0, "\(wrong.text)")
        #expect((wrong.targetVerdicts?[TargetAssessment.Verdict.notDemonstrated.rawValue] ?? 0) >= 0.90, "\(wrong.text)")
    }

    @Test("All-right answers in a TPM interview: 'demonstrated' in at least 90% (the verdict is not simply withheld)")
    func rightInterview() throws {
        let right = try Self.report(.fakerRight, simulees: 60, settings: SessionSettings(mode: .interview, targetRole: "tpm"))
        // ENGINE (f2d14ac): fails — person-fit takes about a quarter of all-right answer patterns for
        // random responding (verdict "not enough evidence", result "inconsistent answers"); the
        // all-high population is flagged the same way. Kept and reported to the lead.
        #expect((right.targetVerdicts?[TargetAssessment.Verdict.demonstrated.rawValue] ?? 0) >= 0.90, "\(right.text)")
    }

    @Test(
        "All-high and all-low: every role's mean capability probability between 0.15 and 0.35",
        arguments: [PopulationKind.allHigh, .allLow])
    func shapeNotLevel(kind: PopulationKind) throws {
        let report = try Self.report(kind)
        #expect(report.capabilityByRole.count == 4)
        for (role, probability) in report.capabilityByRole.sorted(by: { $0.key < $1.key }) {
            #expect((0.15...0.35).contains(probability), "\(kind) \(role) \(probability)\n\(report.text)")
        }
    }

    @Test("Acquiescent responders: flagged in at least 80% and keep their result (agreement ≥ 0.80)")
    func acquiescent() throws {
        let report = try Self.report(.acquiescent)
        // ENGINE (f2d14ac): fails — the standard depth's self-view block asks a forward- and a
        // reverse-keyed rating in only about half the sessions (acquiescence measurable in 46% of
        // 10,000 in-model sessions), so the flag cannot reach 80%. Kept at the bound and
        // reported to the lead rather than loosened.
        #expect((report.flagRates["acquiescence"] ?? 0) >= 0.80, "\(report.text)")
        #expect((report.agreementTruthWithHybrid ?? 0) >= 0.80, "\(report.text)")
    }

    @Test(
        "Independent preference, Beta hit rates, perturbed parameters: stated confidence calibrated against the true role (ECE ≤ 0.10)",
        arguments: [PopulationKind.independent, .betaHit, .perturbed])
    func misspecified(kind: PopulationKind) throws {
        let report = try Self.report(kind)
        // ENGINE (f2d14ac): fails for `independent` — results follow the picks, not the capability
        // profile that defines the true role (ECE ≈ 0.7). Kept and reported to the lead.
        #expect((report.eceTruth ?? 1) <= 0.10, "\(report.text)")
        #expect(report.decidedCount >= 75, "\(report.text)")
    }
}
