/// GIFT question types, detected from the answer block in the order Moodle's importer uses.
enum GiftQuestionType: Sendable, Hashable {
    /// No answer block.
    case description
    /// An empty answer block `{}`.
    case essay
    /// An answer block starting with `#`.
    case numerical
    /// Any unescaped `~`.
    case multipleChoice
    /// `=` together with `->`.
    case matching
    /// `T`, `TRUE`, `F` or `FALSE` (before any feedback).
    case trueFalse
    /// Anything else: only `=` answers.
    case shortAnswer

    /// Detects the type of a (trimmed, general-feedback-free) answer block.
    static func detect(_ answers: ArraySlice<GiftSymbol>) -> GiftQuestionType {
        guard let first = answers.first else { return .essay }
        if first.isSyntax("#") { return .numerical }
        if answers.contains(where: { $0.isSyntax("~") }) { return .multipleChoice }
        if answers.contains(where: { $0.isSyntax("=") }), answers.text.contains("->") { return .matching }
        if ["T", "TRUE", "F", "FALSE"].contains(trueFalseCandidate(answers)) { return .trueFalse }
        return .shortAnswer
    }

    /// The text before the first unescaped `#` (the whole block when there is none), trimmed.
    static func trueFalseCandidate(_ answers: ArraySlice<GiftSymbol>) -> String {
        let end = answers.firstSyntax("#") ?? answers.endIndex
        return answers[answers.startIndex..<end].trimmed.text
    }

    /// The label used when the type is skipped.
    var label: String {
        switch self {
        case .description: "description"
        case .essay: "essay"
        case .numerical: "numerical"
        case .multipleChoice: "multiple choice"
        case .matching: "matching"
        case .trueFalse: "true/false"
        case .shortAnswer: "short answer"
        }
    }

    /// Why RoleFit skips this type, for a type it cannot ask.
    var skipReason: String? {
        switch self {
        case .description: "a description (text without an answer block) is not a question"
        case .essay: "an essay question ({} with nothing inside) needs a person to mark it"
        case .numerical: "a numerical question ({#…}) needs a typed number"
        case .matching: "a matching question (=item -> match) pairs items, which RoleFit cannot ask"
        case .shortAnswer: "a short-answer question (only '=' answers) needs typed text"
        case .multipleChoice, .trueFalse: nil
        }
    }
}
