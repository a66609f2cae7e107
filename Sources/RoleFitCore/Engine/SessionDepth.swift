/// How much a session measures beyond the role decision (docs/engine.md, Depth).
public enum SessionDepth: String, Sendable, Hashable, Codable, CaseIterable {
    /// The role decision only.
    case quick
    /// The role decision, the recommended role's defining areas measured to the area precision, and a
    /// short self-view block (about one self-rating per measured area).
    case standard
    /// The role decision, every area measured to the area precision, and the self-view block.
    case thorough

    /// The question cap when `--max-items` is not given.
    public var defaultMaxItems: Int {
        switch self {
        case .quick: 30
        case .standard: 45
        case .thorough: 90
        }
    }

    /// Whether the session ends with self-ratings for the measured areas.
    public var asksSelfView: Bool { self != .quick }
}
