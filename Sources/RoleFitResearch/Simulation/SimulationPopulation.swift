import RoleFitCore

/// The population simulees are drawn from: its kind (the engine's model or one that breaks it), true
/// profiles θ ~ MVN(0, R) over the engine's dimensions (one performance dimension per area, plus a
/// self-report dimension where an area has self-ratings), and the strength of role-keyed choices.
public struct SimulationPopulation: Sendable, Hashable {
    /// How the simulees answer.
    public var kind: PopulationKind
    /// True correlation between different areas (exchangeable).
    public var areaCorrelation: Double
    /// True correlation between an area's self-rated and performance dimensions.
    public var selfPerformanceCorrelation: Double
    /// P(picking the option keyed to one's true best role) on role-keyed items without their own
    /// table; the other options share the rest evenly.
    public var keyedHitRate: Double
    /// The role fakers pick the options of (faker populations only).
    public var fakedRole: String

    /// The defaults: in-model, the engine's prior correlations (0.35 and 0.5), a hit rate of 0.55,
    /// fakers faking "tpm".
    public init(
        kind: PopulationKind = .inModel, areaCorrelation: Double = 0.35, selfPerformanceCorrelation: Double = 0.5,
        keyedHitRate: Double = RoleChoiceModel.defaultHitRate, fakedRole: String = "tpm"
    ) {
        self.kind = kind
        self.areaCorrelation = areaCorrelation
        self.selfPerformanceCorrelation = selfPerformanceCorrelation
        self.keyedHitRate = keyedHitRate
        self.fakedRole = fakedRole
    }

    /// Checks the ranges (the correlation matrix itself is checked when it is factored, the faked
    /// role against the catalogue when the simulees are prepared).
    func validate() throws(SimulationError) {
        if !(keyedHitRate >= 0 && keyedHitRate <= 1) {
            throw .invalid("the keyed hit rate must lie in [0, 1] (got \(keyedHitRate))")
        }
        if !(areaCorrelation > -1 && areaCorrelation < 1) {
            throw .invalid("the true area correlation must lie in (−1, 1) (got \(areaCorrelation))")
        }
        if !(selfPerformanceCorrelation > -1 && selfPerformanceCorrelation < 1) {
            throw .invalid("the true self/performance correlation must lie in (−1, 1) (got \(selfPerformanceCorrelation))")
        }
    }
}
