/// An interview's verdict on its target role (docs/engine.md, Interview mode): capability evidence in
/// the role's defining areas only; preference picks are reported beside it and never decide it.
public struct TargetAssessment: Sendable, Hashable, Codable {
    /// What the capability evidence says about the target.
    public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
        /// The weighted level over the defining areas is above the reference average with the confidence threshold.
        case demonstrated
        /// It is below the average with the confidence threshold.
        case notDemonstrated = "not-demonstrated"
        /// Neither: the interview did not gather enough capability evidence.
        case notEnoughEvidence = "not-enough-evidence"
    }

    /// The target role id.
    public var roleID: String
    /// Its defining areas (weight ≥ the content threshold), by id.
    public var definingAreas: [String]
    /// Capability items answered in those areas.
    public var capabilityItemCount: Int
    /// The weighted mean θ over the defining areas and its SD.
    public var level: PosteriorSummary
    /// P(level > 0): above the reference population's average.
    public var probabilityAboveAverage: Double
    /// P(target is the best-fitting role) from capability shape alone.
    public var capabilityProbability: Double
    /// P(target) from the role-keyed picks alone (self-reported; never decides the verdict).
    public var preferenceProbability: Double
    /// The verdict.
    public var verdict: Verdict

    /// Creates an assessment.
    public init(
        roleID: String, definingAreas: [String], capabilityItemCount: Int, level: PosteriorSummary,
        probabilityAboveAverage: Double, capabilityProbability: Double, preferenceProbability: Double, verdict: Verdict
    ) {
        self.roleID = roleID
        self.definingAreas = definingAreas
        self.capabilityItemCount = capabilityItemCount
        self.level = level
        self.probabilityAboveAverage = probabilityAboveAverage
        self.capabilityProbability = capabilityProbability
        self.preferenceProbability = preferenceProbability
        self.verdict = verdict
    }
}
