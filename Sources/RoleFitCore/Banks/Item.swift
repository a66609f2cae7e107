/// One question in a bank.
public struct Item: Sendable, Hashable, Identifiable {
    /// Unique across all loaded banks.
    public var id: String
    /// What kind of question this is.
    public var kind: ItemKind
    /// The skill area id it loads on (for role-keyed items: the topic, for coverage).
    public var area: String
    /// The question or statement.
    public var prompt: String
    /// Answer options (true/false and self-ratings get synthesized options).
    public var options: [ItemOption]
    /// Why the best answer is best; shown in training mode and reports.
    public var explanation: String?
    /// Free-form tags.
    public var tags: [String]
    /// Catalogue distinction ids the item probes.
    public var distinctions: [String]
    /// For self-ratings: the person may answer "not applicable" (the statement assumes a job context).
    public var allowsNotApplicable: Bool
    /// IRT model and parameters.
    public var parameters: ItemParameters
    /// Where the parameters came from.
    public var parameterSource: ParameterSource
    /// For self-ratings: agreement indicates a *weaker* standing in the area.
    public var isReverseKeyed: Bool
    /// A pretest item (`pretest: true`): seeded into sessions at the pretest rate, never scored, its
    /// answer recorded for `rolefit calibrate` (online calibration).
    public var isPretest: Bool
    /// Where the item is defined.
    public var location: SourceLocation

    /// Creates an item.
    public init(
        id: String, kind: ItemKind, area: String, prompt: String, options: [ItemOption],
        explanation: String? = nil, tags: [String] = [], distinctions: [String] = [], allowsNotApplicable: Bool = false,
        parameters: ItemParameters, parameterSource: ParameterSource = .explicit, isReverseKeyed: Bool = false,
        location: SourceLocation = SourceLocation(file: "", line: 0, column: 0), isPretest: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.area = area
        self.prompt = prompt
        self.options = options
        self.explanation = explanation
        self.tags = tags
        self.distinctions = distinctions
        self.allowsNotApplicable = allowsNotApplicable
        self.parameters = parameters
        self.parameterSource = parameterSource
        self.isReverseKeyed = isReverseKeyed
        self.location = location
        self.isPretest = isPretest
    }

    /// Whether the parameters are provisional (derived from a difficulty rating, not calibrated).
    public var isProvisional: Bool {
        if case .provisional = parameterSource { return true }
        return false
    }

    /// The number of response categories the IRT model distinguishes.
    public var categoryCount: Int {
        switch parameters {
        case .dichotomous: 2
        case .graded(_, let thresholds): thresholds.count + 1
        case .partialCredit(_, let steps): steps.count + 1
        case .roleTable: options.count
        }
    }
}
