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
        case .quick: 35
        case .standard: 45
        case .thorough: 110
        }
    }

    /// The stopping thresholds when none are given: a quick session stops with a hybrid of the top two
    /// at 0.95, the others at 0.98 (docs/validity.md, Depth).
    public var defaultThresholds: StoppingThresholds {
        self == .quick ? StoppingThresholds(topTwoConfidence: 0.95) : StoppingThresholds()
    }

    /// Capability items per defining area required before a decision stop when none is given: none for
    /// a quick session (the decision alone, by whichever items sharpen it most), one otherwise.
    public var defaultContentMinimum: Int { self == .quick ? 0 : 1 }

    /// Whether the session ends with self-ratings for the measured areas.
    public var asksSelfView: Bool { self != .quick }
}
