import RoleFitCore

/// The kinds of question as the introduction names them to a person.
enum QuestionFamily: CaseIterable, Hashable {
    case knowledge, scenarios, preferences, selfRatings

    /// The family of an item kind.
    init(_ kind: ItemKind) {
        switch kind {
        case .singleChoice, .trueFalse, .multipleResponse: self = .knowledge
        case .gradedScenario: self = .scenarios
        case .roleKeyed: self = .preferences
        case .selfRating: self = .selfRatings
        }
    }

    /// "knowledge", "scenarios", "preferences", "ratings of how you work".
    var description: String {
        switch self {
        case .knowledge: "knowledge"
        case .scenarios: "scenarios"
        case .preferences: "preferences"
        case .selfRatings: "ratings of how you work"
        }
    }
}
