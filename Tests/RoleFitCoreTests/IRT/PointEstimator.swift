import Foundation

@testable import RoleFitCore

/// One scored response: an item model and the category observed.
struct ScoredResponse: Sendable {
    /// The item's model.
    var model: any ItemResponseModel
    /// The observed category (0-based).
    var category: Int
}

/// A point estimate of θ with its standard error.
struct PointEstimate: Sendable, Hashable, Codable {
    /// The estimate.
    var theta: Double
    /// Its standard error.
    var standardError: Double
}

/// Maximum likelihood, maximum a posteriori (N(0,1) prior; "BM" in catR) and Warm's weighted
/// likelihood estimators, for research exports. The operational estimator is the grid EAP.
enum PointEstimator: String, Sendable, CaseIterable, Codable {
    /// Maximum likelihood; SE = 1/√I(θ̂). Does not exist for all-right or all-wrong patterns.
    case maximumLikelihood = "ML"
    /// Posterior mode under N(0, 1); SE = 1/√(I(θ̂) + 1).
    case maximumAPosteriori = "MAP"
    /// Warm's weighted likelihood: score + J/(2I) = 0; SE = 1/√I(θ̂).
    case weightedLikelihood = "WLE"

    /// The estimate for the responses, found by Brent's method inside `range`; nil when the
    /// estimating equation has no root there (for example ML for an extreme pattern).
    func estimate(_ responses: [ScoredResponse], range: ClosedRange<Double> = -4...4) -> PointEstimate? {
        guard !responses.isEmpty else { return nil }
        let equation: (Double) -> Double = { theta in
            let terms = Self.terms(responses, at: theta)
            switch self {
            case .maximumLikelihood: return terms.score
            case .maximumAPosteriori: return terms.score - theta
            case .weightedLikelihood: return terms.score + terms.warm / (2 * terms.information)
            }
        }
        guard let theta = BrentRootFinder.root(in: range.lowerBound, range.upperBound, equation) else { return nil }
        let information = Self.terms(responses, at: theta).information
        let precision = self == .maximumAPosteriori ? information + 1 : information
        return PointEstimate(theta: theta, standardError: 1 / precision.squareRoot())
    }

    /// Score Σ P_x′/P_x, test information Σ I_j and Warm's J = Σ_j Σ_k P_k′ P_k″ / P_k at θ.
    static func terms(_ responses: [ScoredResponse], at theta: Double)
        -> (score: Double, information: Double, warm: Double)
    {
        var score = 0.0
        var information = 0.0
        var warm = 0.0
        for response in responses {
            let d = response.model.categoryDerivatives(at: theta)
            score += d.first[response.category] / d.probabilities[response.category]
            for k in d.probabilities.indices where d.probabilities[k] > 0 {
                information += d.first[k] * d.first[k] / d.probabilities[k]
                warm += d.first[k] * d.second[k] / d.probabilities[k]
            }
        }
        return (score, information, warm)
    }
}
