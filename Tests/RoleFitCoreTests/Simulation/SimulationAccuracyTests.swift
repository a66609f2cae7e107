import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitResearch

/// A small simulation on the shipped banks: the engine must be accurate and calibrated within
/// bounds that a broken engine misses.
@Suite("Simulation: accuracy and calibration on the shipped banks")
struct SimulationAccuracyTests {
    static let configuration = SimulationConfiguration(simulees: 200, seed: 20_260_101)

    static func study(_ configuration: SimulationConfiguration = configuration) throws -> (SimulationStudy, [SimuleeRecord]) {
        let banks = try #require(SimulationSupport.shippedBanks)
        let study = try SimulationStudy(bankSet: banks, configuration: configuration)
        return (study, study.records())
    }

    @Test("200 simulees: agreement, hybrid share and calibration within the bounds; a random recommendation misses them")
    func defaultEngine() throws {
        let (study, records) = try Self.study()
        let report = SimulationReport(records: records, configuration: Self.configuration, plan: study.plan, wallSeconds: 0)
        let bounds = SimulationSupport.Bounds()
        #expect(bounds.misses(report).isEmpty, "\(bounds.misses(report)): \(report.text)")
        // The acceptance for the standard depth.
        #expect(report.meanLength <= 35)
        // Answers at reading speed raise no rapid-answer signal (at 0 s every session would).
        #expect(report.flagRates["rapid-answers"] == 0)
        // Measured areas' 95% bands hold the truth (10,000 sessions: 0.94; here ~250 measured areas).
        #expect(report.measuredShare > 0 && (report.measuredCoverage ?? 0) >= 0.85, "\(report.text)")

        // The same sessions with the recommended role replaced by a random role: must fail.
        var generator = SeededGenerator(seed: 5)
        let randomized = records.map { $0.recommending([generator.nextIndex(below: 4)]) }
        let broken = SimulationReport(records: randomized, configuration: Self.configuration, plan: study.plan, wallSeconds: 0)
        let missed = bounds.misses(broken)
        #expect(missed.contains("agreement with the full bank") && missed.contains("agreement with the truth"))
        #expect(missed.contains("calibration in the large") && missed.contains("ECE"))
    }

    @Test("An engine blind to role-keyed answers (uniform tables) misses the agreement bound and rarely names the true role")
    func blindEngine() throws {
        var configuration = Self.configuration
        configuration.simulees = 100
        configuration.engineKeyedHitRate = 0.25
        let (study, records) = try Self.study(configuration)
        let report = SimulationReport(records: records, configuration: configuration, plan: study.plan, wallSeconds: 0)
        let missed = SimulationSupport.Bounds().misses(report)
        #expect(missed.contains("agreement with the truth"), "\(report.text)")
        #expect((report.agreementTruth ?? 1) < 0.5, "\(report.text)")
    }
}
