import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitResearch

/// The shipped banks and the bounds a small simulation must meet.
enum SimulationSupport {
    /// The shipped banks, loaded once.
    static let shippedBanks: BankSet? = BankLoader.load(
        paths: [Fixtures.packageRoot.appendingPathComponent("QuestionBanks").path]).bankSet

    /// The bounds for ~200 in-model simulees, with the 10,000-simulee figures of the issue-12 engine in
    /// mind (seed 1: agreement incl. hybrids 0.90, hybrids 0.02%, ECE 0.033 over the role and hybrid
    /// results, mean length 29.9 at the standard depth): each bound sits about 5 standard errors of a
    /// 200-simulee sample away from those figures (the acceptance for in-model agreement is 0.85
    /// at 10,000), yet a random recommendation misses the agreement bound by far, and a confidence of
    /// ≥ 0.9 for a result that is right a quarter of the time misses the calibration bounds.
    struct Bounds {
        var agreement = 0.80
        var hybridShare = 0.30
        var calibrationInTheLarge = 0.05
        var ece = 0.10

        /// The bounds the report misses, by name (empty when it meets them all).
        func misses(_ report: SimulationReport) -> [String] {
            var missed: [String] = []
            if report.agreementFullBankWithHybrid < agreement { missed.append("agreement with the full bank") }
            if (report.agreementTruthWithHybrid ?? 0) < agreement { missed.append("agreement with the truth") }
            if report.hybridShare > hybridShare { missed.append("hybrid share") }
            if abs(SimulationSupport.statedMinusObserved(report)) > calibrationInTheLarge {
                missed.append("calibration in the large")
            }
            if report.ece > ece { missed.append("ECE") }
            return missed
        }
    }

    /// Mean stated confidence minus the share of results containing the full-bank decision (over the
    /// role and hybrid results).
    static func statedMinusObserved(_ report: SimulationReport) -> Double {
        let total = Double(report.calibration.reduce(0) { $0 + $1.count })
        return report.calibration.reduce(0) { $0 + Double($1.count) * ($1.stated - $1.observed) } / max(1, total)
    }
}

extension SimuleeRecord {
    /// The same record with another recommendation (the stated confidence unchanged).
    func recommending(_ roles: [Int]) -> SimuleeRecord {
        SimuleeRecord(
            trueRole: trueRole, fullBankRole: fullBankRole, fullBankProbability: fullBankProbability,
            fullBankCapabilityRole: fullBankCapabilityRole, recommended: roles, confidence: confidence,
            stopReason: stopReason, presented: presented, leaders: leaders, trueAreas: trueAreas,
            estimatedAreas: estimatedAreas, pickRole: pickRole,
            kind: roles.isEmpty ? .noClearFit : (roles.count == 1 ? .role : .hybrid),
            noClearFitReason: roles.isEmpty ? .tooLittleEvidence : nil, measuredAreas: measuredAreas,
            capabilityProbabilities: capabilityProbabilities,
            fullBankCapabilityProbabilities: fullBankCapabilityProbabilities, signals: signals,
            targetVerdict: targetVerdict)
    }
}
