/// Chooses the next item (psychometrics.md §5): eligibility and content filters first, then the
/// strategy's score, then randomesque exposure control among the best `randomesqueCount`.
struct ItemSelector {
    let plan: AssessmentPlan

    /// Items not yet presented; items from previous sessions only when nothing else is left.
    func eligible(presented: Set<Int>) -> [Int] {
        let fresh = plan.items.indices.filter { !presented.contains($0) && !plan.avoided.contains($0) }
        if !fresh.isEmpty { return fresh }
        return plan.items.indices.filter { !presented.contains($0) }
    }

    /// The chosen item, or nil when none is eligible.
    func select(
        candidates: [Int], restrictedTo areas: Set<Int>?, contrasts: DecisionContrasts, state: DecisionState,
        generator: inout SeededGenerator
    ) -> Int? {
        let settings = plan.settings
        if settings.selection == .fixedForm { return candidates.first }
        var pool = candidates
        if let areas {
            let restricted = candidates.filter { plan.dimensionOfItem[$0] != nil && areas.contains(plan.areaOfItem[$0]) }
            if !restricted.isEmpty { pool = restricted }
        }
        guard !pool.isEmpty else { return nil }
        if settings.selection == .random { return pool[generator.nextIndex(below: pool.count)] }
        let scores = pool.map { index -> Double in
            switch settings.selection {
            case .decision:
                return contrasts.score(item: index, plan: plan)
            case .information:
                guard let dimension = plan.dimensionOfItem[index] else { return 0 }
                return plan.models[index].information(at: state.combinedMean[dimension])
                    * state.combinedCovariance[dimension, dimension]
            case .random, .fixedForm:
                return 0
            }
        }
        let ranked = pool.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : pool[$0] < pool[$1] }
        let top = ranked.prefix(min(settings.randomesqueCount, ranked.count))
        let choice = top.count == 1 ? top[top.startIndex] : top[top.startIndex + generator.nextIndex(below: top.count)]
        return pool[choice]
    }
}
