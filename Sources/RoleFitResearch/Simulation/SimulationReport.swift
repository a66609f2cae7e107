import RoleFitCore

/// The figures of a simulation study (docs/engine.md, Simulation, issue 7), as printed by
/// `rolefit simulate` and encoded by `--json` (snake_case keys).
public struct SimulationReport: Sendable, Hashable, Codable {
    /// Simulees run.
    public var simulees: Int
    /// The study seed.
    public var seed: UInt64
    /// The population the simulees came from.
    public var population: String
    /// The session depth.
    public var depth: String
    /// The target role of an interview run (nil for self-assessment).
    public var targetRole: String?
    /// The role fakers picked (faker populations only).
    public var fakedRole: String?
    /// The selection strategy.
    public var selection: String
    /// The engine's maximum test length.
    public var maxItems: Int
    /// The simulees' keyed hit rate on role-keyed items.
    public var keyedHit: Double
    /// Share of confident single-role results: one role at a stated confidence ≥ 0.90.
    public var confidentShare: Double
    /// Share of no-clear-fit results.
    public var noClearFitShare: Double
    /// Share of sessions ending in no clear fit, per reason.
    public var noClearFitReasons: [String: Double]
    /// Share whose single-role result is the true best role (nil without a true role).
    public var agreementTruth: Double?
    /// Share whose result (a role, or a hybrid containing it) includes the true best role; no clear
    /// fit counts as a miss (nil without a true role).
    public var agreementTruthWithHybrid: Double?
    /// Share whose result includes the role the picks followed (independent and faker populations).
    public var agreementPickRole: Double?
    /// Share whose result is that role alone at a stated confidence ≥ 0.90 (same populations).
    public var pickRoleConfidentShare: Double?
    /// Share whose single-role result is the full-bank decision.
    public var agreementFullBank: Double
    /// Share whose result includes the full-bank decision.
    public var agreementFullBankWithHybrid: Double
    /// Share whose full-bank decision is the true best role (the ceiling the bank allows).
    public var fullBankTruth: Double?
    /// Share whose full-bank capability-only leader (no role-keyed answers) is the true best role:
    /// how well the skill areas and role weights alone separate the roles.
    public var fullBankCapabilityTruth: Double?
    /// Share of hybrid results.
    public var hybridShare: Double
    /// Role and hybrid results (the sessions the calibration figures are computed over).
    public var decidedCount: Int
    /// Expected calibration error of the stated confidence of role and hybrid results against the
    /// full-bank decision.
    public var ece: Double
    /// Per decile of those results: stated confidence vs share including the full-bank decision.
    public var calibration: [CalibrationSummary.Bin]
    /// Expected calibration error of the stated confidence of role and hybrid results against the true
    /// best role (nil without a true role).
    public var eceTruth: Double?
    /// Share of sessions raising each integrity signal (and `any`; `acquiescence-measurable` is the
    /// share where acquiescence could be judged).
    public var flagRates: [String: Double]
    /// Mean test length.
    public var meanLength: Double
    /// 90th percentile of the test length (nearest rank).
    public var p90Length: Int
    /// Share of sessions that hit the maximum length.
    public var maxLengthShare: Double
    /// Share of sessions per stop reason.
    public var stopReasons: [String: Double]
    /// Share of (session, area) pairs the outcome reports as measured.
    public var measuredShare: Double
    /// Share of measured areas whose reported 95% band holds the true θ (nil without a true profile or
    /// when no area was measured).
    public var measuredCoverage: Double?
    /// Mean capability probability per role at the end of the session.
    public var capabilityByRole: [String: Double]
    /// Mean full-bank capability probability per role.
    public var fullBankCapabilityByRole: [String: Double]
    /// Interview runs: share whose result is the target alone at a stated confidence ≥ 0.90.
    public var targetConfidentShare: Double?
    /// Interview runs: share of each verdict on the target.
    public var targetVerdicts: [String: Double]?
    /// Interview runs: mean capability probability of the target.
    public var targetCapability: Double?
    /// Per-area recovery of the performance θ (empty without a true profile).
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
        case simulees, seed, population, depth, selection, ece, calibration, areas
        case targetRole = "target_role"
        case fakedRole = "faked_role"
        case confidentShare = "confident_share"
        case noClearFitShare = "no_clear_fit_share"
        case noClearFitReasons = "no_clear_fit_reasons"
        case agreementPickRole = "agreement_pick_role"
        case pickRoleConfidentShare = "pick_role_confident_share"
        case decidedCount = "decided_count"
        case flagRates = "flag_rates"
        case measuredShare = "measured_share"
        case measuredCoverage = "measured_coverage"
        case capabilityByRole = "capability_by_role"
        case fullBankCapabilityByRole = "full_bank_capability_by_role"
        case targetConfidentShare = "target_confident_share"
        case targetVerdicts = "target_verdicts"
        case targetCapability = "target_capability"
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
        let kind = configuration.population.kind
        let settings = configuration.settings
        let confident = Self.confidentThreshold
        simulees = records.count
        seed = configuration.seed
        population = kind.rawValue
        depth = settings.depth.rawValue
        targetRole = settings.targetRole
        fakedRole = kind == .fakerWrong || kind == .fakerRight ? configuration.population.fakedRole : nil
        selection = settings.selection.rawValue
        maxItems = settings.maxItems
        keyedHit = configuration.population.keyedHitRate
        confidentShare = share { $0.isConfident(confident) }
        noClearFitShare = share { $0.kind == .noClearFit }
        var reasons: [String: Double] = [:]
        for reason in NoClearFitReason.allCases {
            let value = share { $0.noClearFitReason == reason }
            if value > 0 { reasons[reason.rawValue] = value }
        }
        noClearFitReasons = reasons
        let truthKnown = kind.hasTrueRole
        agreementTruth = truthKnown ? share { $0.trueRole.map { [$0] } == $0.recommended } : nil
        agreementTruthWithHybrid = truthKnown ? share { $0.trueRole.map($0.recommended.contains) ?? false } : nil
        let picksOwnRole = [.independent, .fakerWrong, .fakerRight].contains(kind)
        agreementPickRole = picksOwnRole ? share { $0.pickRole.map($0.recommended.contains) ?? false } : nil
        pickRoleConfidentShare =
            picksOwnRole ? share { $0.isConfident(confident) && $0.pickRole.map { [$0] } == $0.recommended } : nil
        agreementFullBank = share { $0.recommended == [$0.fullBankRole] }
        agreementFullBankWithHybrid = share { $0.recommended.contains($0.fullBankRole) }
        fullBankTruth = truthKnown ? share { $0.fullBankRole == $0.trueRole } : nil
        fullBankCapabilityTruth = truthKnown ? share { $0.fullBankCapabilityRole == $0.trueRole } : nil
        hybridShare = share(\.isHybrid)
        let decided = records.filter(\.isDecided)
        decidedCount = decided.count
        let calibration = CalibrationSummary(decided.map { ($0.confidence, $0.recommended.contains($0.fullBankRole)) })
        ece = calibration.ece
        self.calibration = calibration.bins
        eceTruth =
            truthKnown
            ? CalibrationSummary(decided.map { ($0.confidence, $0.trueRole.map($0.recommended.contains) ?? false) }).ece
            : nil
        flagRates = Self.flagRates(records)
        let lengths = records.map(\.length).sorted()
        meanLength = Double(lengths.reduce(0, +)) / n
        let rank = Int((0.9 * Double(lengths.count)).rounded(.up)) - 1
        p90Length = lengths.isEmpty ? 0 : lengths[max(0, min(lengths.count - 1, rank))]
        maxLengthShare = share { $0.stopReason == .maxItems }
        var stops: [String: Double] = [:]
        for reason in StopReason.allCases {
            let value = share { $0.stopReason == reason }
            if value > 0 { stops[reason.rawValue] = value }
        }
        stopReasons = stops
        let measured = Self.measuredAreas(records)
        measuredShare = measured.share
        measuredCoverage = kind.hasTrueProfile ? measured.coverage : nil
        let roleIDs = plan.roleIDs
        capabilityByRole = Self.meanByRole(records.map(\.capabilityProbabilities), roleIDs: roleIDs)
        fullBankCapabilityByRole = Self.meanByRole(records.map(\.fullBankCapabilityProbabilities), roleIDs: roleIDs)
        if let target = plan.targetRole {
            targetConfidentShare = share { $0.isConfident(confident) && $0.recommended == [target] }
            var verdicts: [String: Double] = [:]
            for verdict in TargetAssessment.Verdict.allCases {
                verdicts[verdict.rawValue] = share { $0.targetVerdict == verdict }
            }
            targetVerdicts = verdicts
            targetCapability =
                records.reduce(0) {
                    $0 + ($1.capabilityProbabilities.indices.contains(target) ? $1.capabilityProbabilities[target] : 0)
                } / n
        } else {
            targetConfidentShare = nil
            targetVerdicts = nil
            targetCapability = nil
        }
        let catalogue = plan.bankSet.catalogue
        areas =
            kind.hasTrueProfile
            ? catalogue.areas.indices.map { AreaAccuracy(area: $0, id: catalogue.areas[$0].id, records: records) } : []
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
