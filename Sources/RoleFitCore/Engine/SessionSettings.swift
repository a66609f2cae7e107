/// How a session is run. Everything the engine does is a function of these settings, the bank set
/// and the answers, so equal settings (including `seed`) and answers give identical sessions.
public struct SessionSettings: Sendable, Hashable, Codable {
    /// Self-assessment, training or interview (the engine only uses `targetRole`).
    public var mode: SessionMode
    /// In target-role mode the engine decides "is this the best role, or not?" for this role id.
    public var targetRole: String?
    /// How the next question is chosen.
    public var selection: SelectionStrategy
    /// No decision stop before this many answered (not skipped) questions.
    public var minItems: Int
    /// The session ends after this many questions (answered or skipped).
    public var maxItems: Int
    /// Confidence thresholds of the stopping rules.
    public var thresholds: StoppingThresholds
    /// Total answering time allowed, in seconds (nil = no limit).
    public var timeLimit: Double?
    /// Randomesque exposure control: choose at random among the best `randomesqueCount` items (1 = always the best).
    public var randomesqueCount: Int
    /// Seeds every random choice of the session.
    public var seed: UInt64
    /// Ids of items this person saw in previous sessions; they are used only when nothing else is left.
    public var itemsToAvoid: [String]
    /// Minimum answered items that measure the area (knowledge, scenario or self-rating items; role-keyed
    /// items are evidence about roles, not areas) per skill area whose weight is at least
    /// `contentWeightThreshold` for some role. No decision stop happens before it is met (unless no
    /// such item is left); the restriction to those areas starts only when a decision rule already
    /// holds or the remaining questions are just enough (Kingsbury & Zara 1989, simplified).
    public var contentMinimum: Int
    /// The role weight from which an area needs `contentMinimum` items.
    public var contentWeightThreshold: Double
    /// How self-ratings enter the estimates.
    public var selfRatings: SelfRatingTreatment
    /// Prior correlation between the self-rated and the performance dimension of one area.
    public var selfPerformanceCorrelation: Double
    /// Prior correlation between different skill areas (exchangeable, docs/engine.md, Measurement).
    public var areaCorrelation: Double
    /// How much the session measures beyond the role decision.
    public var depth: SessionDepth
    /// An area gets a number only when its posterior SD is at most this (docs/validity.md, Area precision).
    public var areaPrecision: Double
    /// Prior probability that a person answers at random (the person-fit class, docs/engine.md).
    public var randomResponderPrior: Double
    /// The chance that a pretest item is shown before each operational question (nil or 0: none). A
    /// pretest answer is recorded, never scored (docs/calibration.md, Pretest items).
    public var pretestRate: Double?

    /// The largest pretest rate accepted: at most one question in three would be unscored.
    public static let maximumPretestRate = 0.5

    /// The default area precision: a posterior SD of 0.6 (chosen with `rolefit simulate`, docs/validity.md).
    public static let defaultAreaPrecision = 0.6
    /// The default prior probability of random responding.
    public static let defaultRandomResponderPrior = 0.05

    /// Settings with the documented defaults, changed where given.
    public init(
        mode: SessionMode = .selfAssessment, targetRole: String? = nil, selection: SelectionStrategy = .decision,
        minItems: Int = 10, maxItems: Int? = nil, thresholds: StoppingThresholds? = nil,
        timeLimit: Double? = nil, randomesqueCount: Int = 5, seed: UInt64 = 0, itemsToAvoid: [String] = [],
        contentMinimum: Int? = nil, contentWeightThreshold: Double = 0.20,
        selfRatings: SelfRatingTreatment = .separateDimension, selfPerformanceCorrelation: Double = 0.5,
        areaCorrelation: Double = 0.35, depth: SessionDepth = .standard,
        areaPrecision: Double = SessionSettings.defaultAreaPrecision,
        randomResponderPrior: Double = SessionSettings.defaultRandomResponderPrior
    ) {
        self.depth = depth
        self.areaPrecision = areaPrecision
        self.randomResponderPrior = randomResponderPrior
        self.mode = mode
        self.targetRole = targetRole
        self.selection = selection
        self.minItems = minItems
        self.maxItems = maxItems ?? depth.defaultMaxItems
        self.thresholds = thresholds ?? depth.defaultThresholds
        self.timeLimit = timeLimit
        self.randomesqueCount = randomesqueCount
        self.seed = seed
        self.itemsToAvoid = itemsToAvoid
        self.contentMinimum = contentMinimum ?? depth.defaultContentMinimum
        self.contentWeightThreshold = contentWeightThreshold
        self.selfRatings = selfRatings
        self.selfPerformanceCorrelation = selfPerformanceCorrelation
        self.areaCorrelation = areaCorrelation
    }

    enum CodingKeys: String, CodingKey {
        case mode, targetRole, selection, minItems, maxItems, thresholds, timeLimit, randomesqueCount, seed
        case itemsToAvoid, contentMinimum, contentWeightThreshold, selfRatings, selfPerformanceCorrelation
        case areaCorrelation, depth, areaPrecision, randomResponderPrior, pretestRate
    }

    /// Decodes settings; missing keys take their defaults, so older journals still load.
    public init(from decoder: Decoder) throws {
        let defaults = SessionSettings()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        mode = try c.decodeIfPresent(SessionMode.self, forKey: .mode) ?? defaults.mode
        targetRole = try c.decodeIfPresent(String.self, forKey: .targetRole)
        selection = try c.decodeIfPresent(SelectionStrategy.self, forKey: .selection) ?? defaults.selection
        minItems = try c.decodeIfPresent(Int.self, forKey: .minItems) ?? defaults.minItems
        depth = try c.decodeIfPresent(SessionDepth.self, forKey: .depth) ?? defaults.depth
        areaPrecision = try c.decodeIfPresent(Double.self, forKey: .areaPrecision) ?? defaults.areaPrecision
        randomResponderPrior =
            try c.decodeIfPresent(Double.self, forKey: .randomResponderPrior) ?? defaults.randomResponderPrior
        maxItems = try c.decodeIfPresent(Int.self, forKey: .maxItems) ?? depth.defaultMaxItems
        thresholds = try c.decodeIfPresent(StoppingThresholds.self, forKey: .thresholds) ?? depth.defaultThresholds
        timeLimit = try c.decodeIfPresent(Double.self, forKey: .timeLimit)
        randomesqueCount = try c.decodeIfPresent(Int.self, forKey: .randomesqueCount) ?? defaults.randomesqueCount
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed) ?? defaults.seed
        itemsToAvoid = try c.decodeIfPresent([String].self, forKey: .itemsToAvoid) ?? []
        contentMinimum = try c.decodeIfPresent(Int.self, forKey: .contentMinimum) ?? depth.defaultContentMinimum
        contentWeightThreshold =
            try c.decodeIfPresent(Double.self, forKey: .contentWeightThreshold)
            ?? defaults.contentWeightThreshold
        selfRatings = try c.decodeIfPresent(SelfRatingTreatment.self, forKey: .selfRatings) ?? defaults.selfRatings
        selfPerformanceCorrelation =
            try c.decodeIfPresent(Double.self, forKey: .selfPerformanceCorrelation)
            ?? defaults.selfPerformanceCorrelation
        areaCorrelation = try c.decodeIfPresent(Double.self, forKey: .areaCorrelation) ?? defaults.areaCorrelation
        pretestRate = try c.decodeIfPresent(Double.self, forKey: .pretestRate)
    }

    /// Checks the settings against a catalogue with `areaCount` areas and the given role ids.
    public func validate(roleIDs: [String], areaCount: Int) throws(SessionSettingsError) {
        if maxItems < 1 { throw .invalid("maxItems must be at least 1 (got \(maxItems))") }
        if minItems < 0 || minItems > maxItems {
            throw .invalid("minItems must be between 0 and maxItems (\(maxItems)); got \(minItems)")
        }
        if randomesqueCount < 1 { throw .invalid("randomesqueCount must be at least 1 (got \(randomesqueCount))") }
        if contentMinimum < 0 { throw .invalid("contentMinimum must not be negative (got \(contentMinimum))") }
        if let timeLimit, !SessionDuration.timeLimitRange.contains(timeLimit) {
            throw .invalid(
                "timeLimit must lie between \(Int(SessionDuration.timeLimitRange.lowerBound)) and \(Int(SessionDuration.timeLimitRange.upperBound)) seconds (got \(timeLimit))"
            )
        }
        if let targetRole, !roleIDs.contains(targetRole) {
            throw .invalid("unknown target role '\(targetRole)'; choose one of \(roleIDs.joined(separator: ", "))")
        }
        try thresholds.validate()
        let lowestExchangeable = areaCount > 1 ? -1 / Double(areaCount - 1) : -1
        if !(areaCorrelation > lowestExchangeable && areaCorrelation < 1) {
            throw .invalid(
                "areaCorrelation must lie in (\(lowestExchangeable), 1) for \(areaCount) areas (got \(areaCorrelation))")
        }
        if !(selfPerformanceCorrelation > -1 && selfPerformanceCorrelation < 1) {
            throw .invalid("selfPerformanceCorrelation must lie in (−1, 1) (got \(selfPerformanceCorrelation))")
        }
        if !(areaPrecision > 0 && areaPrecision <= 1) {
            throw .invalid("areaPrecision must lie in (0, 1] (a posterior SD; got \(areaPrecision))")
        }
        if !(randomResponderPrior >= 0 && randomResponderPrior < 1) {
            throw .invalid("randomResponderPrior must lie in [0, 1) (got \(randomResponderPrior))")
        }
        if let pretestRate, !(pretestRate >= 0 && pretestRate <= Self.maximumPretestRate) {
            throw .invalid("pretestRate must lie in [0, \(Self.maximumPretestRate)] (got \(pretestRate))")
        }
        if roleIDs.isEmpty { throw .invalid("the catalogue has no roles") }
    }
}

/// Why settings were rejected.
public enum SessionSettingsError: Error, Equatable, CustomStringConvertible {
    /// A setting is out of range; the message names it and the allowed values.
    case invalid(String)

    /// The message.
    public var description: String {
        switch self {
        case .invalid(let message): message
        }
    }
}

/// What the person is doing.
public enum SessionMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Finding one's own best role.
    case selfAssessment = "self"
    /// Practising, with feedback after each answer (the terminal shows it; the engine is unchanged).
    case training
    /// Being interviewed for a target role.
    case interview
}

/// How the next question is chosen.
public enum SelectionStrategy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Decision-targeted ("DEC", docs/engine.md, Selection): what most sharpens the role decision.
    case decision = "dec"
    /// Maximum information I_j(θ̂_k)·Σ_kk: the most precise skill measurement.
    case information = "info"
    /// Uniformly at random among the eligible items (for comparison).
    case random
    /// Items in bank order (a fixed form, for comparison).
    case fixedForm = "fixed"
    /// Content-balanced random (a baseline for comparison): role-keyed picks and capability items take
    /// turns, and a capability item comes from the coverage area asked least so far, chosen at random.
    case contentBalancedRandom = "content-balanced"
    /// Uniformly at random among the eligible role-keyed items while any is left, then among the rest
    /// (a baseline for comparison).
    case randomRoleKeyed = "random-keyed"
}

/// How self-ratings enter the estimates (docs/engine.md, Measurement).
public enum SelfRatingTreatment: String, Sendable, Hashable, Codable, CaseIterable {
    /// A self-rated dimension per area, linked to the performance dimension only through the prior
    /// correlation `selfPerformanceCorrelation` in the borrowed-strength step (the default).
    case separateDimension = "separate"
    /// Self-ratings count as performance evidence (naive pooling; for comparison only).
    case pooled
    /// Self-rating items are not asked.
    case ignored
}

/// The confidence levels of the stopping rules (docs/engine.md, Stopping and the result).
public struct StoppingThresholds: Sendable, Hashable, Codable {
    /// Stop when P(best = leader) reaches this.
    public var confidence: Double
    /// The indifference zone δ on the role-fit scale.
    public var indifferenceDelta: Double
    /// Stop when P(f_leader ≥ max f − δ) reaches this.
    public var indifferenceConfidence: Double
    /// Stop with a hybrid when P(best ∈ top two) reaches this.
    public var topTwoConfidence: Double

    /// The defaults: 0.90, δ = 0.10 at 0.90, top two at 0.98 (tuned by `rolefit simulate`, docs/validity.md).
    public init(
        confidence: Double = 0.90, indifferenceDelta: Double = 0.10, indifferenceConfidence: Double = 0.90,
        topTwoConfidence: Double = 0.98
    ) {
        self.confidence = confidence
        self.indifferenceDelta = indifferenceDelta
        self.indifferenceConfidence = indifferenceConfidence
        self.topTwoConfidence = topTwoConfidence
    }

    func validate() throws(SessionSettingsError) {
        for (name, value) in [
            ("confidence", confidence), ("indifferenceConfidence", indifferenceConfidence),
            ("topTwoConfidence", topTwoConfidence),
        ] where !(value > 0.5 && value <= 1) {
            throw .invalid("threshold \(name) must lie in (0.5, 1] (got \(value))")
        }
        if !(indifferenceDelta >= 0) || !indifferenceDelta.isFinite {
            throw .invalid("indifferenceDelta must be a non-negative number (got \(indifferenceDelta))")
        }
    }
}
