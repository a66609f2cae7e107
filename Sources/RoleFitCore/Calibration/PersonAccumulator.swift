import Foundation

/// One chunk's E-step work, person by person: the posterior over the nodes (windowed where it is above
/// e^cutoff of its mode), its log-likelihood, and its share of the expected counts (into a `ChunkSums`,
/// see there for the layout). Owned by one thread.
struct PersonAccumulator {
    let step: ExpectationStep
    let tables: NodeTables
    let categories: Int
    let nodeCount: Int
    /// One group of complete rows' counts: items × categories × nodes.
    let groupSize: Int
    /// r per item, category and node from incomplete rows.
    let counts: OwnedBuffer<Double>
    /// r per most-chosen category s, item, category and node from complete rows.
    let completeCounts: OwnedBuffer<Double>
    /// Posterior mass per most-chosen category s and node from complete rows.
    let completeMass: OwnedBuffer<Double>
    /// Σ log L over the people added.
    private(set) var logLikelihood = 0.0
    private let posterior: OwnedBuffer<Double>
    private let tally: OwnedBuffer<Int>

    /// An accumulator for `step` at `tables` adding into `sums`, which it clears.
    init(step: ExpectationStep, tables: NodeTables, sums: ChunkSums) {
        self.step = step
        self.tables = tables
        categories = step.responses.categoryCount
        nodeCount = step.nodes.count
        groupSize = step.responses.itemCount * categories * nodeCount
        sums.clear()
        counts = sums.counts
        completeCounts = sums.completeCounts
        completeMass = sums.completeMass
        posterior = OwnedBuffer(repeating: 0, count: nodeCount)
        tally = OwnedBuffer(repeating: 0, count: categories)
    }

    /// Adds one person's posterior and counts.
    mutating func add(person: Int) {
        let first = step.rowStarts.base[person]
        let end = step.rowStarts.base[person + 1]
        if first == end { return }
        let complete = end - first == step.activeItemCount
        let post = posterior.base
        let ratios = complete && tables.nodeStep > 0
        if !ratios, let (low, high, logScale) = productWindow(person: person, from: first, to: end) {
            // The posterior as a product of probabilities (no exp per node); the window is the same as below.
            var total = 0.0
            for q in low...high { total += post[q] }
            logLikelihood += logScale + log(total)
            let scale = 1 / total
            for q in low...high { post[q] *= scale }
            addCounts(from: first, to: end, low: low, width: high - low + 1, complete: complete)
            return
        }
        let personSlope = logPosterior(from: first, to: end, complete: complete)
        var top = -Double.infinity
        for q in 0..<nodeCount where post[q] > top { top = post[q] }
        // A likelihood that is zero at every node in double precision carries no information to count.
        guard top.isFinite else { return }
        let cutoff = ExpectationStep.logWeightCutoff
        var low = 0
        while low < nodeCount - 1 && post[low] - top < cutoff { low += 1 }
        var high = nodeCount - 1
        while high > low && post[high] - top < cutoff { high -= 1 }
        let total =
            ratios
            ? ratioWeights(low: low, high: high, top: top, slope: personSlope)
            : exponentialWeights(low: low, high: high, top: top)
        logLikelihood += top + log(total)
        let scale = 1 / total
        for q in low...high { post[q] *= scale }
        addCounts(from: first, to: end, low: low, width: high - low + 1, complete: complete)
    }

    /// e^cutoff: the product path keeps the nodes the log path keeps.
    static let windowFactor = exp(ExpectationStep.logWeightCutoff)
    /// The product path rescales when its largest value falls below this …
    static let rescaleBelow = 1e-100
    /// … and gives up (the log path takes the person) below this, where a node that underflowed could still
    /// have been inside the window: 2^−1022 / 1e−290 < e^cutoff.
    static let productFloor = 1e-290
    /// Items multiplied in between two looks at the largest value: each item's probability at the largest
    /// node is far above 1e−23 for any item the validator accepts, so eight cannot cross from `rescaleBelow`
    /// to underflow unseen (and if they did, `productFloor` sends the person to the log path).
    static let itemsPerBlock = 8

    /// Nodes beyond the last E-step's window that the product path also computes: parameters move little
    /// between E-steps, so the new window almost always lies inside.
    static let windowMargin = 2

    /// The product posterior's window (the nodes from the first to the last at or above e^cutoff of the mode,
    /// as the log path finds it) with prior × likelihood / e^logScale in it; nil when the product came too
    /// close to underflow. Under a unimodal model it computes only the last window plus a margin and checks
    /// that both edges lie below the cutoff and below their inner neighbours (so every node outside is lower
    /// still), else it computes every node.
    private func productWindow(person: Int, from first: Int, to end: Int) -> (low: Int, high: Int, logScale: Double)? {
        let post = posterior.base
        let saved = step.windows.base + 2 * person
        let margin = Self.windowMargin
        if tables.unimodal && saved[0] >= 0 {
            let start = max(0, Int(saved[0]) - margin)
            let stop = min(nodeCount - 1, Int(saved[1]) + margin)
            guard let (logScale, top) = productPosterior(from: first, to: end, nodes: start...stop) else { return nil }
            let floor = top * Self.windowFactor
            let startHolds = start == 0 || (post[start] < floor && post[start] < post[start + 1])
            let stopHolds = stop == nodeCount - 1 || (post[stop] < floor && post[stop] < post[stop - 1])
            if startHolds && stopHolds {
                var low = start
                while low < stop && post[low] < floor { low += 1 }
                var high = stop
                while high > low && post[high] < floor { high -= 1 }
                saved[0] = Int32(low)
                saved[1] = Int32(high)
                return (low, high, logScale)
            }
        }
        guard let (logScale, top) = productPosterior(from: first, to: end, nodes: 0...(nodeCount - 1)) else { return nil }
        let floor = top * Self.windowFactor
        var low = 0
        while low < nodeCount - 1 && post[low] < floor { low += 1 }
        var high = nodeCount - 1
        while high > low && post[high] < floor { high -= 1 }
        saved[0] = Int32(low)
        saved[1] = Int32(high)
        return (low, high, logScale)
    }

    /// prior × likelihood at `nodes` into the posterior buffer, divided by e^logScale so the largest value
    /// (`top`) stays in range; nil when the product came too close to underflow (the caller uses logs
    /// instead). Rescaling is by powers of two, which is exact, so the values do not depend on the range.
    private func productPosterior(from first: Int, to end: Int, nodes: ClosedRange<Int>) -> (logScale: Double, top: Double)? {
        let post = posterior.base + nodes.lowerBound
        let width = nodes.count
        let items = step.answerItems.base
        let chosen = step.answerCategories.base
        let table = tables.probabilities.base + nodes.lowerBound
        let prior = tables.priorWeights.base + nodes.lowerBound
        for q in 0..<width { post[q] = prior[q] }
        var logScale = 0.0
        var index = first
        while true {
            let blockEnd = min(end, index + Self.itemsPerBlock)
            while index < blockEnd {
                let row = (Int(items[index]) &* categories &+ Int(chosen[index])) &* nodeCount
                multiplyVector(post, table + row, count: width)
                index += 1
            }
            let top = largestValue(post, count: width)
            guard top >= Self.productFloor, top.isFinite else { return nil }
            if index == end { return (logScale, top) }
            if top < Self.rescaleBelow {
                let exponent = -Int(top.exponent)
                let factor = Double(sign: .plus, exponent: exponent, significand: 1)
                for q in 0..<width { post[q] *= factor }
                logScale -= Double(exponent) * M_LN2
            }
        }
    }

    /// log prior + log-likelihood at every node into the posterior buffer; returns the person's summed slope
    /// (linear models).
    private func logPosterior(from first: Int, to end: Int, complete: Bool) -> Double {
        let post = posterior.base
        let items = step.answerItems.base
        let chosen = step.answerCategories.base
        let theta = tables.nodes.base
        let logWeight = tables.logWeights.base
        guard tables.linear else {
            // Only people whose product came near underflow get here; a probability that underflowed (below
            // 1e−308) counts as log 0 = −∞ at its node.
            let table = tables.probabilities.base
            for q in 0..<nodeCount { post[q] = logWeight[q] }
            for index in first..<end {
                let row = (Int(items[index]) &* categories &+ Int(chosen[index])) &* nodeCount
                for q in 0..<nodeCount { post[q] += log(table[row + q]) }
            }
            return 0
        }
        var slope = 0.0
        var intercept = 0.0
        for index in first..<end {
            let cell = Int(items[index]) * categories + Int(chosen[index])
            slope += tables.slopes.base[cell]
            intercept += tables.intercepts.base[cell]
        }
        if complete {
            let shared = tables.sharedNormalizer.base
            for q in 0..<nodeCount { post[q] = logWeight[q] + theta[q] * slope + intercept - shared[q] }
        } else {
            for q in 0..<nodeCount { post[q] = logWeight[q] + theta[q] * slope + intercept }
            for index in first..<end {
                subtractVector(post, tables.normalizers.base + Int(items[index]) &* nodeCount, count: nodeCount)
            }
        }
        return slope
    }

    /// Posterior weights relative to the mode by ratios from the mode outwards, one exp per person (relative
    /// error ≈ window-width ulps); returns their sum.
    private func ratioWeights(low: Int, high: Int, top: Double, slope: Double) -> Double {
        let post = posterior.base
        var mode = low
        for q in low...high where post[q] == top {
            mode = q
            break
        }
        let up = exp(tables.nodeStep * slope)
        let down = 1 / up
        post[mode] = 1
        var total = 1.0
        var weight = 1.0
        var q = mode + 1
        while q <= high {
            weight *= up * tables.stepRatios.base[q - 1]
            post[q] = weight
            total += weight
            q += 1
        }
        weight = 1
        q = mode - 1
        while q >= low {
            weight *= down * tables.inverseStepRatios.base[q]
            post[q] = weight
            total += weight
            q -= 1
        }
        return total
    }

    /// Posterior weights relative to the mode, one exp per node in the window; returns their sum.
    private func exponentialWeights(low: Int, high: Int, top: Double) -> Double {
        let post = posterior.base
        var total = 0.0
        for q in low...high {
            let weight = exp(post[q] - top)
            post[q] = weight
            total += weight
        }
        return total
    }

    /// Adds the normalized posterior window to the counts of each answer (complete rows: to their group's).
    private func addCounts(from first: Int, to end: Int, low: Int, width: Int, complete: Bool) {
        let items = step.answerItems.base
        let chosen = step.answerCategories.base
        let window = UnsafePointer(posterior.base + low)
        guard complete else {
            for index in first..<end {
                let row = (Int(items[index]) &* categories &+ Int(chosen[index])) &* nodeCount
                addVector(counts.base + row + low, window, count: width)
            }
            return
        }
        for k in 0..<categories { tally.base[k] = 0 }
        for index in first..<end { tally.base[Int(chosen[index])] &+= 1 }
        var skipped = 0
        for k in 1..<categories where tally.base[k] > tally.base[skipped] { skipped = k }
        addVector(completeMass.base + skipped * nodeCount + low, window, count: width)
        let group = completeCounts.base + skipped * groupSize
        for index in first..<end where Int(chosen[index]) != skipped {
            let row = (Int(items[index]) &* categories &+ Int(chosen[index])) &* nodeCount
            addVector(group + row + low, window, count: width)
        }
    }
}
