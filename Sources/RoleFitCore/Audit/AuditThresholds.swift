/// Every limit `rolefit banks audit` holds the banks to, in one place. Shares are fractions (0.4 = 40%).
public struct AuditThresholds: Sendable, Hashable, Codable {
    /// Largest share of role-keyed options whose role a word classifier names from the other items.
    public var maximumDecodedShare = 0.40
    /// Largest number of role-keyed items whose every option is decoded.
    public var maximumFullyDecodedItems = 0
    /// Largest gain over chance, in share of items, that any test-wise cue rule may earn in a group.
    public var maximumCueAdvantage = 0.10
    /// Largest difference between a key position's share and 1/k (k options).
    public var maximumKeyPositionDeviation = 0.10
    /// True/false items: the share keyed true must lie in this range.
    public var trueShare: ClosedRange<Double> = 0.35...0.65
    /// Largest share of multiple-response items with at least half their options correct.
    public var maximumHalfCorrectShare = 0.60
    /// Word-bigram Jaccard similarity from which two items count as near-duplicates.
    public var nearDuplicateSimilarity = 0.55
    /// Largest number of near-duplicate pairs.
    public var maximumNearDuplicates = 0
    /// Fewest items per skill area.
    public var minimumItemsPerArea = 12
    /// Fewest item kinds per skill area.
    public var minimumKindsPerArea = 2
    /// Fewest items per catalogue distinction.
    public var minimumItemsPerDistinction = 8
    /// Share of each area's self-ratings that must be reverse-keyed.
    public var reverseKeyedShare: ClosedRange<Double> = 0.30...0.50
    /// Largest relative difference between one role's mean option length (words) and the mean of all options.
    public var maximumRoleLengthDeviation = 0.15
    /// Largest difference between one role's mean desirability (evaluative words per option) and the mean of all options.
    public var maximumRoleDesirabilityGap = 0.25
    /// Largest number of role-keyed explanations that call one option the better answer.
    public var maximumWinnerExplanations = 0

    /// The limits the shipped banks are held to.
    public static let standard = AuditThresholds()

    /// Creates the standard thresholds; change fields to tighten or relax one check.
    public init() {}
}
