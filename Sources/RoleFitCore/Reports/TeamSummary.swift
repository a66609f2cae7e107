/// What `rolefit team` reports about a results folder (also its `--format json`).
public struct TeamSummary: Sendable, Hashable, Codable {
    /// How many results were read.
    public var memberCount: Int
    /// Each session, in file order.
    public var members: [TeamMember]
    /// Per role: how many were recommended it.
    public var roleMix: [RoleMixEntry]
    /// Members with no clear fit, per reason (every reason, in a fixed order).
    public var noClearFit: [NoClearFitCount]
    /// Members with at least one integrity signal raised.
    public var membersWithSignals: Int
    /// Per skill area: mean and spread of the members' scores.
    public var areas: [TeamAreaStatistics]
    /// Ids of up to three areas with the lowest mean (among areas measured for at least half the members).
    public var weakestAreas: [String]
    /// Per question: answers, share correct or mean score, option picks, discrimination.
    public var questions: [QuestionStatistics]
    /// How the statistics are computed, in words.
    public var methods: [String: String]
}

/// One member of the team: a session's recommendation and area scores.
public struct TeamMember: Sendable, Hashable, Codable {
    /// The candidate's name.
    public var name: String
    /// The result file's name.
    public var file: String
    /// The session id.
    public var sessionID: String
    /// self, training or interview.
    public var mode: SessionMode
    /// The recommendation's label.
    public var recommendation: String
    /// The recommended role ids.
    public var recommendedRoles: [String]
    /// role, hybrid or no-clear-fit.
    public var kind: RecommendationKind
    /// Why there is no clear fit (no-clear-fit results only).
    public var noClearFitReason: NoClearFitReason?
    /// The recommendation's confidence.
    public var confidence: Double
    /// The interview verdict on the target role, for interviews with a target.
    public var targetVerdict: TargetAssessment.Verdict?
    /// The integrity signals raised, a few words each (empty when none, or for documents without signals).
    public var signals: [String]
    /// The mean 0–100 score over the areas measured precisely enough for a number (nil when none was).
    public var meanScore: Double?
    /// 0–100 score per measured area id.
    public var scores: [String: Int]
}

/// How many members of the team got no clear fit for one reason.
public struct NoClearFitCount: Sendable, Hashable, Codable {
    /// The reason.
    public var reason: NoClearFitReason
    /// Members with that reason.
    public var count: Int
}

/// How often a role was recommended in the team.
public struct RoleMixEntry: Sendable, Hashable, Codable {
    /// Role id.
    public var id: String
    /// Role name.
    public var name: String
    /// Members recommended this role alone.
    public var recommended: Int
    /// Members with a hybrid that names this role.
    public var inHybrid: Int
    /// Mean P(best = this role) over the members.
    public var meanProbability: Double
}

/// The spread of one skill area's scores in the team.
public struct TeamAreaStatistics: Sendable, Hashable, Codable {
    /// Area id.
    public var id: String
    /// Area name.
    public var name: String
    /// Members measured in this area.
    public var measured: Int
    /// Mean 0–100 score of those members.
    public var mean: Double?
    /// Sample standard deviation (n − 1) of those scores; nil for fewer than two.
    public var sd: Double?
    /// Lowest score.
    public var min: Int?
    /// Highest score.
    public var max: Int?
}

/// How many picked one option of a question.
public struct OptionPicks: Sendable, Hashable, Codable {
    /// 1-based option number (the rating for self-ratings).
    public var number: Int
    /// The option's text, where known.
    public var text: String
    /// How many picked it.
    public var picks: Int
    /// Whether it is the right (or full-score) option, as far as the answers show: true when a member
    /// who chose it was right or scored full marks; nil when no answer says (nobody chose it rightly).
    public var correct: Bool?
}

/// A question's statistics over the team, for the facilitator.
public struct QuestionStatistics: Sendable, Hashable, Codable {
    /// Item id.
    public var id: String
    /// Item kind.
    public var kind: RecordedItemKind
    /// Skill area id.
    public var area: String
    /// The question.
    public var prompt: String
    /// Members shown the question.
    public var shown: Int
    /// Members who answered it (not skipped).
    public var answered: Int
    /// Knowledge items: the share answered correctly.
    public var correctShare: Double?
    /// Graded scenarios: the mean score (out of `maxScore`).
    public var meanScore: Double?
    /// The highest score.
    public var maxScore: Int
    /// Self-ratings: the mean rating.
    public var meanRating: Double?
    /// Picks per option.
    public var options: [OptionPicks]
    /// Point-biserial (Pearson) correlation of the item score with the member's mean area score.
    public var discrimination: Double?
}
