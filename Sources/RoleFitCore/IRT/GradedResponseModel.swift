import Foundation

/// Samejima's graded response model (logistic, D = 1) with ordered thresholds b₁ < … < b_m:
/// P*_k = 1/(1 + e^{−a(θ − b_k)}), P*_0 = 1, P*_{m+1} = 0, P_k = P*_k − P*_{k+1}, categories 0…m.
public struct GradedResponseModel: ItemResponseModel, Hashable {
    /// Discrimination a > 0.
    public var a: Double
    /// Thresholds b₁ < … < b_m (category boundaries, not GPCM steps).
    public var thresholds: [Double]

    /// Creates the model.
    public init(a: Double, thresholds: [Double]) {
        self.a = a
        self.thresholds = thresholds
    }

    /// m + 1 categories.
    public var categoryCount: Int { thresholds.count + 1 }

    /// Boundary curves P*_0 … P*_{m+1}.
    func boundaries(at theta: Double) -> [Double] {
        [1] + thresholds.map { logistic(a * (theta - $0)) } + [0]
    }

    /// P_k = P*_k − P*_{k+1}.
    public func categoryProbabilities(at theta: Double) -> [Double] {
        let star = boundaries(at: theta)
        return (0..<categoryCount).map { star[$0] - star[$0 + 1] }
    }

    /// log P_k written with softplus so neither tail loses precision.
    public func logCategoryProbabilities(at theta: Double) -> [Double] {
        let m = thresholds.count
        guard m > 0 else { return [0] }
        let z = thresholds.map { a * (theta - $0) }
        var logs = [Double](repeating: 0, count: m + 1)
        logs[0] = -softplus(z[0])
        logs[m] = -softplus(-z[m - 1])
        if m >= 2 {
            for k in 1..<m {
                // P*_k − P*_{k+1} = e^{−z_{k+1}} (1 − e^{−(z_k − z_{k+1})}) / ((1 + e^{−z_k})(1 + e^{−z_{k+1}})).
                let gap = z[k - 1] - z[k]
                logs[k] = -z[k] + log(-expm1(-gap)) - softplus(-z[k - 1]) - softplus(-z[k])
            }
        }
        return logs
    }

    /// Probabilities and their θ-derivatives (P*′ = aP*(1 − P*), P*″ = a²P*(1 − P*)(1 − 2P*)).
    public func categoryDerivatives(at theta: Double) -> CategoryDerivatives {
        let star = boundaries(at: theta)
        let d1 = star.map { a * $0 * (1 - $0) }
        let d2 = star.map { a * a * $0 * (1 - $0) * (1 - 2 * $0) }
        let range = 0..<categoryCount
        return CategoryDerivatives(
            probabilities: range.map { star[$0] - star[$0 + 1] },
            first: range.map { d1[$0] - d1[$0 + 1] },
            second: range.map { d2[$0] - d2[$0 + 1] }
        )
    }

    /// I(θ) = Σ_k (P_k′)² / P_k.
    public func information(at theta: Double) -> Double {
        informationFromDerivatives(at: theta)
    }
}
