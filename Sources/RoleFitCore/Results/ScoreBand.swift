/// The word for a 0–100 area score.
public enum ScoreBand: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Score ≥ 75.
    case strong
    /// 50 ≤ score < 75.
    case solid
    /// 25 ≤ score < 50.
    case developing
    /// Score < 25.
    case emerging

    /// The band of a score.
    public init(score: Int) {
        switch score {
        case 75...: self = .strong
        case 50..<75: self = .solid
        case 25..<50: self = .developing
        default: self = .emerging
        }
    }

    /// The word as shown and written.
    public var description: String { rawValue }
}
