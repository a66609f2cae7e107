import Foundation

/// The 3PL model (2PL when c = 0), D = 1: P(θ) = c + (1 − c) / (1 + e^{−a(θ − b)}).
/// Category 1 is a correct answer, category 0 a wrong one.
public struct LogisticItemModel: ItemResponseModel, Hashable {
    /// Discrimination a > 0.
    public var a: Double
    /// Difficulty b.
    public var b: Double
    /// Lower asymptote (guessing) 0 ≤ c < 1.
    public var c: Double

    /// Creates a 2PL (c = 0) or 3PL item.
    public init(a: Double, b: Double, c: Double = 0) {
        self.a = a
        self.b = b
        self.c = c
    }

    /// Two categories: wrong and right.
    public var categoryCount: Int { 2 }

    /// P(correct | θ), evaluated as c + (1 − c) / (1 + exp(−a(θ − b))).
    @inline(__always)
    public func probabilityCorrect(at theta: Double) -> Double {
        c + (1 - c) / (1 + exp(-a * (theta - b)))
    }

    /// [P(wrong), P(right)].
    public func categoryProbabilities(at theta: Double) -> [Double] {
        let p = probabilityCorrect(at: theta)
        return [1 - p, p]
    }

    /// [log P(wrong), log P(right)], stable in both tails.
    public func logCategoryProbabilities(at theta: Double) -> [Double] {
        let z = a * (theta - b)
        let logWrong = log1p(-c) - softplus(z)
        let logRight = c > 0 ? log(probabilityCorrect(at: theta)) : -softplus(-z)
        return [logWrong, logRight]
    }

    /// Probabilities and their θ-derivatives.
    public func categoryDerivatives(at theta: Double) -> CategoryDerivatives {
        let s = logistic(a * (theta - b))
        let p = c + (1 - c) * s
        let d1 = a * (1 - c) * s * (1 - s)
        let d2 = a * a * (1 - c) * s * (1 - s) * (1 - 2 * s)
        return CategoryDerivatives(probabilities: [1 - p, p], first: [-d1, d1], second: [-d2, d2])
    }

    /// I(θ) = a² (Q/P) ((P − c)/(1 − c))², evaluated in the same order as the reference workload.
    @inline(__always)
    public func information(at theta: Double) -> Double {
        let p = probabilityCorrect(at: theta)
        let q = (p - c) / (1 - c)
        return a * a * (1 - p) / p * q * q
    }

    /// The largest information the item gives at any θ (Birnbaum's closed form for the 3PL):
    /// a² / (8(1 − c)²) · (1 − 20c − 8c² + (1 + 8c)^{3/2}).
    public var maximumInformation: Double {
        let root = (1 + 8 * c).squareRoot()
        return a * a / (8 * (1 - c) * (1 - c)) * (1 - 20 * c - 8 * c * c + root * root * root)
    }

    /// Where the information peaks: b + ln((1 + √(1 + 8c)) / 2) / a.
    public var thetaOfMaximumInformation: Double {
        b + log((1 + (1 + 8 * c).squareRoot()) / 2) / a
    }
}
