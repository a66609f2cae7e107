/// An author's difficulty judgement, used to derive provisional IRT parameters before calibration.
public enum DifficultyRating: String, Sendable, Hashable, Codable, CaseIterable {
    /// Almost everyone answers well.
    case veryEasy = "very-easy"
    /// Most people answer well.
    case easy
    /// Most people struggle.
    case hard
    /// Only strong people answer well.
    case veryHard = "very-hard"

    /// The provisional location b on the logit scale (docs/engine.md, Calibration).
    public var location: Double {
        switch self {
        case .veryEasy: -1.5
        case .easy: -0.5
        case .hard: 0.5
        case .veryHard: 1.5
        }
    }
}
