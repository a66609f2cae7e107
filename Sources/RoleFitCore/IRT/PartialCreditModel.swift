import Foundation

/// Muraki's generalized partial credit model (D = 1) with step parameters b_v:
/// P_k ∝ exp(Σ_{v≤k} a(θ − b_v)), empty sum = 0, categories 0…m.
public struct PartialCreditModel: ItemResponseModel, Hashable {
    /// Discrimination a > 0.
    public var a: Double
    /// Step parameters b₁ … b_m (not GRM thresholds: they need not be ordered).
    public var steps: [Double]

    /// Creates the model.
    public init(a: Double, steps: [Double]) {
        self.a = a
        self.steps = steps
    }

    /// m + 1 categories.
    public var categoryCount: Int { steps.count + 1 }

    /// Cumulative exponents η_k = Σ_{v≤k} a(θ − b_v).
    func exponents(at theta: Double) -> [Double] {
        var eta = [0.0]
        for step in steps { eta.append(eta[eta.count - 1] + a * (theta - step)) }
        return eta
    }

    /// log P_k = η_k − log Σ_j e^{η_j}.
    public func logCategoryProbabilities(at theta: Double) -> [Double] {
        let eta = exponents(at: theta)
        let top = eta.max() ?? 0
        let logSum = top + log(eta.reduce(0) { $0 + exp($1 - top) })
        return eta.map { $0 - logSum }
    }

    /// P_k.
    public func categoryProbabilities(at theta: Double) -> [Double] {
        let eta = exponents(at: theta)
        let top = eta.max() ?? 0
        let terms = eta.map { exp($0 - top) }
        let sum = terms.reduce(0, +)
        return terms.map { $0 / sum }
    }

    /// P_k′ = a P_k (k − E K), P_k″ = a² P_k ((k − E K)² − Var K).
    public func categoryDerivatives(at theta: Double) -> CategoryDerivatives {
        let p = categoryProbabilities(at: theta)
        let (mean, variance) = moments(p)
        let first = p.indices.map { a * p[$0] * (Double($0) - mean) }
        let second = p.indices.map { a * a * p[$0] * ((Double($0) - mean) * (Double($0) - mean) - variance) }
        return CategoryDerivatives(probabilities: p, first: first, second: second)
    }

    /// I(θ) = a² Var(K | θ).
    public func information(at theta: Double) -> Double {
        a * a * moments(categoryProbabilities(at: theta)).variance
    }

    func moments(_ p: [Double]) -> (mean: Double, variance: Double) {
        var mean = 0.0
        var square = 0.0
        for k in p.indices {
            mean += Double(k) * p[k]
            square += Double(k * k) * p[k]
        }
        return (mean, square - mean * mean)
    }
}
