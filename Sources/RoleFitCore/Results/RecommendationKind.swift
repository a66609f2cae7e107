/// Whether a result names one role, a hybrid of two, or no clear fit.
public enum RecommendationKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// One role.
    case role
    /// Two roles together (leader first).
    case hybrid
    /// The answers do not support a recommendation (the reason is in the result).
    case noClearFit = "no-clear-fit"

    /// The kind written in results and exports.
    public var description: String { rawValue }
}

extension RecommendationKind {
    /// The kind of an engine recommendation.
    public init(_ recommendation: Recommendation) {
        switch recommendation {
        case .role: self = .role
        case .hybrid: self = .hybrid
        case .noClearFit: self = .noClearFit
        }
    }
}
