/// Chooses the next item (docs/engine.md, Selection): eligibility and content filters first, then the
/// strategy's score, then randomesque exposure control among the best `randomesqueCount` (and the
/// items tied with the last of them).
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
        if settings.selection == .randomRoleKeyed {
            let keyed = pool.filter { plan.items[$0].kind == .roleKeyed }
            let choices = keyed.isEmpty ? pool : keyed
            return choices[generator.nextIndex(below: choices.count)]
        }
        if settings.selection == .contentBalancedRandom {
            // Cells: role-keyed picks (−1) and each area's capability items. A cell's asked count is its
            // items that are no longer candidates (presented), counted over the cells still in the pool.
            let cell = { (index: Int) in plan.items[index].kind == .roleKeyed ? -1 : plan.areaOfItem[index] }
            var remaining: [Int: Int] = [:]
            for index in candidates { remaining[cell(index), default: 0] += 1 }
            var asked: [Int: Int] = [:]
            for index in plan.items.indices
            where plan.items[index].kind != .selfRating && !plan.avoided.contains(index) {
                asked[cell(index), default: 0] += 1
            }
            let askedIn = { (cell: Int) in max(0, (asked[cell] ?? 0) - (remaining[cell] ?? 0)) }
            let keyed = pool.filter { plan.items[$0].kind == .roleKeyed }
            var capability = pool.filter { plan.items[$0].kind != .roleKeyed }
            let askedCapability = Set(capability.map(cell)).reduce(0) { $0 + askedIn($1) }
            if !keyed.isEmpty && (capability.isEmpty || askedIn(-1) <= askedCapability) {
                return keyed[generator.nextIndex(below: keyed.count)]
            }
            let covered = capability.filter { plan.coverageAreas.contains(plan.areaOfItem[$0]) }
            if !covered.isEmpty { capability = covered }
            let least = capability.map { askedIn(cell($0)) }.min() ?? 0
            let choices = capability.filter { askedIn(cell($0)) == least }
            return choices[generator.nextIndex(below: choices.count)]
        }
        let scores = pool.map { index -> Double in
            switch settings.selection {
            case .decision:
                return contrasts.score(item: index, plan: plan)
            case .information:
                guard let dimension = plan.dimensionOfItem[index] else { return 0 }
                return plan.models[index].information(at: state.combinedMean[dimension])
                    * state.combinedCovariance[dimension, dimension]
            case .random, .fixedForm, .contentBalancedRandom, .randomRoleKeyed:
                return 0
            }
        }
        return pick(pool: pool, scores: scores, generator: &generator)
    }

    /// The best `count` of `ranked` (positions into `scores`, best first) plus, when `count` > 1, every
    /// further item tied with the last of them: items with equal parameters score equally, and without
    /// this the earliest in bank order would always win the tie and be over-exposed.
    static func randomesqueSet(ranked: [Int], scores: [Double], count: Int) -> ArraySlice<Int> {
        let k = min(count, ranked.count)
        guard k > 1 else { return ranked.prefix(k) }
        let last = scores[ranked[k - 1]]
        let tolerance = 1e-12 * abs(last)
        var end = k
        while end < ranked.count, scores[ranked[end]] >= last - tolerance { end += 1 }
        return ranked.prefix(end)
    }

    /// The most informative eligible capability item in `areas` (I(θ̂)·Var, randomesque), for the
    /// depth's area-precision phase.
    func mostInformative(candidates: [Int], areas: [Int], state: DecisionState, generator: inout SeededGenerator) -> Int? {
        let wanted = Set(areas)
        let pool = candidates.filter { index in
            guard let dimension = plan.dimensionOfItem[index], plan.dimensions[dimension].source == .performance else {
                return false
            }
            return wanted.contains(plan.areaOfItem[index])
        }
        guard !pool.isEmpty else { return nil }
        let scores = pool.map { index -> Double in
            let dimension = plan.dimensionOfItem[index] ?? 0
            return plan.models[index].information(at: state.combinedMean[dimension])
                * state.combinedCovariance[dimension, dimension]
        }
        return pick(pool: pool, scores: scores, generator: &generator)
    }

    /// A self-rating in one of `areas` for the self-view block: reverse-keyed first while none has been
    /// answered, then forward-keyed while none has, so acquiescence can be measured.
    func selfRating(
        candidates: [Int], areas: [Int], reverseNeeded: Bool, forwardNeeded: Bool, generator: inout SeededGenerator
    ) -> Int? {
        let wanted = Set(areas)
        let pool = candidates.filter { plan.items[$0].kind == .selfRating && wanted.contains(plan.areaOfItem[$0]) }
        guard !pool.isEmpty else { return nil }
        let preferred = pool.filter { index in
            let reverse = plan.items[index].isReverseKeyed
            return (reverseNeeded && reverse) || (!reverseNeeded && forwardNeeded && !reverse)
        }
        let choices = preferred.isEmpty ? pool : preferred
        return choices[generator.nextIndex(below: choices.count)]
    }

    /// Randomesque choice among the best-scored items of `pool`.
    private func pick(pool: [Int], scores: [Double], generator: inout SeededGenerator) -> Int {
        let ranked = pool.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : pool[$0] < pool[$1] }
        let top = Self.randomesqueSet(ranked: ranked, scores: scores, count: plan.settings.randomesqueCount)
        let choice = top.count == 1 ? top[top.startIndex] : top[top.startIndex + generator.nextIndex(below: top.count)]
        return pool[choice]
    }
}
