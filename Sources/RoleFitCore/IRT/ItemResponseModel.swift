import Foundation

/// A unidimensional IRT model for one item: category probabilities, their derivatives in θ,
/// and Fisher information. Categories are numbered 0..<categoryCount.
public protocol ItemResponseModel: Sendable {
    /// The number of response categories.
    var categoryCount: Int { get }
    /// P(category k | θ) for every category.
    func categoryProbabilities(at theta: Double) -> [Double]
    /// log P(category k | θ) for every category, computed without cancellation in the tails.
    func logCategoryProbabilities(at theta: Double) -> [Double]
    /// Probabilities with their first and second derivatives in θ.
    func categoryDerivatives(at theta: Double) -> CategoryDerivatives
    /// Fisher information I(θ).
    func information(at theta: Double) -> Double
}

/// Category probabilities P_k(θ) with P_k′(θ) and P_k″(θ).
public struct CategoryDerivatives: Sendable, Hashable {
    /// P_k(θ).
    public var probabilities: [Double]
    /// dP_k/dθ.
    public var first: [Double]
    /// d²P_k/dθ².
    public var second: [Double]

    /// Creates the triple.
    public init(probabilities: [Double], first: [Double], second: [Double]) {
        self.probabilities = probabilities
        self.first = first
        self.second = second
    }
}

extension ItemResponseModel {
    /// Fisher information from the derivatives: Σ_k P_k′² / P_k (for checking closed forms).
    public func informationFromDerivatives(at theta: Double) -> Double {
        let d = categoryDerivatives(at: theta)
        var sum = 0.0
        for k in d.probabilities.indices where d.probabilities[k] > 0 {
            sum += d.first[k] * d.first[k] / d.probabilities[k]
        }
        return sum
    }

    /// The per-category log-likelihood of this item on every node of a grid.
    public func logLikelihoodTable(on grid: ThetaGrid) -> LogLikelihoodTable {
        var values = [Double](repeating: 0, count: categoryCount * grid.count)
        for (q, theta) in grid.nodes.enumerated() {
            let logs = logCategoryProbabilities(at: theta)
            for k in 0..<categoryCount {
                values[k * grid.count + q] = logs[k]
            }
        }
        return LogLikelihoodTable(categoryCount: categoryCount, nodeCount: grid.count, values: values)
    }
}

/// log(1 + eˣ) without overflow or loss of precision.
@inline(__always)
func softplus(_ x: Double) -> Double {
    x > 0 ? x + log1p(exp(-x)) : log1p(exp(x))
}

/// The logistic function 1 / (1 + e^{−x}).
@inline(__always)
func logistic(_ x: Double) -> Double {
    1 / (1 + exp(-x))
}
