import Foundation

/// The E-step of Bock–Aitkin EM: every person's posterior over the quadrature nodes, and from it the
/// expected number of answers in each category at each node, r[item][category][node], plus the
/// marginal log-likelihood. People are split into a fixed number of chunks that run on every core;
/// the chunks' sums are added in chunk order, so the result never depends on thread timing. The sums and
/// the posterior windows are kept between E-steps, so one step runs at a time.
struct ExpectationStep: Sendable {
    /// Posterior weights below e^cutoff relative to the mode are dropped: e^−37 < 2^−53, so each is less
    /// than half an ulp of the person's unit of posterior mass and would vanish in the rounding anyway.
    static let logWeightCutoff = -37.0

    let responses: ResponseMatrix
    let nodes: [Double]
    /// log quadrature weights, normalized so Σ e^w = 1.
    let logWeights: [Double]
    /// Items with at least one answer.
    let activeItemCount: Int
    /// Person chunks (fixed by the number of people, never by the number of cores).
    let chunkCount: Int
    /// Whether each item has an answer.
    let answered: [Bool]
    /// Whether someone answered some but not all of the answered items.
    let hasIncompleteRows: Bool
    /// Each chunk's sums, reused by every E-step.
    let chunkSums: [ChunkSums]
    /// Each person's posterior window (low, high node) in the last E-step, −1 before the first: where the
    /// next E-step starts looking. Written only by the chunk that holds the person.
    let windows: OwnedBuffer<Int32>
    /// The answers (`responses`' rows) as stable buffers for the per-person loop.
    let rowStarts: OwnedBuffer<Int>
    let answerItems: OwnedBuffer<Int32>
    let answerCategories: OwnedBuffer<UInt8>

    init(responses: ResponseMatrix, nodes: [Double], logWeights: [Double]) {
        self.responses = responses
        self.nodes = nodes
        self.logWeights = logWeights
        var answered = [Bool](repeating: false, count: responses.itemCount)
        for item in responses.items { answered[Int(item)] = true }
        self.answered = answered
        activeItemCount = answered.filter { $0 }.count
        var incomplete = false
        for person in 0..<responses.personCount {
            let count = responses.rowStart[person + 1] - responses.rowStart[person]
            if count > 0 && count < activeItemCount {
                incomplete = true
                break
            }
        }
        hasIncompleteRows = incomplete
        windows = OwnedBuffer(repeating: -1, count: 2 * responses.personCount)
        rowStarts = OwnedBuffer(responses.rowStart)
        answerItems = OwnedBuffer(responses.items)
        answerCategories = OwnedBuffer(responses.categories)
        // Below 500 people an E-step takes a tenth of a millisecond or less, about what waking another thread
        // costs on a loaded machine; up to 8,192 two chunks (one per core; the calling thread takes both when
        // the other core is busy) keep the per-chunk sums cheap to add; above, 8 chunks balance.
        chunkCount = responses.personCount >= 8192 ? 8 : (responses.personCount >= 500 ? 2 : 1)
        chunkSums = (0..<chunkCount).map { _ in
            ChunkSums(items: responses.itemCount, categories: responses.categoryCount, nodeCount: nodes.count)
        }
    }

    /// The expected counts at `parameters` (item j's internal parameters at j·P..<(j+1)·P).
    func run(kernel: some CalibrationKernel, parameters: [Double], team: SpinningTeam = .solo) -> ExpectedCounts {
        let tables = NodeTables(kernel: kernel, parameters: parameters, step: self)
        let logLikelihoods = team.map(count: chunkCount) { [self] chunk in
            accumulate(chunk: chunk, tables: tables)
        }
        return reduce(logLikelihoods: logLikelihoods, team: team)
    }

    /// Adds the people of chunk `chunk` into its sums (`chunkSums[chunk]`, cleared first); returns their log L.
    func accumulate(chunk: Int, tables: NodeTables) -> Double {
        let people = responses.personCount
        var accumulator = PersonAccumulator(step: self, tables: tables, sums: chunkSums[chunk])
        for person in (people * chunk / chunkCount)..<(people * (chunk + 1) / chunkCount) {
            accumulator.add(person: person)
        }
        return accumulator.logLikelihood
    }

    /// Adds the chunks in order, items split over `team`; each complete group's counts for the category it
    /// skipped are the group's posterior mass minus its other categories. Every value is added in the same
    /// order however the items are split.
    func reduce(logLikelihoods: [Double], team: SpinningTeam) -> ExpectedCounts {
        let items = responses.itemCount
        let categories = responses.categoryCount
        let nodeCount = nodes.count
        let block = categories * nodeCount
        let groupSize = items * block
        let sums = chunkSums
        var completeMass = [Double](repeating: 0, count: categories * nodeCount)
        for partial in sums {
            for index in completeMass.indices { completeMass[index] += partial.completeMass.base[index] }
        }
        let mass = completeMass
        let counts = OwnedBuffer<Double>(repeating: 0, count: groupSize)
        let itemsPerTask = max(1, (items + 7) / 8)
        _ = team.map(count: (items + itemsPerTask - 1) / itemsPerTask) { [answered] task in
            let itemRange = (task * itemsPerTask)..<min(items, (task + 1) * itemsPerTask)
            let range = (itemRange.lowerBound * block)..<(itemRange.upperBound * block)
            var complete = [Double](repeating: 0, count: categories * range.count)
            for partial in sums {
                for index in range { counts.base[index] += partial.counts.base[index] }
                for skipped in 0..<categories {
                    let source = partial.completeCounts.base + skipped * groupSize
                    let offset = skipped * range.count - range.lowerBound
                    for index in range { complete[offset + index] += source[index] }
                }
            }
            for skipped in 0..<categories {
                for item in itemRange where answered[item] {
                    for q in 0..<nodeCount {
                        var rest = mass[skipped * nodeCount + q]
                        for k in 0..<categories where k != skipped {
                            let index = (item * categories + k) * nodeCount + q
                            let value = complete[skipped * range.count + index - range.lowerBound]
                            rest -= value
                            counts.base[index] += value
                        }
                        counts.base[(item * categories + skipped) * nodeCount + q] += max(0, rest)
                    }
                }
            }
            return 0
        }
        return ExpectedCounts(values: counts.array, logLikelihood: logLikelihoods.reduce(0, +))
    }
}

/// One chunk's sums, kept from E-step to E-step (cleared at the start of each): r from the people who
/// skipped some item (`counts`, every category), and for those who answered every item, grouped by the
/// category s they chose most often, r for the other categories (`completeCounts[s]`) and the group's
/// posterior mass (`completeMass[s]`), from which the group's category-s counts follow (so the most
/// frequent answers cost nothing). Written only by the thread that runs the chunk.
final class ChunkSums: @unchecked Sendable {
    /// r per item, category and node from incomplete rows.
    let counts: OwnedBuffer<Double>
    /// r per most-chosen category s, item, category and node from complete rows.
    let completeCounts: OwnedBuffer<Double>
    /// Posterior mass per most-chosen category s and node from complete rows.
    let completeMass: OwnedBuffer<Double>

    /// Sums for `items` items of `categories` categories on `nodeCount` nodes.
    init(items: Int, categories: Int, nodeCount: Int) {
        let groupSize = items * categories * nodeCount
        counts = OwnedBuffer(repeating: 0, count: groupSize)
        completeCounts = OwnedBuffer(repeating: 0, count: categories * groupSize)
        completeMass = OwnedBuffer(repeating: 0, count: categories * nodeCount)
    }

    /// Sets every sum to zero.
    func clear() {
        counts.base.update(repeating: 0, count: counts.count)
        completeCounts.base.update(repeating: 0, count: completeCounts.count)
        completeMass.base.update(repeating: 0, count: completeMass.count)
    }
}

/// The E-step's result: r[(item · K + k) · Q + q] and the marginal log-likelihood.
struct ExpectedCounts: Sendable {
    /// Expected answers per item, category and node.
    var values: [Double]
    /// Σ_i log Σ_q w_q L_i(θ_q).
    var logLikelihood: Double
}

/// target[i] += source[i] for i in 0..<count (a loop the compiler vectorizes).
@inline(__always)
func addVector(_ target: UnsafeMutablePointer<Double>, _ source: UnsafePointer<Double>, count: Int) {
    for index in 0..<count { target[index] += source[index] }
}

/// target[i] −= source[i] for i in 0..<count (a loop the compiler vectorizes).
@inline(__always)
func subtractVector(_ target: UnsafeMutablePointer<Double>, _ source: UnsafePointer<Double>, count: Int) {
    for index in 0..<count { target[index] -= source[index] }
}

/// target[i] ×= source[i] for i in 0..<count (a loop the compiler vectorizes).
@inline(__always)
func multiplyVector(_ target: UnsafeMutablePointer<Double>, _ source: UnsafePointer<Double>, count: Int) {
    for index in 0..<count { target[index] *= source[index] }
}

/// The largest of values[0..<count] (NaN-free input), four lanes at a time.
@inline(__always)
func largestValue(_ values: UnsafePointer<Double>, count: Int) -> Double {
    var lanes = SIMD4<Double>(repeating: -.infinity)
    var index = 0
    while index + 4 <= count {
        lanes = pointwiseMax(lanes, SIMD4(values[index], values[index + 1], values[index + 2], values[index + 3]))
        index += 4
    }
    var top = lanes.max()
    while index < count {
        top = max(top, values[index])
        index += 1
    }
    return top
}
