import Foundation

/// How a calibration runs: the quadrature, the stop rule and the acceleration. The defaults are the
/// shared reference convention (61 equally spaced nodes on [−6, 6], N(0, 1) weights normalized to
/// sum 1, stop when no a or b moves by 1e−6 in one EM cycle).
public struct CalibrationSettings: Sendable, Hashable {
    /// Quadrature nodes.
    public var nodes: [Double]
    /// log weights, Σ e^w = 1.
    public var logWeights: [Double]
    /// Stop when the largest change of any a or b over one EM cycle is below this.
    public var tolerance: Double
    /// At most this many EM cycles (E-step + M-step).
    public var maximumCycles: Int
    /// Extrapolate with SQUAREM (same fixed point, fewer cycles).
    public var accelerate: Bool
    /// The prior on the 3PL lower asymptote.
    public var guessingPrior: GuessingPrior

    /// The reference settings, accelerated.
    public init(
        nodeCount: Int = 61, lower: Double = -6, upper: Double = 6, tolerance: Double = 1e-6,
        maximumCycles: Int = 5000, accelerate: Bool = true, guessingPrior: GuessingPrior = .standard
    ) {
        nodes = ThetaGrid(count: nodeCount, lower: lower, upper: upper, rule: .rectangle).nodes
        let raw = nodes.map { -0.5 * $0 * $0 }
        let top = raw.max() ?? 0
        let logTotal = top + log(raw.reduce(0) { $0 + exp($1 - top) })
        logWeights = raw.map { $0 - logTotal }
        self.tolerance = tolerance
        self.maximumCycles = maximumCycles
        self.accelerate = accelerate
        self.guessingPrior = guessingPrior
    }
}
