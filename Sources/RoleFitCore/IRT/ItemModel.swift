/// The measurement model of a bank item: a θ model for capability and self-rating items,
/// or a role-choice table for role-keyed items.
public enum ItemModel: Sendable, Hashable {
    /// 2PL/3PL right-or-wrong.
    case logistic(LogisticItemModel)
    /// Graded response model (self-ratings).
    case graded(GradedResponseModel)
    /// Generalized partial credit model (graded scenarios).
    case partialCredit(PartialCreditModel)
    /// P(option | role) (role-keyed scenarios).
    case roleChoice(RoleChoiceModel)

    /// The model of an item's parameters.
    public init(_ parameters: ItemParameters) {
        switch parameters {
        case .dichotomous(let a, let b, let c): self = .logistic(LogisticItemModel(a: a, b: b, c: c))
        case .graded(let a, let thresholds): self = .graded(GradedResponseModel(a: a, thresholds: thresholds))
        case .partialCredit(let a, let steps): self = .partialCredit(PartialCreditModel(a: a, steps: steps))
        case .roleTable(let table): self = .roleChoice(RoleChoiceModel(table: table))
        }
    }

    /// The θ model, or nil for a role-choice item.
    public var responseModel: (any ItemResponseModel)? {
        switch self {
        case .logistic(let model): model
        case .graded(let model): model
        case .partialCredit(let model): model
        case .roleChoice: nil
        }
    }

    /// Fisher information at θ (0 for role-choice items, which carry no information about θ).
    public func information(at theta: Double) -> Double {
        switch self {
        case .logistic(let model): model.information(at: theta)
        case .graded(let model): model.information(at: theta)
        case .partialCredit(let model): model.information(at: theta)
        case .roleChoice: 0
        }
    }

    /// The number of response categories (options for role-choice items).
    public var categoryCount: Int {
        switch self {
        case .logistic(let model): model.categoryCount
        case .graded(let model): model.categoryCount
        case .partialCredit(let model): model.categoryCount
        case .roleChoice(let model): model.optionCount
        }
    }
}
