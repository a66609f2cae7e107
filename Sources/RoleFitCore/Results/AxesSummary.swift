/// The two axes of a result (issue 12): what the person is drawn to and what the person showed, each
/// as a distribution over roles, with the person-fit and no-preference probabilities.
public struct AxesSummary: Sendable, Hashable, Codable {
    /// Preference fit: role-keyed picks, consistency integrated out.
    public var preference: AxisSummary
    /// Capability fit: knowledge items and graded scenarios, compared by profile shape.
    public var capability: AxisSummary
    /// P(the picks show no preference at all).
    public var noPreferenceProbability: Double
    /// P(the answers come from random responding rather than any consistent profile).
    public var randomResponderProbability: Double
    /// Whether both axes are clear and name different roles.
    public var disagree: Bool
    /// The disagreement in words ("Drawn to …; the strongest evidence of skill is for …"), when they disagree.
    public var disagreement: String?

    /// Creates the axes summary.
    public init(
        preference: AxisSummary, capability: AxisSummary, noPreferenceProbability: Double,
        randomResponderProbability: Double, disagree: Bool, disagreement: String?
    ) {
        self.preference = preference
        self.capability = capability
        self.noPreferenceProbability = noPreferenceProbability
        self.randomResponderProbability = randomResponderProbability
        self.disagree = disagree
        self.disagreement = disagreement
    }
}

/// One axis in a result: a role distribution with its leader and confidence.
public struct AxisSummary: Sendable, Hashable, Codable {
    /// The leading role id; nil when the axis holds no evidence.
    public var leader: String?
    /// The leader's probability on this axis alone.
    public var confidence: Double
    /// Whether the axis points to its leader clearly.
    public var clear: Bool
    /// Answers that fed this axis.
    public var evidenceCount: Int
    /// P(best = role) on this axis, most probable first.
    public var roles: [AxisRole]

    /// Creates an axis summary.
    public init(leader: String?, confidence: Double, clear: Bool, evidenceCount: Int, roles: [AxisRole]) {
        self.leader = leader
        self.confidence = confidence
        self.clear = clear
        self.evidenceCount = evidenceCount
        self.roles = roles
    }
}

/// A role's probability on one axis.
public struct AxisRole: Sendable, Hashable, Codable {
    /// Role id.
    public var id: String
    /// P(best = this role) on the axis.
    public var probability: Double

    /// Creates an entry.
    public init(id: String, probability: Double) {
        self.id = id
        self.probability = probability
    }
}

extension AxesSummary {
    /// The engine's axes as written into a result; `roleIDs` are the roles in the order of the axes'
    /// probabilities (the catalogue's), `roleName` names a role id.
    public init(_ axes: FitAxes, roleIDs: [String], roleName: (String) -> String) {
        let preference = AxisSummary(axes.preference, roleIDs: roleIDs)
        let capability = AxisSummary(axes.capability, roleIDs: roleIDs)
        var sentence: String?
        if axes.disagree, let drawn = preference.leader, let shown = capability.leader {
            sentence = Self.disagreementSentence(drawnTo: roleName(drawn), showed: roleName(shown))
        }
        self.init(
            preference: preference, capability: capability, noPreferenceProbability: axes.noPreferenceProbability,
            randomResponderProbability: axes.randomResponderProbability, disagree: axes.disagree, disagreement: sentence)
    }

    /// "Drawn to product manager work; the strongest evidence of skill is for program manager work."
    public static func disagreementSentence(drawnTo: String, showed: String) -> String {
        "Drawn to \(drawnTo.lowercased()) work; the strongest evidence of skill is for \(showed.lowercased()) work."
    }
}

extension AxisSummary {
    /// One engine axis, its roles most probable first (ties in catalogue order).
    public init(_ axis: FitAxis, roleIDs: [String]) {
        let roles = zip(roleIDs, axis.probabilities).enumerated()
            .sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }
            .map { AxisRole(id: $0.element.0, probability: $0.element.1) }
        self.init(
            leader: axis.leader, confidence: axis.confidence, clear: axis.isClear, evidenceCount: axis.evidenceCount,
            roles: roles)
    }
}
