/// The written rubric that turns an author's difficulty rating into provisional IRT parameters
/// (docs/bank-format.md, "Item parameters"). Items keep these until calibration replaces them with `irt:`.
public enum ProvisionalParameters {
    /// Discrimination a per kind. Knowledge items are the reference (1.0); a true/false statement is
    /// one binary judgement that half of those who do not know get right, so it is trusted less (0.7);
    /// multiple-response items are scored all-or-nothing over several judgements (1.0); graded
    /// scenarios and self-ratings keep 1.0 (their several categories already carry more information).
    public static func discrimination(for kind: ItemKind) -> Double {
        switch kind {
        case .trueFalse: 0.7
        case .singleChoice, .multipleResponse, .gradedScenario, .selfRating, .roleKeyed: 1.0
        }
    }

    /// Guessing c per kind: 1/k for a single choice among k options, 1/2 for true/false, 0 for
    /// multiple-response (all-or-nothing: a blind guess of the exact set almost never succeeds).
    public static func guessing(for kind: ItemKind, optionCount: Int) -> Double {
        switch kind {
        case .singleChoice: optionCount > 1 ? 1 / Double(optionCount) : 0
        case .trueFalse: 0.5
        case .multipleResponse, .gradedScenario, .selfRating, .roleKeyed: 0
        }
    }

    /// GRM threshold offsets around b for a provisional self-rating.
    public static let thresholdOffsets = [-1.5, -0.5, 0.5, 1.5]

    /// Provisional GPCM steps for a graded scenario with `count` score levels above 0: evenly from b − 1 to b + 1.
    public static func steps(location b: Double, count: Int) -> [Double] {
        guard count > 1 else { return [b] }
        return (0..<count).map { b - 1 + 2 * Double($0) / Double(count - 1) }
    }

    /// The provisional parameters of an item of `kind` with these options, rated `rating`.
    public static func parameters(kind: ItemKind, options: [ItemOption], rating: DifficultyRating) -> ItemParameters {
        let b = rating.location
        let a = discrimination(for: kind)
        switch kind {
        case .singleChoice, .multipleResponse, .trueFalse:
            return .dichotomous(a: a, b: b, c: guessing(for: kind, optionCount: options.count))
        case .gradedScenario:
            return .partialCredit(a: a, steps: steps(location: b, count: options.map(\.score).max() ?? 1))
        case .selfRating:
            return .graded(a: a, thresholds: thresholdOffsets.map { b + $0 })
        case .roleKeyed:
            return .roleTable([])
        }
    }
}
