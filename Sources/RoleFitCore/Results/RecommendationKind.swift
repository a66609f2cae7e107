/// Whether a result names one role or a hybrid of two.
public enum RecommendationKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// One role.
    case role
    /// Two roles together (leader first).
    case hybrid

    /// The kind written in results and exports.
    public var description: String { rawValue }
}
