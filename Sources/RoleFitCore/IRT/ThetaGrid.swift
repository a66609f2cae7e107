import Foundation

/// Equally spaced quadrature nodes on an interval with log N(0, 1) prior weights, the grid on which
/// every EAP posterior is computed (docs/engine.md, Measurement: 61 nodes on [−4, 4], trapezoid rule).
public struct ThetaGrid: Sendable, Hashable {
    /// How the end nodes are weighted.
    public enum Rule: String, Sendable, Hashable, Codable {
        /// End nodes at half weight (catR's integrate.catR; the reference workload).
        case trapezoid
        /// All nodes at full weight.
        case rectangle
    }

    /// The nodes θ_q, increasing (computed like numpy.linspace).
    public let nodes: [Double]
    /// log(rule weight × e^{−θ_q²/2}); constants that cancel in ratios are dropped.
    public let logPriorWeights: [Double]
    /// The quadrature rule.
    public let rule: Rule

    /// Creates a grid of `count` ≥ 2 nodes on [lower, upper].
    public init(count: Int = 61, lower: Double = -4, upper: Double = 4, rule: Rule = .trapezoid) {
        let n = max(2, count)
        let step = (upper - lower) / Double(n - 1)
        var nodes = (0..<n).map { Double($0) * step + lower }
        nodes[n - 1] = upper
        self.nodes = nodes
        self.rule = rule
        logPriorWeights = nodes.enumerated().map { index, theta in
            let endNode = index == 0 || index == n - 1
            let ruleWeight = rule == .trapezoid && endNode ? 0.5 : 1.0
            return log(ruleWeight) - 0.5 * theta * theta
        }
    }

    /// The operational grid: 61 nodes on [−4, 4], trapezoid rule.
    public static let standard = ThetaGrid()

    /// The number of nodes.
    public var count: Int { nodes.count }

    /// The posterior with no responses (the prior as represented on this grid).
    public var prior: PosteriorSummary { GridPosterior(grid: self).summary }
}
