import Foundation

/// The marginal likelihood of a source's dimensions under the exchangeable prior (docs/engine.md,
/// Person-fit): θ_k = g + s_k with a shared level g ~ N(0, ρ) and specific parts s_k ~ N(0, 1 − ρ).
/// Integrating each dimension alone against N(0, 1) would ignore that someone strong in one area is
/// likely strong in the next, and make a consistently excellent (or weak) respondent look random.
struct GeneralFactor: Sendable {
    /// Nodes for g.
    let nodes: [Double]
    /// log prior weight of each node (normalised).
    let logPrior: [Double]
    /// weights[g][q]: P(θ = θ_q | g) on the θ grid, each row normalised.
    let weights: [[Double]]

    /// The number of nodes for the general level.
    static let nodeCount = 21

    /// Prepares the nodes and the conditional weights for grid `grid` and area correlation ρ.
    init(grid: ThetaGrid, areaCorrelation rho: Double) {
        let shared = max(1e-6, rho)
        let specific = max(1e-6, 1 - rho)
        let spread = 4 * shared.squareRoot()
        let count = Self.nodeCount
        nodes = (0..<count).map { -spread + 2 * spread * Double($0) / Double(count - 1) }
        let raw = nodes.map { -0.5 * $0 * $0 / shared }
        let top = raw.max() ?? 0
        let total = raw.reduce(0) { $0 + exp($1 - top) }
        logPrior = raw.map { $0 - top - log(total) }
        weights = nodes.map { g in
            let row = grid.nodes.enumerated().map { q, theta -> Double in
                let end = q == 0 || q == grid.count - 1
                let d = theta - g
                return (end ? 0.5 : 1) * exp(-0.5 * d * d / specific)
            }
            let sum = row.reduce(0, +)
            return row.map { sum > 0 ? $0 / sum : 0 }
        }
    }

    /// log E[L(θ) | g] for each node g, from a dimension's log-likelihood on the θ grid.
    func conditionalLogLikelihood(_ logLikelihood: [Double]) -> [Double] {
        guard let top = logLikelihood.max(), top.isFinite else {
            return [Double](repeating: -.infinity, count: nodes.count)
        }
        let scaled = logLikelihood.map { exp($0 - top) }
        return weights.map { row in
            var sum = 0.0
            for q in row.indices { sum += row[q] * scaled[q] }
            return sum > 0 ? log(sum) + top : -.infinity
        }
    }

    /// log ∫ Π_k E[L_k | g] dP(g) for the given rows (0 when there are none).
    func logEvidence(_ rows: [[Double]]) -> Double {
        guard !rows.isEmpty else { return 0 }
        let joint = logPrior.indices.map { g in logPrior[g] + rows.reduce(0) { $0 + $1[g] } }
        return PreferenceEvidence.logSumExp(joint)
    }
}
