/// Which item response model a calibration fits (D = 1, logistic, one dimension).
public enum CalibrationModel: String, Sendable, Hashable, CaseIterable, Codable {
    /// Two-parameter logistic: P = 1 / (1 + e^{−a(θ − b)}).
    case twoPL = "2pl"
    /// Three-parameter logistic with a Beta prior on the lower asymptote c.
    case threePL = "3pl"
    /// Samejima's graded response model (ordered thresholds).
    case graded = "grm"
    /// Muraki's generalized partial credit model (step parameters).
    case partialCredit = "gpcm"

    /// Whether the model has exactly two categories.
    public var isDichotomous: Bool { self == .twoPL || self == .threePL }

    /// How many internal parameters an item with `categoryCount` categories has.
    func parameterCount(categoryCount: Int) -> Int {
        switch self {
        case .twoPL: 2
        case .threePL: 3
        case .graded, .partialCredit: categoryCount
        }
    }

    /// Whether log P_k(θ) = k·a·θ + δ_k − N(θ) (a divide-by-total model), which lets the E-step sum
    /// an answer's contribution as a scalar and one shared normalizer row.
    var isLinearInTheta: Bool { self == .twoPL || self == .partialCredit }
}
