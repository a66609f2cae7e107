/// One axis of the recommendation (docs/engine.md, Two axes): what the person is drawn to
/// (preference) or what the person showed (capability), as a distribution over roles.
public struct FitAxis: Sendable, Hashable, Codable {
    /// P(best = role) on this axis alone, per role in catalogue order.
    public var probabilities: [Double]
    /// The role with the largest probability, nil when the axis holds no evidence.
    public var leader: String?
    /// Its probability.
    public var confidence: Double
    /// Answers that fed this axis.
    public var evidenceCount: Int
    /// Whether the axis points to its leader clearly (its probability reaches the axis threshold).
    public var isClear: Bool

    /// Creates an axis.
    public init(probabilities: [Double], leader: String?, confidence: Double, evidenceCount: Int, isClear: Bool) {
        self.probabilities = probabilities
        self.leader = leader
        self.confidence = confidence
        self.evidenceCount = evidenceCount
        self.isClear = isClear
    }
}

/// The two axes and the rule that combined them into the recommendation.
public struct FitAxes: Sendable, Hashable, Codable {
    /// Role-keyed picks (what the person is drawn to), consistency integrated out.
    public var preference: FitAxis
    /// P(the picks show no preference at all).
    public var noPreferenceProbability: Double
    /// Knowledge items and graded scenarios (what the person showed), compared by profile shape.
    public var capability: FitAxis
    /// P(the answers come from random responding rather than any consistent profile): person-fit.
    public var randomResponderProbability: Double
    /// Whether both axes are clear and name different roles.
    public var disagree: Bool
    /// The combination rule, in words, as applied to this session.
    public var rule: String

    /// Creates the axes.
    public init(
        preference: FitAxis, noPreferenceProbability: Double, capability: FitAxis,
        randomResponderProbability: Double, disagree: Bool, rule: String
    ) {
        self.preference = preference
        self.noPreferenceProbability = noPreferenceProbability
        self.capability = capability
        self.randomResponderProbability = randomResponderProbability
        self.disagree = disagree
        self.rule = rule
    }
}
