/// How sure a recommendation is, in the words reports use.
public enum ConfidenceWords: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// P ≥ 0.90.
    case clear
    /// 0.75 ≤ P < 0.90.
    case fairlyClear = "fairly clear"
    /// 0.60 ≤ P < 0.75.
    case tentative
    /// P < 0.60.
    case uncertain

    /// The words for a probability.
    public init(probability: Double) {
        switch probability {
        case 0.90...: self = .clear
        case 0.75..<0.90: self = .fairlyClear
        case 0.60..<0.75: self = .tentative
        default: self = .uncertain
        }
    }

    /// The words as shown and written.
    public var description: String { rawValue }
}
