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
    /// Over the re-estimated items with a θ model: root mean square error of a against the simulees'
    /// true a, authored and calibrated.
    public var rmseA: (authored: Double, calibrated: Double)?
    /// The same for every location (b, thresholds, steps).
    public var rmseLocation: (authored: Double, calibrated: Double)?

    enum CodingKeys: String, CodingKey {
        case population, calibrationSessions, minimumAnswers, calibratedItems, keptItems, hitRate, before, after
        case calibrationSeconds, rmseAAuthored, rmseACalibrated, rmseLocationAuthored, rmseLocationCalibrated
    }

    /// Every figure, the RMSE pairs as four numbers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(population, forKey: .population)
        try container.encode(calibrationSessions, forKey: .calibrationSessions)
        try container.encode(minimumAnswers, forKey: .minimumAnswers)
        try container.encode(calibratedItems, forKey: .calibratedItems)
        try container.encode(keptItems, forKey: .keptItems)
        try container.encodeIfPresent(hitRate, forKey: .hitRate)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(calibrationSeconds, forKey: .calibrationSeconds)
        try container.encodeIfPresent(rmseA?.authored, forKey: .rmseAAuthored)
        try container.encodeIfPresent(rmseA?.calibrated, forKey: .rmseACalibrated)
        try container.encodeIfPresent(rmseLocation?.authored, forKey: .rmseLocationAuthored)
        try container.encodeIfPresent(rmseLocation?.calibrated, forKey: .rmseLocationCalibrated)
    }

    /// A few lines for people.
    public var text: String {
        func share(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }
        let lines = [
            "Closing the loop — population \(population): \(before.simulees) evaluation simulees (seed \(before.seed)); "
                + "calibrated from \(calibrationSessions) other simulated sessions of the same population",
            "calibration: \(calibratedItems) items re-estimated, \(keptItems) kept (fewer than \(minimumAnswers) answers or not estimable)"
                + (hitRate.map { String(format: "; hit rate %.3f", $0) } ?? "")
                + String(format: "; fit %.1f s", calibrationSeconds),
            rmseA.map {
                String(
                    format: "re-estimated items vs the true parameters: RMSE(a) %.3f authored → %.3f calibrated", $0.authored,
                    $0.calibrated)
            }
                ?? "",
            rmseLocation.map {
                String(
                    format:
                        "                                          RMSE(b, thresholds, steps) %.3f authored → %.3f calibrated",
                    $0.authored, $0.calibrated)
            }
                ?? "",
            "                                       before   after",
            "agreement with the true best role      \(share(before.agreementTruth))    \(share(after.agreementTruth))",
            "  incl. hybrids containing it          \(share(before.agreementTruthWithHybrid))    \(share(after.agreementTruthWithHybrid))",
            "agreement with the full-bank decision  \(share(before.agreementFullBank))    \(share(after.agreementFullBank))",
            "full-bank decision = true best role    \(share(before.fullBankTruth))    \(share(after.fullBankTruth))",
            "ECE vs the full-bank decision          \(share(before.ece))    \(share(after.ece))",
            "ECE vs the true best role              \(share(before.eceTruth))    \(share(after.eceTruth))",
            "no clear fit                           \(share(before.noClearFitShare))    \(share(after.noClearFitShare))",
            String(format: "mean questions                         %.1f     %.1f", before.meanLength, after.meanLength),
        ]
        return lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }
}

/// Runs the before/after study.
public enum RecalibrationStudy {
    /// Evaluates `configuration` on `bankSet`, calibrates from `sessions` simulated sessions of the same
    /// population, and evaluates again on the recalibrated banks with the same truth. The calibration
    /// sessions are simulees numbered after the evaluation's: other people, the same true item
    /// parameters (a population's item truth, e.g. the perturbed one's, depends on the seed only).
    public static func run(
        bankSet: BankSet, configuration: SimulationConfiguration, sessions: Int, minimumAnswers: Int
    ) throws(SimulationError) -> RecalibrationReport {
        let before = try SimulationRunner.run(bankSet: bankSet, configuration: configuration)
        let study = try SimulationStudy(bankSet: bankSet, configuration: configuration)
        let run = study.run
        let fingerprints = bankSet.banks.map { BankFingerprint(id: $0.id, sha256: $0.contentHash, items: $0.items.count) }
        let roleIDs = bankSet.catalogue.roles.map(\.id)
        let plan = study.plan
        let first = configuration.simulees
        let seed = configuration.seed
        let documents = ParallelMap.map(count: sessions) { offset -> LoadedResult in
            let number = first + offset
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
                person: number, seed: seed, records: records, fingerprints: fingerprints, roleIDs: roleIDs)
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
        let truth = SimuleeFactory.trueParameters(plan: plan, kind: configuration.population.kind, seed: seed)
        let outcomes = Dictionary(calibration.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var slopes: [(Double, Double, Double)] = []
        var locations: [(Double, Double, Double)] = []
        for (index, item) in plan.items.enumerated() {
            guard let true_ = truth[index].flatMap(Self.values), let outcome = outcomes[item.id],
                let calibrated = outcome.calibrated.flatMap(Self.values), let authored = Self.values(outcome.authored),
                authored.locations.count == true_.locations.count, calibrated.locations.count == true_.locations.count
            else { continue }
            slopes.append((authored.a, calibrated.a, true_.a))
            for k in true_.locations.indices {
                locations.append((authored.locations[k], calibrated.locations[k], true_.locations[k]))
            }
        }
        return RecalibrationReport(
            population: configuration.population.kind.rawValue, calibrationSessions: sessions, minimumAnswers: minimumAnswers,
            calibratedItems: changed, keptItems: calibration.items.count - changed, hitRate: calibration.roleChoice?.hitRate,
            before: before, after: after, calibrationSeconds: seconds, rmseA: Self.rmse(slopes),
            rmseLocation: Self.rmse(locations))
    }

    /// a and the locations of θ-model parameters (nil for a role table).
    static func values(_ parameters: ItemParameters) -> (a: Double, locations: [Double])? {
        switch parameters {
        case .dichotomous(let a, let b, _): (a, [b])
        case .graded(let a, let thresholds): (a, thresholds)
        case .partialCredit(let a, let steps): (a, steps)
        case .roleTable: nil
        }
    }

    /// RMSE of (authored, calibrated) against truth, nil when empty.
    static func rmse(_ triples: [(Double, Double, Double)]) -> (authored: Double, calibrated: Double)? {
        guard !triples.isEmpty else { return nil }
        let n = Double(triples.count)
        let authored = triples.reduce(0) { $0 + ($1.0 - $1.2) * ($1.0 - $1.2) } / n
        let calibrated = triples.reduce(0) { $0 + ($1.1 - $1.2) * ($1.1 - $1.2) } / n
        return (authored.squareRoot(), calibrated.squareRoot())
    }
}
