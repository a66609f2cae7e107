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

    init(responses: ResponseMatrix, nodes: [Double], logWeights: [Double]) {
        self.responses = responses
        self.nodes = nodes
        self.logWeights = logWeights
        var answered = [Bool](repeating: false, count: responses.itemCount)
        for item in responses.items { answered[Int(item)] = true }
        activeItemCount = answered.filter { $0 }.count
        // Below 1,024 people an E-step takes a millisecond or two of one core, less than waking another
        // thread costs on a loaded machine; up to 8,192 two chunks (one per core; the calling thread takes
        // both when the other core is busy) keep the per-chunk sums cheap to add; above, 8 chunks balance.
        chunkCount = responses.personCount >= 8192 ? 8 : (responses.personCount >= 1024 ? 2 : 1)
    }

    /// The expected counts at `parameters` (item j's internal parameters at j·P..<(j+1)·P).
    func run(kernel: some CalibrationKernel, parameters: [Double]) -> ExpectedCounts {
        let items = responses.itemCount
        let categories = responses.categoryCount
        let nodeCount = nodes.count
        let perItem = kernel.parameterCount
        // Per-item node tables: the linear form when the model has one, else log P per category.
        var slopes = [Double](repeating: 0, count: items * categories)
        var intercepts = [Double](repeating: 0, count: items * categories)
        var normalizers = [Double](repeating: 0, count: items * nodeCount)
        var logTable = [Double](repeating: 0, count: items * categories * nodeCount)
        var linear = true
        slopes.withUnsafeMutableBufferPointer { s in
            intercepts.withUnsafeMutableBufferPointer { c in
                normalizers.withUnsafeMutableBufferPointer { n in
                    guard let sBase = s.baseAddress, let cBase = c.baseAddress, let nBase = n.baseAddress else { return }
                    for item in 0..<items {
                        let slice = parameters[(item * perItem)..<((item + 1) * perItem)]
                        if !kernel.linearForm(
                            slice, nodes: nodes, slopes: sBase + item * categories,
                            intercepts: cBase + item * categories, normalizer: nBase + item * nodeCount)
                        {
                            linear = false
                            break
                        }
                    }
                }
            }
        }
        if !linear {
            logTable.withUnsafeMutableBufferPointer { table in
                guard let base = table.baseAddress else { return }
                for item in 0..<items {
                    kernel.logProbabilities(
                        parameters[(item * perItem)..<((item + 1) * perItem)], nodes: nodes,
                        into: base + item * categories * nodeCount)
                }
            }
        }
        var answered = [Bool](repeating: false, count: items)
        for item in responses.items { answered[Int(item)] = true }
        var sharedNormalizer = [Double](repeating: 0, count: nodeCount)
        if linear {
            for item in 0..<items where answered[item] {
                for q in 0..<nodeCount { sharedNormalizer[q] += normalizers[item * nodeCount + q] }
            }
        }
        // For people who answered everything under a linear model, ll_{q+1} − ll_q = (θ_{q+1} − θ_q)·slope
        // + (w_{q+1} − T_{q+1}) − (w_q − T_q): the posterior follows from one exp per person and these ratios.
        var stepRatios = [Double](repeating: 1, count: nodeCount)
        var inverseStepRatios = [Double](repeating: 1, count: nodeCount)
        let nodeStep = nodeCount > 1 ? (nodes[nodeCount - 1] - nodes[0]) / Double(nodeCount - 1) : 0
        let uniform = nodeCount > 1 && (0..<(nodeCount - 1)).allSatisfy { abs(nodes[$0 + 1] - nodes[$0] - nodeStep) < 1e-12 }
        if linear && uniform {
            for q in 0..<(nodeCount - 1) {
                let difference = (logWeights[q + 1] - sharedNormalizer[q + 1]) - (logWeights[q] - sharedNormalizer[q])
                stepRatios[q] = exp(difference)
                inverseStepRatios[q] = exp(-difference)
            }
        }
        let tables = NodeTables(
            linear: linear, slopes: slopes, intercepts: intercepts, normalizers: normalizers,
            sharedNormalizer: sharedNormalizer, logTable: logTable,
            nodeStep: linear && uniform ? nodeStep : 0, stepRatios: stepRatios,
            inverseStepRatios: inverseStepRatios)
        let partials = ParallelMap.map(count: chunkCount, chunkSize: 1) { chunk in
            accumulate(chunk: chunk, tables: tables)
        }
        return reduce(partials)
    }

    /// The per-item node tables of one E-step.
    struct NodeTables: Sendable {
        let linear: Bool
        let slopes: [Double]
        let intercepts: [Double]
        let normalizers: [Double]
        let sharedNormalizer: [Double]
        let logTable: [Double]
        /// θ_{q+1} − θ_q on a uniform grid under a linear model, else 0 (no ratio shortcut).
        let nodeStep: Double
        /// e^{(w − T)_{q+1} − (w − T)_q} and its inverse.
        let stepRatios: [Double]
        let inverseStepRatios: [Double]
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

    func accumulate(chunk: Int, tables: NodeTables) -> ChunkSums {
        let people = responses.personCount
        let lower = people * chunk / chunkCount
        let upper = people * (chunk + 1) / chunkCount
        let categories = responses.categoryCount
        let nodeCount = nodes.count
        var sums = ChunkSums(
            counts: [Double](repeating: 0, count: responses.itemCount * categories * nodeCount),
            completeCounts: [Double](repeating: 0, count: categories * responses.itemCount * categories * nodeCount),
            completeMass: [Double](repeating: 0, count: categories * nodeCount), logLikelihood: 0)
        var tally = [Int](repeating: 0, count: categories)
        let groupSize = responses.itemCount * categories * nodeCount
        var logLikelihood = 0.0
        let cutoff = Self.logWeightCutoff
        var posterior = [Double](repeating: 0, count: nodeCount)
        responses.rowStart.withUnsafeBufferPointer { rowStart in
            responses.items.withUnsafeBufferPointer { answerItems in
                responses.categories.withUnsafeBufferPointer { answerCategories in
                    nodes.withUnsafeBufferPointer { theta in
                        logWeights.withUnsafeBufferPointer { logWeight in
                            tables.slopes.withUnsafeBufferPointer { slopes in
                                tables.intercepts.withUnsafeBufferPointer { intercepts in
                                    tables.normalizers.withUnsafeBufferPointer { normalizers in
                                        tables.sharedNormalizer.withUnsafeBufferPointer { shared in
                                            tables.stepRatios.withUnsafeBufferPointer { stepRatios in
                                                tables.inverseStepRatios.withUnsafeBufferPointer { inverseStepRatios in
                                                    tables.logTable.withUnsafeBufferPointer { logTable in
                                                        posterior.withUnsafeMutableBufferPointer { post in
                                                            sums.counts.withUnsafeMutableBufferPointer { counts in
                                                                sums.completeCounts.withUnsafeMutableBufferPointer {
                                                                    completeCounts in
                                                                    sums.completeMass.withUnsafeMutableBufferPointer {
                                                                        completeMass in
                                                                        guard let postBase = post.baseAddress,
                                                                            let countsBase = counts.baseAddress,
                                                                            let completeCountsBase = completeCounts.baseAddress,
                                                                            let completeBase = completeMass.baseAddress
                                                                        else { return }
                                                                        for person in lower..<upper {
                                                                            let first = rowStart[person]
                                                                            let end = rowStart[person + 1]
                                                                            if first == end { continue }
                                                                            let complete = end - first == activeItemCount
                                                                            var personSlope = 0.0
                                                                            // log prior + log-likelihood at every node.
                                                                            if tables.linear {
                                                                                var slope = 0.0
                                                                                var intercept = 0.0
                                                                                for index in first..<end {
                                                                                    let cell =
                                                                                        Int(answerItems[index]) * categories
                                                                                        + Int(answerCategories[index])
                                                                                    slope += slopes[cell]
                                                                                    intercept += intercepts[cell]
                                                                                }
                                                                                personSlope = slope
                                                                                if complete {
                                                                                    for q in 0..<nodeCount {
                                                                                        post[q] =
                                                                                            logWeight[q] + theta[q] * slope
                                                                                            + intercept - shared[q]
                                                                                    }
                                                                                } else {
                                                                                    for q in 0..<nodeCount {
                                                                                        post[q] =
                                                                                            logWeight[q] + theta[q] * slope
                                                                                            + intercept
                                                                                    }
                                                                                    guard
                                                                                        let normalizerBase = normalizers
                                                                                            .baseAddress
                                                                                    else { continue }
                                                                                    for index in first..<end {
                                                                                        subtractVector(
                                                                                            postBase,
                                                                                            normalizerBase + Int(
                                                                                                answerItems[index]) &* nodeCount,
                                                                                            count: nodeCount)
                                                                                    }
                                                                                }
                                                                            } else {
                                                                                for q in 0..<nodeCount { post[q] = logWeight[q] }
                                                                                guard let tableBase = logTable.baseAddress else {
                                                                                    continue
                                                                                }
                                                                                for index in first..<end {
                                                                                    let row =
                                                                                        (Int(answerItems[index]) &* categories
                                                                                            &+ Int(answerCategories[index]))
                                                                                        &* nodeCount
                                                                                    addVector(
                                                                                        postBase, tableBase + row,
                                                                                        count: nodeCount)
                                                                                }
                                                                            }
                                                                            var top = -Double.infinity
                                                                            for q in 0..<nodeCount where post[q] > top {
                                                                                top = post[q]
                                                                            }
                                                                            var low = 0
                                                                            while low < nodeCount - 1 && post[low] - top < cutoff
                                                                            { low += 1 }
                                                                            var high = nodeCount - 1
                                                                            while high > low && post[high] - top < cutoff {
                                                                                high -= 1
                                                                            }
                                                                            let width = high - low + 1
                                                                            var total = 0.0
                                                                            if complete && tables.nodeStep > 0 {
                                                                                // Ratios from the mode outwards, one exp per person: relative error ≈ (window width) ulps.
                                                                                var mode = low
                                                                                for q in low...high where post[q] == top {
                                                                                    mode = q
                                                                                    break
                                                                                }
                                                                                let up = exp(tables.nodeStep * personSlope)
                                                                                let down = 1 / up
                                                                                post[mode] = 1
                                                                                total = 1
                                                                                var weight = 1.0
                                                                                var q = mode + 1
                                                                                while q <= high {
                                                                                    weight *= up * stepRatios[q - 1]
                                                                                    post[q] = weight
                                                                                    total += weight
                                                                                    q += 1
                                                                                }
                                                                                weight = 1
                                                                                q = mode - 1
                                                                                while q >= low {
                                                                                    weight *= down * inverseStepRatios[q]
                                                                                    post[q] = weight
                                                                                    total += weight
                                                                                    q -= 1
                                                                                }
                                                                            } else {
                                                                                for q in low...high {
                                                                                    let weight = exp(post[q] - top)
                                                                                    post[q] = weight
                                                                                    total += weight
                                                                                }
                                                                            }
                                                                            logLikelihood += top + log(total)
                                                                            let scale = 1 / total
                                                                            for q in low...high { post[q] *= scale }
                                                                            let window = UnsafePointer(postBase + low)
                                                                            if complete {
                                                                                for k in 0..<categories { tally[k] = 0 }
                                                                                for index in first..<end {
                                                                                    tally[Int(answerCategories[index])] &+= 1
                                                                                }
                                                                                var skipped = 0
                                                                                for k in 1..<categories
                                                                                where tally[k] > tally[skipped] { skipped = k }
                                                                                addVector(
                                                                                    completeBase + skipped * nodeCount + low,
                                                                                    window, count: width)
                                                                                let group =
                                                                                    completeCountsBase + skipped * groupSize
                                                                                for index in first..<end
                                                                                where Int(answerCategories[index]) != skipped {
                                                                                    let row =
                                                                                        (Int(answerItems[index]) &* categories
                                                                                            &+ Int(answerCategories[index]))
                                                                                        &* nodeCount
                                                                                    addVector(
                                                                                        group + row + low, window, count: width)
                                                                                }
                                                                            } else {
                                                                                for index in first..<end {
                                                                                    let row =
                                                                                        (Int(answerItems[index]) &* categories
                                                                                            &+ Int(answerCategories[index]))
                                                                                        &* nodeCount
                                                                                    addVector(
                                                                                        countsBase + row + low, window,
                                                                                        count: width)
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        sums.logLikelihood = logLikelihood
        return sums
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
        var answered = [Bool](repeating: false, count: items)
        for item in responses.items { answered[Int(item)] = true }
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
