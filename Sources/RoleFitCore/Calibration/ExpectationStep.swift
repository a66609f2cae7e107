import Foundation

/// The E-step of Bock–Aitkin EM: every person's posterior over the quadrature nodes, and from it the
/// expected number of answers in each category at each node, r[item][category][node], plus the
/// marginal log-likelihood. People are split into a fixed number of chunks that run on every core;
/// the chunks' sums are added in chunk order, so the result never depends on thread timing.
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
    }

    /// The expected counts at `parameters` (item j's internal parameters at j·P..<(j+1)·P).
    func run(kernel: some CalibrationKernel, parameters: [Double], team: SpinningTeam = .solo) -> ExpectedCounts {
        let tables = NodeTables(kernel: kernel, parameters: parameters, step: self)
        let partials = team.map(count: chunkCount) { [self] chunk in
            accumulate(chunk: chunk, tables: tables)
        }
        return reduce(partials)
    }

    /// One chunk's sums: r from the people who skipped some item (`counts`, every category), and for
    /// those who answered every item, grouped by the category s they chose most often: r for the other
    /// categories (`completeCounts[s]`) and the group's posterior mass (`completeMass[s]`), from which
    /// the group's category-s counts follow (so the most frequent answers cost nothing); and log L.
    struct ChunkSums: Sendable {
        var counts: [Double]
        var completeCounts: [Double]
        var completeMass: [Double]
        var logLikelihood: Double
    }

    /// The sums over the people of chunk `chunk`.
    func accumulate(chunk: Int, tables: NodeTables) -> ChunkSums {
        let people = responses.personCount
        var accumulator = PersonAccumulator(step: self, tables: tables)
        for person in (people * chunk / chunkCount)..<(people * (chunk + 1) / chunkCount) {
            accumulator.add(person: person)
        }
        return ChunkSums(
            counts: accumulator.counts.array, completeCounts: accumulator.completeCounts.array,
            completeMass: accumulator.completeMass.array, logLikelihood: accumulator.logLikelihood)
    }

    /// Adds the chunks in order; each complete group's counts for the category it skipped are the
    /// group's posterior mass minus its other categories.
    func reduce(_ partials: [ChunkSums]) -> ExpectedCounts {
        let items = responses.itemCount
        let categories = responses.categoryCount
        let nodeCount = nodes.count
        var counts = [Double](repeating: 0, count: items * categories * nodeCount)
        let groupSize = items * categories * nodeCount
        var completeCounts = [Double](repeating: 0, count: categories * groupSize)
        var completeMass = [Double](repeating: 0, count: categories * nodeCount)
        var logLikelihood = 0.0
        for partial in partials {
            for index in counts.indices { counts[index] += partial.counts[index] }
            for index in completeCounts.indices { completeCounts[index] += partial.completeCounts[index] }
            for index in completeMass.indices { completeMass[index] += partial.completeMass[index] }
            logLikelihood += partial.logLikelihood
        }
        for skipped in 0..<categories {
            for item in 0..<items where answered[item] {
                for q in 0..<nodeCount {
                    var rest = completeMass[skipped * nodeCount + q]
                    for k in 0..<categories where k != skipped {
                        let index = (item * categories + k) * nodeCount + q
                        let value = completeCounts[skipped * groupSize + index]
                        rest -= value
                        counts[index] += value
                    }
                    counts[(item * categories + skipped) * nodeCount + q] += max(0, rest)
                }
            }
        }
        return ExpectedCounts(values: counts, logLikelihood: logLikelihood)
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
