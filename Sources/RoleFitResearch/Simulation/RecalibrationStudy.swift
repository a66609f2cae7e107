import Foundation
import RoleFitCore

/// Closing the loop in simulation: people from one population take adaptive sessions on the authored
/// banks, `rolefit calibrate`'s fit estimates the items from those sessions, and the same evaluation
/// simulees (answering from the same true parameters) are run again on the recalibrated banks. The
/// report puts the recommendation's agreement and calibration (ECE) before and after side by side.
public struct RecalibrationReport: Sendable, Encodable {
    /// The population (its name in `--population`).
    public var population: String
    /// Simulated sessions the calibration was fitted from (other simulees than the evaluation's).
    public var calibrationSessions: Int
    /// The answer minimum used.
    public var minimumAnswers: Int
    /// Items whose parameters the calibration changed, and those it kept.
    public var calibratedItems: Int
    /// Items kept at their authored values.
    public var keptItems: Int
    /// The measured pooled hit rate (nil when not measured).
    public var hitRate: Double?
    /// The evaluation on the authored banks.
    public var before: SimulationReport
    /// The same simulees on the recalibrated banks.
    public var after: SimulationReport
    /// Wall seconds of the calibration fit.
    public var calibrationSeconds: Double

    /// A few lines for people.
    public var text: String {
        func share(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }
        let lines = [
            "Closing the loop — population \(population): \(before.simulees) evaluation simulees (seed \(before.seed)); "
                + "calibrated from \(calibrationSessions) other simulated sessions of the same population",
            "calibration: \(calibratedItems) items re-estimated, \(keptItems) kept (fewer than \(minimumAnswers) answers or not estimable)"
                + (hitRate.map { String(format: "; hit rate %.3f", $0) } ?? "")
                + String(format: "; fit %.1f s", calibrationSeconds),
            "                                       before   after",
            "agreement with the true best role      \(share(before.agreementTruth))    \(share(after.agreementTruth))",
            "  incl. hybrids containing it          \(share(before.agreementTruthWithHybrid))    \(share(after.agreementTruthWithHybrid))",
            "agreement with the full-bank decision  \(share(before.agreementFullBank))    \(share(after.agreementFullBank))",
            "ECE vs the full-bank decision          \(share(before.ece))    \(share(after.ece))",
            "ECE vs the true best role              \(share(before.eceTruth))    \(share(after.eceTruth))",
            "no clear fit                           \(share(before.noClearFitShare))    \(share(after.noClearFitShare))",
            String(format: "mean questions                         %.1f     %.1f", before.meanLength, after.meanLength),
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Runs the before/after study.
public enum RecalibrationStudy {
    /// Mixed into the seed for the calibration sessions, so they are other people than the evaluation's.
    static let calibrationSeedSalt: UInt64 = 0x4341_4C49_4252_4154

    /// Evaluates `configuration` on `bankSet`, calibrates from `sessions` simulated sessions of the same
    /// population, and evaluates again on the recalibrated banks with the same truth.
    public static func run(
        bankSet: BankSet, configuration: SimulationConfiguration, sessions: Int, minimumAnswers: Int
    ) throws(SimulationError) -> RecalibrationReport {
        let before = try SimulationRunner.run(bankSet: bankSet, configuration: configuration)
        var calibrationConfiguration = configuration
        calibrationConfiguration.seed = configuration.seed ^ calibrationSeedSalt
        calibrationConfiguration.simulees = sessions
        let study = try SimulationStudy(bankSet: bankSet, configuration: calibrationConfiguration)
        let run = study.run
        let fingerprints = bankSet.banks.map { BankFingerprint(id: $0.id, sha256: $0.contentHash, items: $0.items.count) }
        let roleIDs = bankSet.catalogue.roles.map(\.id)
        let plan = study.plan
        let calibrationSeed = calibrationConfiguration.seed
        let documents = ParallelMap.map(count: sessions) { number -> LoadedResult in
            let record = run.record(number)
            let simulee = run.factory.simulee(number)
            var records: [ItemRecord] = []
            for index in record.presented {
                guard let category = simulee.categories[index] else { continue }
                records.append(
                    SimulatedResults.record(
                        plan.items[index], category: category, index: records.count + 1, leader: roleIDs[safe: 0] ?? ""))
            }
            let document = SimulatedResults.document(
                person: number, seed: calibrationSeed, records: records, fingerprints: fingerprints, roleIDs: roleIDs)
            return LoadedResult(path: "simulated/\(number)", document: document)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let engineBanks = configuration.engineKeyedHitRate.map { KeyedTableRewrite.bankSet(bankSet, hitRate: $0) } ?? bankSet
        let answers = SessionAnswers.collect(documents, banks: engineBanks)
        let calibration = BankCalibration.run(answers, banks: engineBanks, minimumAnswers: minimumAnswers)
        let seconds = (clock.now - start).seconds
        let recalibrated = calibration.applied(to: engineBanks)
        var afterConfiguration = configuration
        // The recalibrated tables already carry the measured hit rate; rewriting them would undo it.
        afterConfiguration.engineKeyedHitRate = nil
        let after = try SimulationRunner.run(bankSet: recalibrated, configuration: afterConfiguration, truthBankSet: bankSet)
        let changed = calibration.items.count { $0.calibrated != nil }
        return RecalibrationReport(
            population: configuration.population.kind.rawValue, calibrationSessions: sessions, minimumAnswers: minimumAnswers,
            calibratedItems: changed, keptItems: calibration.items.count - changed, hitRate: calibration.roleChoice?.hitRate,
            before: before, after: after, calibrationSeconds: seconds)
    }
}
