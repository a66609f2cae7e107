import RoleFitCore

/// The figures of a simulation study (docs/engine.md, Simulation, issue 7), as printed by
/// `rolefit simulate` and encoded by `--json` (snake_case keys).
public struct SimulationReport: Sendable, Hashable, Codable {
    /// Simulees run.
    public var simulees: Int
    /// The study seed.
    public var seed: UInt64
    /// The selection strategy.
    public var selection: String
    /// The engine's maximum test length.
    public var maxItems: Int
    /// The simulees' keyed hit rate on role-keyed items.
    public var keyedHit: Double
    /// Share whose single-role result is the true best role.
    public var agreementTruth: Double
    /// Share whose result (a role, or a hybrid containing it) includes the true best role.
    public var agreementTruthWithHybrid: Double
    /// Share whose single-role result is the full-bank decision.
    public var agreementFullBank: Double
    /// Share whose result includes the full-bank decision.
    public var agreementFullBankWithHybrid: Double
    /// Share whose full-bank decision is the true best role (the ceiling the bank allows).
    public var fullBankTruth: Double
    /// Share whose full-bank capability-only leader (no role-keyed answers) is the true best role:
    /// how well the skill areas and role weights alone separate the roles.
    public var fullBankCapabilityTruth: Double
    /// Share of hybrid results.
    public var hybridShare: Double
    /// Expected calibration error of the stated confidence against the full-bank decision.
    public var ece: Double
    /// Per decile: stated confidence vs share including the full-bank decision.
    public var calibration: [CalibrationSummary.Bin]
    /// Expected calibration error of the stated confidence against the true best role.
    public var eceTruth: Double
    /// Mean test length.
    public var meanLength: Double
    /// 90th percentile of the test length (nearest rank).
    public var p90Length: Int
    /// Share of sessions that hit the maximum length.
    public var maxLengthShare: Double
    /// Share of sessions per stop reason.
    public var stopReasons: [String: Double]
    /// Per-area recovery of the performance θ.
    public var areas: [AreaAccuracy]
    /// The highest item exposure rate.
    public var maxExposure: Double
    /// The item with that rate.
    public var maxExposureItem: String
    /// Share of items never presented.
    public var neverUsedShare: Double
    /// Their ids.
    public var neverUsedItems: [String]
    /// How many of them there are per item kind.
    public var neverUsedByKind: [String: Int]
    /// Expected share of a session's items that another session also asked.
    public var overlapRate: Double
    /// Wall-clock seconds of the run.
    public var wallSeconds: Double

    enum CodingKeys: String, CodingKey {
        case simulees, seed, selection, ece, calibration, areas
        case maxItems = "max_items"
        case keyedHit = "keyed_hit"
        case agreementTruth = "agreement_truth"
        case agreementTruthWithHybrid = "agreement_truth_with_hybrid"
        case agreementFullBank = "agreement_full_bank"
        case agreementFullBankWithHybrid = "agreement_full_bank_with_hybrid"
        case fullBankTruth = "full_bank_truth"
        case fullBankCapabilityTruth = "full_bank_capability_truth"
        case hybridShare = "hybrid_share"
        case eceTruth = "ece_truth"
        case meanLength = "mean_length"
        case p90Length = "p90_length"
        case maxLengthShare = "max_length_share"
        case stopReasons = "stop_reasons"
        case maxExposure = "max_exposure"
        case maxExposureItem = "max_exposure_item"
        case neverUsedShare = "never_used_share"
        case neverUsedItems = "never_used_items"
        case neverUsedByKind = "never_used_by_kind"
        case overlapRate = "overlap_rate"
        case wallSeconds = "wall_s"
    }

    /// Computes every figure from the simulees' records.
    init(records: [SimuleeRecord], configuration: SimulationConfiguration, plan: AssessmentPlan, wallSeconds: Double) {
        let n = Double(max(1, records.count))
        func share(_ predicate: (SimuleeRecord) -> Bool) -> Double { Double(records.filter(predicate).count) / n }
        simulees = records.count
        seed = configuration.seed
        selection = configuration.settings.selection.rawValue
        maxItems = configuration.settings.maxItems
        keyedHit = configuration.population.keyedHitRate
        agreementTruth = share { $0.recommended == [$0.trueRole] }
        agreementTruthWithHybrid = share { $0.recommended.contains($0.trueRole) }
        agreementFullBank = share { $0.recommended == [$0.fullBankRole] }
        agreementFullBankWithHybrid = share { $0.recommended.contains($0.fullBankRole) }
        fullBankTruth = share { $0.fullBankRole == $0.trueRole }
        fullBankCapabilityTruth = share { $0.fullBankCapabilityRole == $0.trueRole }
        hybridShare = share(\.isHybrid)
        let calibration = CalibrationSummary(records.map { ($0.confidence, $0.recommended.contains($0.fullBankRole)) })
        ece = calibration.ece
        self.calibration = calibration.bins
        eceTruth = CalibrationSummary(records.map { ($0.confidence, $0.recommended.contains($0.trueRole)) }).ece
        let lengths = records.map(\.length).sorted()
        meanLength = Double(lengths.reduce(0, +)) / n
        let rank = Int((0.9 * Double(lengths.count)).rounded(.up)) - 1
        p90Length = lengths.isEmpty ? 0 : lengths[max(0, min(lengths.count - 1, rank))]
        maxLengthShare = share { $0.stopReason == .maxItems }
        var reasons: [String: Double] = [:]
        for reason in StopReason.allCases {
            let value = share { $0.stopReason == reason }
            if value > 0 { reasons[reason.rawValue] = value }
        }
        stopReasons = reasons
        let catalogue = plan.bankSet.catalogue
        areas = catalogue.areas.indices.map { AreaAccuracy(area: $0, id: catalogue.areas[$0].id, records: records) }
        let exposure = ExposureSummary(records: records, items: plan.items)
        maxExposure = exposure.maxRate
        maxExposureItem = exposure.maxItem
        neverUsedShare = exposure.neverUsedShare
        neverUsedItems = exposure.neverUsed
        neverUsedByKind = exposure.neverUsedByKind
        overlapRate = exposure.overlapRate
        self.wallSeconds = wallSeconds
    }
}
