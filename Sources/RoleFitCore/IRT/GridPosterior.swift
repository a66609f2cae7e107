import Foundation

/// An exact EAP posterior for one ability dimension on a `ThetaGrid`, kept in log space:
/// the prior plus the sum of the answered items' log-likelihood rows.
public struct GridPosterior: Sendable, Hashable {
    /// The grid the posterior lives on.
    public let grid: ThetaGrid
    /// Σ log-likelihood of the recorded responses at each node.
    public private(set) var logLikelihood: [Double]
    /// How many responses have been added.
    public private(set) var responseCount: Int = 0

    /// A posterior equal to the prior.
    public init(grid: ThetaGrid = .standard) {
        self.grid = grid
        logLikelihood = [Double](repeating: 0, count: grid.count)
    }

    /// Adds one response: a vector add of the category's row.
    public mutating func add(_ table: LogLikelihoodTable, category: Int) {
        precondition(table.nodeCount == grid.count, "log-likelihood table built for another grid")
        let offset = category * table.nodeCount
        table.values.withUnsafeBufferPointer { source in
            logLikelihood.withUnsafeMutableBufferPointer { target in
                for q in 0..<target.count { target[q] += source[offset + q] }
            }
        }
        responseCount += 1
    }

    /// Posterior mean and SD: weights e^{log prior + log-likelihood − max}, two-pass moments.
    public var summary: PosteriorSummary {
        Self.summarize(logLikelihood: logLikelihood, grid: grid)
    }

    /// The moments for an arbitrary log-likelihood vector on `grid`.
    public static func summarize(logLikelihood: [Double], grid: ThetaGrid) -> PosteriorSummary {
        let n = grid.count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { weights in
            grid.nodes.withUnsafeBufferPointer { nodes in
                grid.logPriorWeights.withUnsafeBufferPointer { prior in
                    logLikelihood.withUnsafeBufferPointer { ll in
                        var top = -Double.infinity
                        for q in 0..<n {
                            let value = prior[q] + ll[q]
                            weights[q] = value
                            if value > top { top = value }
                        }
                        var total = 0.0
                        var first = 0.0
                        for q in 0..<n {
                            let w = exp(weights[q] - top)
                            weights[q] = w
                            total += w
                            first += w * nodes[q]
                        }
                        let mean = first / total
                        var second = 0.0
                        for q in 0..<n {
                            let d = nodes[q] - mean
                            second += weights[q] * d * d
                        }
                        return PosteriorSummary(mean: mean, standardDeviation: (second / total).squareRoot())
                    }
                }
            }
        }
    }
}
