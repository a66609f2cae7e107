/// The kinds of question a bank can hold.
public enum ItemKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// One correct option among several.
    case singleChoice = "single-choice"
    /// Every correct option must be chosen, and no other.
    case multipleResponse = "multiple-response"
    /// A statement that is true or false.
    case trueFalse = "true-false"
    /// Options scored 0...m by quality of judgement (GPCM).
    case gradedScenario = "graded-scenario"
    /// Options keyed to role orientations (evidence about roles, not a skill level).
    case roleKeyed = "role-keyed"
    /// A behavioural statement rated 1–5 (GRM).
    case selfRating = "self-rating"

    /// Whether the kind is scored right or wrong.
    public var isDichotomous: Bool {
        switch self {
        case .singleChoice, .multipleResponse, .trueFalse: true
        case .gradedScenario, .roleKeyed, .selfRating: false
        }
    }

    /// Whether the kind measures performance (as opposed to self-report or preference).
    public var isPerformance: Bool {
        switch self {
        case .singleChoice, .multipleResponse, .trueFalse, .gradedScenario: true
        case .roleKeyed, .selfRating: false
        }
    }

    /// A short human-readable label.
    public var label: String {
        switch self {
        case .singleChoice: "Knowledge"
        case .multipleResponse: "Knowledge · select all that apply"
        case .trueFalse: "True or false"
        case .gradedScenario: "Scenario"
        case .roleKeyed: "Preference"
        case .selfRating: "Self-rating"
        }
    }
}
