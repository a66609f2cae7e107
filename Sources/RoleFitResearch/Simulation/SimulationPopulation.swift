import RoleFitCore

/// The population simulees are drawn from: true profiles θ ~ MVN(0, R) over the engine's
/// dimensions (one performance dimension per area, plus a self-report dimension where an area has
/// self-ratings), and the strength of their role-keyed choices.
public struct SimulationPopulation: Sendable, Hashable {
    /// True correlation between different areas (exchangeable).
    public var areaCorrelation: Double
    /// True correlation between an area's self-rated and performance dimensions.
    public var selfPerformanceCorrelation: Double
    /// P(picking the option keyed to one's true best role) on role-keyed items without their own
    /// table; the other options share the rest evenly.
    public var keyedHitRate: Double

    /// The defaults: the engine's prior correlations (0.35 and 0.5) and a hit rate of 0.55.
    public init(
        areaCorrelation: Double = 0.35, selfPerformanceCorrelation: Double = 0.5,
        keyedHitRate: Double = RoleChoiceModel.defaultHitRate
    ) {
        self.areaCorrelation = areaCorrelation
        self.selfPerformanceCorrelation = selfPerformanceCorrelation
        self.keyedHitRate = keyedHitRate
    }

    /// Checks the ranges (the correlation matrix itself is checked when it is factored).
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
