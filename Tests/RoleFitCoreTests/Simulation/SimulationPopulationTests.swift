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
        // Person-fit integrates over a shared general level, so all-right patterns are not taken for
        // random responding (before it did, about a quarter of them).
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

    @Test("Acquiescent responders: flagged in at least 90% and keep their result (agreement ≥ 0.80)")
    func acquiescent() throws {
        let report = try Self.report(.acquiescent)
        // The self-view asks a forward- and a reverse-keyed rating (and takes the last places of a
        // session that runs to the cap), so acquiescence is measurable in nearly every session.
        #expect((report.flagRates["acquiescence"] ?? 0) >= 0.90, "\(report.text)")
        #expect((report.agreementTruthWithHybrid ?? 0) >= 0.80, "\(report.text)")
    }

    @Test(
        "Beta hit rates, perturbed parameters: stated confidence calibrated against the true role (ECE ≤ 0.10)",
        arguments: [PopulationKind.betaHit, .perturbed])
    func misspecified(kind: PopulationKind) throws {
        let report = try Self.report(kind)
        #expect((report.eceTruth ?? 1) <= 0.10, "\(report.text)")
        #expect(report.decidedCount >= 75, "\(report.text)")
    }

    @Test("Preference independent of capability: some sessions say the axes split, and the picks alone decide fewer than 90%")
    func independentAxes() throws {
        // There is no single true role here (the picks follow one role, the skills another), so
        // calibration against either is not the question; docs/validity.md reports both agreements.
        let report = try Self.report(.independent, simulees: 200)
        #expect((report.noClearFitReasons["preferences-and-skills-split"] ?? 0) >= 0.02, "\(report.text)")
        // Before issue 12 the picks decided 89% of these sessions (a confident single role they follow).
        #expect((report.pickRoleConfidentShare ?? 1) < 0.90, "\(report.text)")
    }
}
