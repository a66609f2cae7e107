/// The IRT model and parameters of an item.
public enum ItemParameters: Sendable, Hashable {
    /// 2PL/3PL: P = c + (1 − c) / (1 + e^{−a(θ − b)}).
    case dichotomous(a: Double, b: Double, c: Double)
    /// Samejima graded response model with ordered thresholds b₁ < … < b_m (categories 0...m).
    case graded(a: Double, thresholds: [Double])
    /// Generalized partial credit model with step parameters (categories 0...steps.count).
    case partialCredit(a: Double, steps: [Double])
    /// Role-keyed: `table[role][option]` = P(option | best role is role), roles in catalogue order.
    case roleTable([[Double]])

    /// The discrimination a, when the model has one.
    public var discrimination: Double? {
        switch self {
        case .dichotomous(let a, _, _), .graded(let a, _), .partialCredit(let a, _): a
        case .roleTable: nil
        }
    }
}

/// Where an item's parameters came from.
public enum ParameterSource: Sendable, Hashable {
    /// Estimated from data or set explicitly by an author (`irt:`).
    case explicit
    /// Derived from a difficulty rating (`difficulty:`).
    case provisional(DifficultyRating)
    /// Derived from the role key (role-keyed items without a `table:`).
    case roleKey
}
