/// An interview's verdict on its target role in a result: capability evidence in the role's defining
/// areas decides it; the preference picks are kept beside it as self-reported.
public struct TargetSummary: Sendable, Hashable, Codable {
    /// The target role id.
    public var role: String
    /// demonstrated, not-demonstrated or not-enough-evidence.
    public var verdict: TargetAssessment.Verdict
    /// The role's defining areas, by id.
    public var definingAreas: [String]
    /// Capability items answered in those areas.
    public var capabilityItemCount: Int
    /// The weighted level over the defining areas (θ) and its SD.
    public var level: Estimate
    /// P(level above the reference average).
    public var probabilityAboveAverage: Double
    /// P(target fits best) from capability shape alone.
    public var capabilityProbability: Double
    /// P(target) from the preference picks: self-reported, never decides the verdict.
    public var selfReportedPreference: Double

    /// Creates a target summary.
    public init(
        role: String, verdict: TargetAssessment.Verdict, definingAreas: [String], capabilityItemCount: Int,
        level: Estimate, probabilityAboveAverage: Double, capabilityProbability: Double, selfReportedPreference: Double
    ) {
        self.role = role
        self.verdict = verdict
        self.definingAreas = definingAreas
        self.capabilityItemCount = capabilityItemCount
        self.level = level
        self.probabilityAboveAverage = probabilityAboveAverage
        self.capabilityProbability = capabilityProbability
        self.selfReportedPreference = selfReportedPreference
    }
}
