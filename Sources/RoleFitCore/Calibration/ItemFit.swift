import Foundation

/// How well one calibrated item's answers follow its fitted curve.
///
/// The statistic conditions on the rest of each person's answers, as Orlando and Thissen's S-X² conditions
/// on the rest score, but through the posterior so it also holds for sparse adaptive data where rest scores
/// are not comparable: for every answer x_ij, the model's predictive mean and variance of x_ij given the
/// person's *other* answers (E_ij = Σ_q π_{i,−j}(θ_q) E[x | θ_q]); people are put in up to ten equal groups
/// by their rest-posterior mean θ, and X² = Σ_g (O_g − E_g)² / V_g. Under the model each O_g − E_g is a sum
/// of independent centred terms, so X² is close to χ² with (groups − parameters) degrees of freedom.
public struct ItemFitResult: Sendable, Hashable, Encodable {
    /// Column index in the response matrix.
    public var item: Int
    /// How many people answered it.
    public var answers: Int
    /// The θ groups compared (nil when not tested).
    public var groups: Int?
    /// Σ_g (O_g − E_g)² / V_g (nil when not tested).
    public var chiSquare: Double?
    /// Groups minus the item's parameters.
    public var degreesOfFreedom: Int?
    /// P(χ²(df) ≥ X²).
    public var pValue: Double?
    /// Whether the item misfits at the report's false-discovery rate (Benjamini–Hochberg over tested items).
    public var flagged: Bool
    /// The group that departs most: its θ range, and observed minus expected mean score.
    public var worstGroup: WorstGroup?
    /// Why the item was not tested.
    public var note: String?

    /// The group with the largest standardized residual.
    public struct WorstGroup: Sendable, Hashable, Encodable {
        /// Lowest rest-posterior mean θ in the group.
        public var lowerTheta: Double
        /// Highest rest-posterior mean θ in the group.
        public var upperTheta: Double
        /// (O_g − E_g) / n_g: positive when people scored higher than the model expects.
        public var meanResidual: Double
        /// (O_g − E_g) / √V_g.
        public var standardizedResidual: Double

        enum CodingKeys: String, CodingKey {
            case lowerTheta = "lower_theta"
            case upperTheta = "upper_theta"
            case meanResidual = "mean_residual"
            case standardizedResidual = "standardized_residual"
        }
    }

    enum CodingKeys: String, CodingKey {
        case item, answers, groups
        case chiSquare = "chi_square"
        case degreesOfFreedom = "df"
        case pValue = "p"
        case flagged
        case worstGroup = "worst_group"
        case note
    }
}

extension BockAitkinEM {
    /// Answers per θ group the fit test wants; an item needs this many per group for at least
    /// (parameters + 1) groups to be tested.
    static let itemFitAnswersPerGroup = 50
    /// The most θ groups per item.
    static let itemFitMaximumGroups = 10

    /// The fit of every item of `result` (fitted to `responses`); misfit is flagged by Benjamini–Hochberg
    /// at `falseDiscoveryRate` over the tested items. Excluded items and items with too few answers are
    /// listed with a note, never dropped.
    public func itemFit(_ result: CalibrationResult, responses: ResponseMatrix, falseDiscoveryRate: Double = 0.05)
        -> [ItemFitResult]
    {
        let kernel = Self.kernel(for: result.model, categoryCount: responses.categoryCount, prior: settings.guessingPrior)
        return itemFit(result, responses: responses, kernel: kernel, falseDiscoveryRate: falseDiscoveryRate)
    }

    /// The same with each item's own number of estimated parameters (a mixed fit: items of several models,
    /// some held fixed); nil: every item has the kernel's.
    func itemFit(
        _ result: CalibrationResult, responses: ResponseMatrix, kernel: some CalibrationKernel, falseDiscoveryRate: Double,
        parameterCounts: [Int]? = nil
    ) -> [ItemFitResult] {
        let excluded = Set(result.items.filter { $0.estimate == nil }.map(\.index))
        let data = responses.removingItems(excluded)
        let predictions = RestPredictions(
            data: data, kernel: kernel, parameters: result.internalParameters, fitted: result.items.map { $0.estimate != nil },
            nodes: settings.nodes, logWeights: settings.logWeights)
        var results = result.items.map { item in
            ItemFitResult(
                item: item.index, answers: item.answerCount, groups: nil, chiSquare: nil, degreesOfFreedom: nil,
                pValue: nil, flagged: false, worstGroup: nil,
                note: item.estimate == nil ? "not fitted, so not tested" : nil)
        }
        for item in result.items where item.estimate != nil {
            let parameters = parameterCounts?[item.index] ?? kernel.parameterCount
            let entries = predictions.byItem[item.index]
            let groupCount = min(Self.itemFitMaximumGroups, entries.count / Self.itemFitAnswersPerGroup)
            guard groupCount > max(1, parameters) else {
                let needed = Self.itemFitAnswersPerGroup * (max(1, parameters) + 1)
                results[item.index].note = "\(entries.count) answers; the fit test needs at least \(needed)"
                continue
            }
            results[item.index] = Self.groupedTest(
                entries.sorted { ($0.groupingTheta, $0.person) < ($1.groupingTheta, $1.person) }, groupCount: groupCount,
                parameterCount: parameters, base: results[item.index])
        }
        Self.flagByFalseDiscoveryRate(&results, rate: falseDiscoveryRate)
        return results
    }

    /// X² over `groupCount` equal groups of answers sorted by rest θ.
    static func groupedTest(_ sorted: [RestPrediction], groupCount: Int, parameterCount: Int, base: ItemFitResult)
        -> ItemFitResult
    {
        var result = base
        var chiSquare = 0.0
        var usedGroups = 0
        var worst: ItemFitResult.WorstGroup?
        for group in 0..<groupCount {
            let members = sorted[(sorted.count * group / groupCount)..<(sorted.count * (group + 1) / groupCount)]
            var observed = 0.0
            var expected = 0.0
            var variance = 0.0
            for member in members {
                observed += member.observed
                expected += member.expected
                variance += member.variance
            }
            guard variance > 1e-12, let first = members.first, let last = members.last else { continue }
            usedGroups += 1
            let standardized = (observed - expected) / variance.squareRoot()
            chiSquare += standardized * standardized
            if abs(standardized) > abs(worst?.standardizedResidual ?? 0) {
                worst = ItemFitResult.WorstGroup(
                    lowerTheta: first.theta, upperTheta: last.theta, meanResidual: (observed - expected) / Double(members.count),
                    standardizedResidual: standardized)
            }
        }
        let degreesOfFreedom = usedGroups - parameterCount
        guard degreesOfFreedom >= 1 else {
            result.note = "the answers vary in too few θ groups to test"
            return result
        }
        result.groups = usedGroups
        result.chiSquare = chiSquare
        result.degreesOfFreedom = degreesOfFreedom
        result.pValue = ChiSquareDistribution.upperTail(chiSquare, degreesOfFreedom: Double(degreesOfFreedom))
        result.worstGroup = worst
        return result
    }

    /// Benjamini–Hochberg: with the m tested p-values in order, flags the k smallest where k is the largest
    /// rank with p_(k) ≤ k·rate/m.
    static func flagByFalseDiscoveryRate(_ results: inout [ItemFitResult], rate: Double) {
        let tested = results.indices.compactMap { index in results[index].pValue.map { (index, $0) } }
            .sorted { $0.1 < $1.1 }
        var cut = 0
        for (rank, entry) in tested.enumerated() where entry.1 <= Double(rank + 1) * rate / Double(tested.count) {
            cut = rank + 1
        }
        for (index, _) in tested.prefix(cut) { results[index].flagged = true }
    }
}

/// One answer's observed score and the model's prediction of it from the person's other answers.
struct RestPrediction: Sendable {
    /// The rest-posterior mean θ.
    var theta: Double
    /// The person (row), to order people with the same rest θ.
    var person: Int
    /// The category chosen (the score).
    var observed: Double
    /// E[x | other answers].
    var expected: Double
    /// Var[x | other answers].
    var variance: Double

    /// θ rounded to 10⁻⁶ for grouping. People with the same other answers have the same rest θ, but it is
    /// computed as (all answers) − (this answer), so its last bits depend on the answer itself; sorted on the
    /// raw value, a tie block would be split between groups by the very answer being tested.
    var groupingTheta: Double { (theta * 1e6).rounded() }
}

/// Every answer's rest prediction, grouped by item.
struct RestPredictions {
    /// byItem[j]: the predictions of the answers to item j.
    var byItem: [[RestPrediction]]

    init(
        data: ResponseMatrix, kernel: some CalibrationKernel, parameters: [Double], fitted: [Bool], nodes: [Double],
        logWeights: [Double]
    ) {
        let perItem = kernel.parameterCount
        let categories = kernel.categoryCount
        let nodeCount = nodes.count
        var logTable = [Double](repeating: 0, count: data.itemCount * categories * nodeCount)
        var means = [Double](repeating: 0, count: data.itemCount * nodeCount)
        var squares = [Double](repeating: 0, count: data.itemCount * nodeCount)
        for item in 0..<data.itemCount where fitted[item] {
            logTable.withUnsafeMutableBufferPointer { table in
                guard let base = table.baseAddress else { return }
                kernel.logProbabilities(
                    parameters[(item * perItem)..<((item + 1) * perItem)], nodes: nodes,
                    into: base + item * categories * nodeCount)
            }
            for k in 0..<categories {
                for q in 0..<nodeCount {
                    let probability = exp(logTable[(item * categories + k) * nodeCount + q])
                    means[item * nodeCount + q] += Double(k) * probability
                    squares[item * nodeCount + q] += Double(k * k) * probability
                }
            }
        }
        let chunkCount = max(1, min(8, data.personCount / 512))
        let (table, meanTable, squareTable) = (logTable, means, squares)
        let partials = ParallelMap.map(count: chunkCount, chunkSize: 1) { chunk -> [(Int, RestPrediction)] in
            var output = [(Int, RestPrediction)]()
            var post = [Double](repeating: 0, count: nodeCount)
            var rest = [Double](repeating: 0, count: nodeCount)
            for person in (data.personCount * chunk / chunkCount)..<(data.personCount * (chunk + 1) / chunkCount) {
                let answers = data.rowStart[person]..<data.rowStart[person + 1]
                if answers.count < 2 { continue }
                for q in 0..<nodeCount { post[q] = logWeights[q] }
                for index in answers {
                    let row = (Int(data.items[index]) * categories + Int(data.categories[index])) * nodeCount
                    for q in 0..<nodeCount { post[q] += table[row + q] }
                }
                for index in answers {
                    let item = Int(data.items[index])
                    let row = (item * categories + Int(data.categories[index])) * nodeCount
                    var top = -Double.infinity
                    for q in 0..<nodeCount {
                        rest[q] = post[q] - table[row + q]
                        top = max(top, rest[q])
                    }
                    var total = 0.0
                    var theta = 0.0
                    var mean = 0.0
                    var square = 0.0
                    for q in 0..<nodeCount {
                        let weight = exp(rest[q] - top)
                        total += weight
                        theta += weight * nodes[q]
                        mean += weight * meanTable[item * nodeCount + q]
                        square += weight * squareTable[item * nodeCount + q]
                    }
                    guard total > 0, total.isFinite else { continue }
                    let expected = mean / total
                    output.append(
                        (
                            item,
                            RestPrediction(
                                theta: theta / total, person: person, observed: Double(data.categories[index]),
                                expected: expected,
                                variance: max(0, square / total - expected * expected))
                        ))
                }
            }
            return output
        }
        var byItem = [[RestPrediction]](repeating: [], count: data.itemCount)
        for chunk in partials {
            for (item, prediction) in chunk { byItem[item].append(prediction) }
        }
        self.byItem = byItem
    }
}
