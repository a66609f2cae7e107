/// The mean and standard deviation of a posterior for one ability dimension.
public struct PosteriorSummary: Sendable, Hashable, Codable {
    /// Posterior mean (EAP).
    public var mean: Double
    /// Posterior standard deviation (the standard error).
    public var standardDeviation: Double

    /// Creates a summary.
    public init(mean: Double, standardDeviation: Double) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// The posterior variance.
    public var variance: Double { standardDeviation * standardDeviation }

    /// Whether |θ̂| > 3.5: at the edge of the scale (docs/engine.md, Measurement).
    public var isAtEdgeOfScale: Bool { abs(mean) > 3.5 }
}
