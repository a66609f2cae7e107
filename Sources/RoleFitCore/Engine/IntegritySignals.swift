/// Evidence about how the person answered, for a human to weigh (docs/engine.md, Integrity signals).
/// None of these decides anything on its own, except that person-fit keeps a confident verdict from
/// being given to answers that fit random responding better than any profile.
public struct IntegritySignals: Sendable, Hashable, Codable {
    /// Answers given faster than a quarter of the item's reading time (its words at 250 per minute, at least 1 s).
    public var rapidAnswerCount: Int
    /// Item ids of those answers.
    public var rapidItemIDs: [String]
    /// The same rating on every self-rating (four or more), or the same option position on at least
    /// 80% of eight or more choice questions.
    public var straightLining: Bool
    /// Agreement (4 or 5) on average with statements and with reverse-keyed statements alike.
    public var acquiescence: Bool
    /// Whether acquiescence could be checked (at least one forward and one reverse-keyed rating).
    public var acquiescenceMeasurable: Bool
    /// The answers fit random responding better than any consistent profile.
    public var personFitFlag: Bool
    /// P(random responding | answers).
    public var randomResponderProbability: Double
    /// Preferences and shown skill point clearly to different roles.
    public var preferenceCapabilityDisagreement: Bool

    /// Creates signals.
    public init(
        rapidAnswerCount: Int, rapidItemIDs: [String], straightLining: Bool, acquiescence: Bool,
        acquiescenceMeasurable: Bool, personFitFlag: Bool, randomResponderProbability: Double,
        preferenceCapabilityDisagreement: Bool
    ) {
        self.rapidAnswerCount = rapidAnswerCount
        self.rapidItemIDs = rapidItemIDs
        self.straightLining = straightLining
        self.acquiescence = acquiescence
        self.acquiescenceMeasurable = acquiescenceMeasurable
        self.personFitFlag = personFitFlag
        self.randomResponderProbability = randomResponderProbability
        self.preferenceCapabilityDisagreement = preferenceCapabilityDisagreement
    }

    /// Whether any signal is raised.
    public var any: Bool {
        rapidAnswerCount > 0 || straightLining || acquiescence || personFitFlag || preferenceCapabilityDisagreement
    }

    /// The sentence every report puts beside the signals.
    public static let caveat =
        "These signals are evidence for a person to weigh, never an automatic verdict: each can have an innocent explanation."
}
