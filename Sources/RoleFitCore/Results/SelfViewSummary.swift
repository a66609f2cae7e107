/// One line of the gap report in a result: how the person rates themself in an area beside what they showed.
public struct SelfViewSummary: Sendable, Hashable, Codable {
    /// Area id.
    public var area: String
    /// The self-rated θ (from the area's self-ratings only) and its SD.
    public var selfRating: Estimate
    /// The shown (performance) θ and its SD.
    public var shown: Estimate
    /// Self-ratings answered in the area.
    public var selfRatingCount: Int
    /// self − shown on the θ scale.
    public var difference: Double
    /// none, rates-above or rates-below.
    public var gap: SelfViewComparison.Gap

    /// Creates a line of the gap report.
    public init(
        area: String, selfRating: Estimate, shown: Estimate, selfRatingCount: Int, difference: Double,
        gap: SelfViewComparison.Gap
    ) {
        self.area = area
        self.selfRating = selfRating
        self.shown = shown
        self.selfRatingCount = selfRatingCount
        self.difference = difference
        self.gap = gap
    }
}
