/// The engine's integrity signals in a result (issue 12): evidence for a person to weigh, never a verdict.
public struct SignalsSummary: Sendable, Hashable, Codable {
    /// Answers faster than a quarter of the item's reading time (its words at 250 a minute, at least 1 s).
    public var rapidAnswerCount: Int
    /// Item ids of those answers.
    public var rapidItems: [String]
    /// The same rating on every self-rating, or the same option position on most choice questions.
    public var straightLining: Bool
    /// Agreement with statements and with reverse-keyed statements alike.
    public var acquiescence: Bool
    /// Whether acquiescence could be checked (a forward and a reverse-keyed rating were answered).
    public var acquiescenceMeasurable: Bool
    /// The answers fit random responding better than any consistent profile.
    public var personFit: Bool
    /// P(random responding | answers).
    public var randomResponderProbability: Double
    /// Preferences and shown skill point clearly to different roles.
    public var disagreement: Bool
    /// The sentence every report puts beside the signals.
    public var caveat: String

    /// Creates the signals of a result.
    public init(
        rapidAnswerCount: Int, rapidItems: [String], straightLining: Bool, acquiescence: Bool,
        acquiescenceMeasurable: Bool, personFit: Bool, randomResponderProbability: Double, disagreement: Bool,
        caveat: String = IntegritySignals.caveat
    ) {
        self.rapidAnswerCount = rapidAnswerCount
        self.rapidItems = rapidItems
        self.straightLining = straightLining
        self.acquiescence = acquiescence
        self.acquiescenceMeasurable = acquiescenceMeasurable
        self.personFit = personFit
        self.randomResponderProbability = randomResponderProbability
        self.disagreement = disagreement
        self.caveat = caveat
    }

    /// The engine's signals as written into a result.
    public init(_ signals: IntegritySignals) {
        self.init(
            rapidAnswerCount: signals.rapidAnswerCount, rapidItems: signals.rapidItemIDs,
            straightLining: signals.straightLining, acquiescence: signals.acquiescence,
            acquiescenceMeasurable: signals.acquiescenceMeasurable, personFit: signals.personFitFlag,
            randomResponderProbability: signals.randomResponderProbability,
            disagreement: signals.preferenceCapabilityDisagreement)
    }

    /// Whether any signal is raised.
    public var any: Bool { rapidAnswerCount > 0 || straightLining || acquiescence || personFit || disagreement }

    /// The raised signals in a few words each ("3 rapid answers", "straight-lining", …), for reports and the team view.
    public var raised: [String] {
        var words: [String] = []
        if rapidAnswerCount > 0 { words.append("\(rapidAnswerCount) rapid answer\(rapidAnswerCount == 1 ? "" : "s")") }
        if straightLining { words.append("straight-lining") }
        if acquiescence { words.append("acquiescence") }
        if personFit { words.append("person-fit") }
        if disagreement { words.append("preference/skill split") }
        return words
    }

    /// Each raised signal as a sentence, for report lists.
    public var sentences: [String] {
        var lines: [String] = []
        if rapidAnswerCount > 0 {
            lines.append(
                "\(rapidAnswerCount) answer\(rapidAnswerCount == 1 ? " was" : "s were") given faster than a quarter of the question's reading time."
            )
        }
        if straightLining {
            lines.append("Straight-lining: the same rating on every self-rating, or the same option position on most questions.")
        }
        if acquiescence {
            lines.append("Acquiescence: agreement with statements and with their reverse-keyed counterparts alike.")
        }
        if personFit {
            lines.append(
                "Person-fit: the answers fit random responding better than any consistent profile (P = \(ReportText.percent(randomResponderProbability)))."
            )
        }
        if disagreement { lines.append("Preferences and the skills shown point clearly to different roles.") }
        return lines
    }
}
