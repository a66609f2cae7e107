import RoleFitCore

/// How long a session usually runs: what the introduction promises, and the ceiling the progress
/// line keeps to so that it never contradicts it.
enum SessionLength {
    /// The usual number of questions. Simulation (docs/validity.md): sessions stop after 17 questions
    /// on average, 20 for nine in ten.
    static func typicalRange(_ settings: SessionSettings) -> ClosedRange<Int> {
        let low = min(settings.minItems + 5, settings.maxItems)
        return low...min(settings.maxItems, max(low, 25))
    }

    /// The "about N to go" to show: the engine's estimate, kept within the promised range and never
    /// above the previous figure (`previous`), so the count only goes down.
    static func shownRemaining(estimate: Int, presented: Int, settings: SessionSettings, previous: Int?) -> Int {
        var shown = min(estimate, max(1, typicalRange(settings).upperBound - presented))
        if let previous { shown = min(shown, max(1, previous - 1)) }
        return max(1, shown)
    }
}
