/// One area's self-view beside what the person showed (the gap report, docs/engine.md, Self-view).
public struct SelfViewComparison: Sendable, Hashable, Codable {
    /// Whether, and which way, the self-rating departs from the shown level.
    public enum Gap: String, Sendable, Hashable, Codable, CaseIterable {
        /// Within the gap threshold.
        case none
        /// Rates themself well above what they showed.
        case ratesAbove = "rates-above"
        /// Rates themself well below what they showed.
        case ratesBelow = "rates-below"
    }

    /// The area id.
    public var areaID: String
    /// The self-rated θ (from the area's self-ratings only) and its SD.
    public var selfRating: PosteriorSummary
    /// The shown (performance) θ and its SD.
    public var shown: PosteriorSummary
    /// Self-ratings answered in the area.
    public var selfRatingCount: Int
    /// self − shown on the θ scale.
    public var difference: Double
    /// The flag.
    public var gap: Gap

    /// Creates a comparison.
    public init(
        areaID: String, selfRating: PosteriorSummary, shown: PosteriorSummary, selfRatingCount: Int,
        difference: Double, gap: Gap
    ) {
        self.areaID = areaID
        self.selfRating = selfRating
        self.shown = shown
        self.selfRatingCount = selfRatingCount
        self.difference = difference
        self.gap = gap
    }
}
