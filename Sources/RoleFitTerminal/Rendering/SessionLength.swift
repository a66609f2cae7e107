import RoleFitCore

/// How long a session usually runs: what the introduction promises, and the ceiling the progress
/// line keeps to so that it never contradicts it.
enum SessionLength {
    /// The usual number of questions: from a few past the minimum to the depth's usual ceiling.
    static func typicalRange(_ settings: SessionSettings) -> ClosedRange<Int> {
        let low = min(settings.minItems + 5, settings.maxItems)
        return low...min(settings.maxItems, max(low, usualCeiling(settings.depth)))
    }

    /// The length a session of this depth usually stays within: issue 12's targets for quick (a mean
    /// of at most 20) and standard (at most 35); thorough measures every area and usually runs to its cap.
    static func usualCeiling(_ depth: SessionDepth) -> Int {
        switch depth {
        case .quick: 20
        case .standard: 35
        case .thorough: depth.defaultMaxItems
        }
    }

    /// The "about N to go" to show: the engine's estimate, kept within the promised range and never
    /// above the previous figure (`previous`), so the count only goes down.
    static func shownRemaining(estimate: Int, presented: Int, settings: SessionSettings, previous: Int?) -> Int {
        var shown = min(estimate, max(1, typicalRange(settings).upperBound - presented))
        if let previous { shown = min(shown, max(1, previous - 1)) }
        return max(1, shown)
    }
}
