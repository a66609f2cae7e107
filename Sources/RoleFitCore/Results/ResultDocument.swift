import Foundation

/// The scored result of one finished session: what `Results/*.json` holds (`rolefit-result/1`,
/// documented by `Results/schema/result.schema.json`).
public struct ResultDocument: Sendable, Hashable, Codable {
    /// The schema identifier written into every document.
    public static let schemaIdentifier = "rolefit-result/1"
    /// The sentence every report carries.
    public static let disclaimer =
        "This result describes preferences and skills shown in one short assessment. It must not be used as the sole basis for a hiring, promotion or career decision."

    /// Always `rolefit-result/1`.
    public var schema: String
    /// The session's id (also the journal's name while it ran).
    public var sessionID: String
    /// Who took it.
    public var candidate: String
    /// self, training or interview.
    public var mode: SessionMode
    /// The interview's target role id, if any.
    public var targetRole: String?
    /// When the first question was shown.
    public var startedAt: Date
    /// When the result was computed.
    public var finishedAt: Date
    /// RoleFit's version.
    public var engineVersion: String
    /// The seed of every random choice.
    public var seed: UInt64
    /// The engine settings.
    public var settings: SessionSettings
    /// The banks used, with content hashes.
    public var banks: [BankFingerprint]
    /// The answer: a role, a hybrid or no clear fit, how sure, the rule, and why the session stopped.
    public var recommendation: RecommendationSummary
    /// How much the session measured beyond the role decision (absent in documents written before depths existed).
    public var depth: SessionDepth?
    /// Preference fit and capability fit as separate role distributions (absent in older documents).
    public var axes: AxesSummary?
    /// The interview's verdict on its target role (interviews with a target only).
    public var target: TargetSummary?
    /// The gap report: self-rating beside shown level, per area where both exist (absent in older documents).
    public var selfView: [SelfViewSummary]?
    /// Every role, best first.
    public var roles: [RoleSummary]
    /// Every skill area, in catalogue order.
    public var areas: [AreaSummary]
    /// Every question shown, in order.
    public var items: [ItemRecord]
    /// Strongest and weakest areas and the reasons, in words.
    public var summary: Narrative
    /// Signals an interviewer should know about.
    public var integrity: Integrity
    /// The standard disclaimer.
    public var disclaimer: String

    /// Creates a document from its parts.
    public init(
        schema: String = ResultDocument.schemaIdentifier, sessionID: String, candidate: String, mode: SessionMode,
        targetRole: String?, startedAt: Date, finishedAt: Date, engineVersion: String, seed: UInt64,
        settings: SessionSettings, banks: [BankFingerprint], recommendation: RecommendationSummary,
        roles: [RoleSummary], areas: [AreaSummary], items: [ItemRecord], summary: Narrative,
        integrity: Integrity, disclaimer: String = ResultDocument.disclaimer, depth: SessionDepth? = nil,
        axes: AxesSummary? = nil, target: TargetSummary? = nil, selfView: [SelfViewSummary]? = nil
    ) {
        self.schema = schema
        self.sessionID = sessionID
        self.candidate = candidate
        self.mode = mode
        self.targetRole = targetRole
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.engineVersion = engineVersion
        self.seed = seed
        self.settings = settings
        self.banks = banks
        self.recommendation = recommendation
        self.roles = roles
        self.areas = areas
        self.items = items
        self.summary = summary
        self.integrity = integrity
        self.disclaimer = disclaimer
        self.depth = depth
        self.axes = axes
        self.target = target
        self.selfView = selfView
    }
}

/// A bank used by a session, identified by content.
public struct BankFingerprint: Sendable, Hashable, Codable {
    /// Bank id.
    public var id: String
    /// SHA-256 of the bank file's text.
    public var sha256: String
    /// Its item count.
    public var items: Int

    /// Creates a fingerprint.
    public init(id: String, sha256: String, items: Int) {
        self.id = id
        self.sha256 = sha256
        self.items = items
    }
}

/// The recommendation in a result.
public struct RecommendationSummary: Sendable, Hashable, Codable {
    /// `role`, `hybrid` or `no-clear-fit`.
    public var kind: RecommendationKind
    /// One role id, two for a hybrid (leader first), none for no clear fit.
    public var roles: [String]
    /// "Product manager", "Product manager / Program manager" or "No clear fit".
    public var label: String
    /// P(best = role), or P(best ∈ pair) for a hybrid; for no clear fit the leading role's probability.
    public var confidence: Double
    /// The confidence in words: clear, fairly clear, tentative, uncertain.
    public var confidenceWords: ConfidenceWords
    /// Why the session ended.
    public var stopReason: StopReason
    /// Why there is no clear fit (no-clear-fit results only).
    public var reason: NoClearFitReason?
    /// The rule that combined the two axes into this recommendation, in words (absent in older documents).
    public var rule: String?

    /// Creates a recommendation summary.
    public init(
        kind: RecommendationKind, roles: [String], label: String, confidence: Double, confidenceWords: ConfidenceWords,
        stopReason: StopReason, reason: NoClearFitReason? = nil, rule: String? = nil
    ) {
        self.kind = kind
        self.roles = roles
        self.label = label
        self.confidence = confidence
        self.confidenceWords = confidenceWords
        self.stopReason = stopReason
        self.reason = reason
        self.rule = rule
    }

    /// The label a no-clear-fit result carries.
    public static let noClearFitLabel = "No clear fit"
}

/// A role's standing in a result.
public struct RoleSummary: Sendable, Hashable, Codable {
    /// Role id.
    public var id: String
    /// Role name.
    public var name: String
    /// Fit f = wᵀθ on the θ scale.
    public var fit: Double
    /// Standard error of the fit.
    public var fitSE: Double
    /// P(best = this role), all evidence combined.
    public var probability: Double
    /// P(best) from capability evidence alone.
    public var capabilityProbability: Double
    /// P(role) from role-preference choices alone.
    public var orientationProbability: Double

    /// Creates a role summary.
    public init(
        id: String, name: String, fit: Double, fitSE: Double, probability: Double,
        capabilityProbability: Double, orientationProbability: Double
    ) {
        self.id = id
        self.name = name
        self.fit = fit
        self.fitSE = fitSE
        self.probability = probability
        self.capabilityProbability = capabilityProbability
        self.orientationProbability = orientationProbability
    }
}

/// A skill area's estimates in a result.
public struct AreaSummary: Sendable, Hashable, Codable {
    /// Area id.
    public var id: String
    /// Area name.
    public var name: String
    /// Estimate from this area's own items.
    public var areaOnly: Estimate
    /// Estimate after borrowing strength from correlated areas.
    public var combined: Estimate
    /// 0–100: the share of the reference population below the combined estimate.
    public var score: Int
    /// 0–100 bounds of the 95% interval.
    public var scoreLow: Int
    /// Upper bound.
    public var scoreHigh: Int
    /// strong, solid, developing or emerging.
    public var band: ScoreBand
    /// Performance items answered in this area.
    public var itemCount: Int
    /// The self-rated dimension, where self-ratings were answered.
    public var selfRating: Estimate?
    /// Self-rating items answered in this area.
    public var selfRatingCount: Int
    /// Whether the estimate is precise enough to report as a number (its SD is at most the session's
    /// area precision); false: reports say "not enough evidence" (the estimate stays in the file).
    /// Absent in older documents, where an area counts as measured when it had items.
    public var measured: Bool?
    /// What to do when the area is a gap, from the catalogue's `next-steps` (absent when the catalogue
    /// gives none, and in older documents).
    public var nextSteps: String?

    /// Creates an area summary.
    public init(
        id: String, name: String, areaOnly: Estimate, combined: Estimate, score: Int, scoreLow: Int,
        scoreHigh: Int, band: ScoreBand, itemCount: Int, selfRating: Estimate?, selfRatingCount: Int,
        measured: Bool? = nil, nextSteps: String? = nil
    ) {
        self.id = id
        self.name = name
        self.areaOnly = areaOnly
        self.combined = combined
        self.score = score
        self.scoreLow = scoreLow
        self.scoreHigh = scoreHigh
        self.band = band
        self.itemCount = itemCount
        self.selfRating = selfRating
        self.selfRatingCount = selfRatingCount
        self.measured = measured
        self.nextSteps = nextSteps
    }

    /// Whether reports give this area a number: `measured` where written, else (older documents) whether it had items.
    public var isMeasured: Bool { measured ?? (itemCount > 0) }

    /// Whether the area was asked about but not measured precisely enough for a number.
    public var lacksEvidence: Bool { itemCount > 0 && !isMeasured }
}

/// A θ estimate with its standard error.
public struct Estimate: Sendable, Hashable, Codable {
    /// EAP θ.
    public var theta: Double
    /// Posterior SD.
    public var se: Double

    /// Creates an estimate.
    public init(theta: Double, se: Double) {
        self.theta = theta
        self.se = se
    }
}

/// One question as asked and answered.
public struct ItemRecord: Sendable, Hashable, Codable {
    /// 1-based position in the session.
    public var index: Int
    /// Item id.
    public var id: String
    /// Item kind (`unknown` when the item was not in the banks).
    public var kind: RecordedItemKind
    /// Skill area id.
    public var area: String
    /// The prompt, for reports.
    public var prompt: String
    /// The options' texts as shown, in order (absent in documents written before it was added).
    public var options: [String]?
    /// The answer as recorded (`{"option":2}` …).
    public var response: ItemResponse
    /// The answer in words ("2. Ask engineering for …", "4 Agree", "skipped", "not applicable").
    public var answerText: String
    /// For knowledge items: right or wrong.
    public var correct: Bool?
    /// The response category scored (nil when skipped).
    public var score: Int?
    /// The highest category.
    public var maxScore: Int
    /// For role-keyed items: the roles the chosen option is typical of.
    public var keyedRoles: [String]?
    /// Seconds taken.
    public var seconds: Double
    /// θ estimate of the item's dimension after this answer.
    public var theta: Double?
    /// Its SE.
    public var se: Double?
    /// The leading role after this answer.
    public var leadingRole: String
    /// Its probability.
    public var leaderProbability: Double
    /// Whether the item's parameters were provisional (a difficulty rating, not calibrated); absent in older documents.
    public var provisional: Bool?
    /// True for a pretest item: its answer was recorded for calibration and not scored; absent otherwise.
    public var pretest: Bool?

    /// Creates a record.
    public init(
        index: Int, id: String, kind: RecordedItemKind, area: String, prompt: String, options: [String]?,
        response: ItemResponse, answerText: String, correct: Bool?, score: Int?, maxScore: Int,
        keyedRoles: [String]?, seconds: Double, theta: Double?, se: Double?, leadingRole: String,
        leaderProbability: Double, provisional: Bool? = nil, pretest: Bool? = nil
    ) {
        self.index = index
        self.id = id
        self.kind = kind
        self.area = area
        self.prompt = prompt
        self.options = options
        self.response = response
        self.answerText = answerText
        self.correct = correct
        self.score = score
        self.maxScore = maxScore
        self.keyedRoles = keyedRoles
        self.seconds = seconds
        self.theta = theta
        self.se = se
        self.leadingRole = leadingRole
        self.leaderProbability = leaderProbability
        self.provisional = provisional
        self.pretest = pretest
    }
}

/// The result in words as the file stores it: `ResultNarrative`'s output when the result was written
/// (reports draw the narrative afresh from the numbers, by the same rules).
public struct Narrative: Sendable, Hashable, Codable {
    /// The strongest measured area ids: three, and any tied with the third (each scoring 50 or more).
    public var strongest: [String]
    /// The measured area ids to grow: three, and any tied with the third (below 50 and below the strongest).
    public var weakest: [String]
    /// Why, in a few sentences.
    public var why: String

    /// Creates a narrative.
    public init(strongest: [String], weakest: [String], why: String) {
        self.strongest = strongest
        self.weakest = weakest
        self.why = why
    }
}

/// Integrity signals for interviewers.
public struct Integrity: Sendable, Hashable, Codable {
    /// Human-readable notes.
    public var notes: [String]
    /// How often an answer was taken back.
    public var undoCount: Int
    /// How many questions were skipped.
    public var skippedCount: Int
    /// How often the session was interrupted and resumed.
    public var resumeCount: Int
    /// Answers given in under 2 seconds: written only by versions before rapid answers were judged
    /// against each question's reading time (`signals.rapidAnswerCount` replaces it).
    public var fastAnswerCount: Int?
    /// Total answering time in seconds.
    public var totalSeconds: Double
    /// The engine's signals: rapid answers, straight-lining, acquiescence, person-fit, disagreement
    /// (absent in older documents).
    public var signals: SignalsSummary?
    /// Answers typed after the time limit, kept for the interviewer and never scored (absent in older documents).
    public var lateAnswers: [LateAnswer]?

    /// Creates integrity information.
    public init(
        notes: [String], undoCount: Int, skippedCount: Int, resumeCount: Int, fastAnswerCount: Int? = nil,
        totalSeconds: Double, signals: SignalsSummary? = nil, lateAnswers: [LateAnswer]? = nil
    ) {
        self.notes = notes
        self.undoCount = undoCount
        self.skippedCount = skippedCount
        self.resumeCount = resumeCount
        self.fastAnswerCount = fastAnswerCount
        self.totalSeconds = totalSeconds
        self.signals = signals
        self.lateAnswers = lateAnswers
    }
}
