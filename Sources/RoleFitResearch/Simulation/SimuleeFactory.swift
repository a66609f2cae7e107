import RoleFitCore

/// Draws simulees from a `SimulationPopulation` for one plan. Simulee n depends only on the study
/// seed and n, so every strategy and setting sees the same simulees (common random numbers).
struct SimuleeFactory: Sendable {
    /// How one item's answer is drawn in the θ-based populations.
    enum AnswerModel: Sendable {
        /// From a θ model at a truth dimension, over the categories some answer reaches.
        case theta(model: any ItemResponseModel, dimension: Int, reachable: [Bool])
        /// From the row of the role the picks follow; `optionRoles` is the key when the table comes
        /// from it (so a simulee's own hit rate can rebuild the row), nil for an explicit table.
        case role(table: [[Double]], optionRoles: [[String]]?)
    }

    let seed: UInt64
    let kind: PopulationKind
    let areaCount: Int
    let dimensionCount: Int
    let roleIDs: [String]
    let roleWeights: [[Double]]
    let factor: SquareMatrix
    let items: [Item]
    let book: ResponseBook
    let answerModels: [AnswerModel]
    /// The faked role's index (faker populations).
    let fakedRole: Int

    /// The θ every area has in the all-high population (the all-low one has its negative).
    static let extremeTheta = 2.0
    /// Beta-hit: a simulee's hit rate is `betaHitLow + betaHitSpan`·Beta(2, 2).
    static let betaHitLow = 0.25
    /// The span of the beta-hit rates (so they lie in 0.25–0.85, mean 0.55).
    static let betaHitSpan = 0.6
    /// Perturbed: the SD of the shift of every item's locations.
    static let perturbedShift = 0.5
    /// Perturbed: discriminations are scaled by a factor uniform in this range.
    static let perturbedScale = 0.6...1.4

    /// Prepares the truth model; throws when the true correlation matrix is not positive definite or
    /// the faked role is not in the catalogue.
    init(plan: AssessmentPlan, population: SimulationPopulation, responses: ResponseBook, seed: UInt64)
        throws(SimulationError)
    {
        let catalogue = plan.bankSet.catalogue
        areaCount = catalogue.areas.count
        var dimensions = catalogue.areas.indices.map { MeasurementDimension(areaIndex: $0, source: .performance) }
        var selfDimension = [Int?](repeating: nil, count: areaCount)
        for (index, item) in plan.items.enumerated() where item.kind == .selfRating {
            let area = plan.areaOfItem[index]
            if selfDimension[area] == nil {
                selfDimension[area] = dimensions.count
                dimensions.append(MeasurementDimension(areaIndex: area, source: .selfReport))
            }
        }
        dimensionCount = dimensions.count
        let correlation = PriorCorrelation.matrix(
            dimensions, areaCorrelation: population.areaCorrelation,
            selfPerformanceCorrelation: population.selfPerformanceCorrelation)
        guard let factor = correlation.cholesky() else {
            throw .invalid(
                "the true correlation matrix (areas \(population.areaCorrelation), self/performance "
                    + "\(population.selfPerformanceCorrelation)) is not positive definite")
        }
        guard let faked = plan.roleIDs.firstIndex(of: population.fakedRole) else {
            throw .invalid(
                "unknown faked role '\(population.fakedRole)'; choose one of \(plan.roleIDs.joined(separator: ", "))")
        }
        self.factor = factor
        self.seed = seed
        kind = population.kind
        fakedRole = faked
        roleIDs = plan.roleIDs
        roleWeights = plan.roleWeights
        items = plan.items
        book = responses
        let truth = Self.trueParameters(plan: plan, kind: population.kind, seed: seed)
        answerModels = plan.items.indices.map { index in
            let item = plan.items[index]
            let area = plan.areaOfItem[index]
            switch plan.models[index] {
            case .roleChoice(let choice):
                guard item.parameterSource == .roleKey else { return .role(table: choice.table, optionRoles: nil) }
                let optionRoles = item.options.map(\.roles)
                let keyed = RoleChoiceModel(optionRoles: optionRoles, roleIDs: plan.roleIDs, hitRate: population.keyedHitRate)
                return .role(table: keyed.table, optionRoles: optionRoles)
            case .logistic, .graded, .partialCredit:
                var model = plan.models[index].responseModel ?? LogisticItemModel(a: 1, b: 0)
                if population.kind == .perturbed, let parameters = truth[index] {
                    model = ItemModel(parameters).responseModel ?? model
                }
                let dimension = item.kind == .selfRating ? (selfDimension[area] ?? area) : area
                let reachable = (0..<model.categoryCount).map { responses.isReachable(item: index, category: $0) }
                return .theta(model: model, dimension: dimension, reachable: reachable)
            }
        }
    }

    /// Simulee number `number`.
    func simulee(_ number: Int) -> Simulee {
        var generator = SeededGenerator(seed: seed, stream: UInt64(number))
        let theta = trueTheta(&generator)
        let trueRole: Int? = kind.hasTrueRole ? Self.argmax(fits(theta)) : nil
        let pickRole: Int?
        switch kind {
        case .inModel, .acquiescent, .betaHit, .perturbed: pickRole = trueRole
        case .independent: pickRole = generator.nextIndex(below: max(1, roleIDs.count))
        case .fakerWrong, .fakerRight: pickRole = fakedRole
        case .random, .straightFirst, .straightLast, .allHigh, .allLow: pickRole = nil
        }
        let hitRate =
            kind == .betaHit ? Self.betaHitLow + Self.betaHitSpan * Self.betaTwoTwo(&generator) : nil
        var responses: [ItemResponse] = []
        responses.reserveCapacity(items.count)
        for index in items.indices {
            responses.append(
                response(index, theta: theta, pickRole: pickRole, hitRate: hitRate, generator: &generator))
        }
        let categories = zip(items, responses).enumerated().map { index, pair -> Int? in
            let count = book.choices[index].count
            return (try? ResponseScoring.category(of: pair.1, for: pair.0, categoryCount: count)) ?? nil
        }
        return Simulee(
            number: number, theta: theta, trueRole: trueRole, pickRole: pickRole, responses: responses,
            categories: categories)
    }

    /// The true θ: drawn from MVN(0, R), fixed at ±2, or zeros for populations without a profile.
    private func trueTheta(_ generator: inout SeededGenerator) -> [Double] {
        switch kind {
        case .allHigh: return [Double](repeating: Self.extremeTheta, count: dimensionCount)
        case .allLow: return [Double](repeating: -Self.extremeTheta, count: dimensionCount)
        case .random, .straightFirst, .straightLast, .fakerWrong, .fakerRight:
            return [Double](repeating: 0, count: dimensionCount)
        case .inModel, .acquiescent, .independent, .betaHit, .perturbed:
            let z = (0..<dimensionCount).map { _ in generator.nextStandardNormal() }
            return (0..<dimensionCount).map { i in (0...i).reduce(0) { $0 + factor[i, $1] * z[$1] } }
        }
    }

    /// w_rᵀθ over the performance dimensions, per role.
    private func fits(_ theta: [Double]) -> [Double] {
        roleWeights.map { w in (0..<areaCount).reduce(0) { $0 + w[$1] * theta[$1] } }
    }

    /// The answer to item `index`.
    private func response(
        _ index: Int, theta: [Double], pickRole: Int?, hitRate: Double?, generator: inout SeededGenerator
    ) -> ItemResponse {
        let item = items[index]
        switch kind {
        case .random:
            return PopulationAnswers.random(item, &generator)
        case .straightFirst, .straightLast:
            return PopulationAnswers.positional(item, last: kind == .straightLast)
        case .fakerWrong, .fakerRight:
            if item.kind == .roleKeyed { return PopulationAnswers.keyed(item, role: roleIDs[fakedRole], &generator) }
            let reachable = book.choices[index].indices.filter { book.isReachable(item: index, category: $0) }
            // Self-ratings at the favourable end; capability answers all lowest or all highest.
            let lowest = kind == .fakerWrong && item.kind != .selfRating
            let category = (lowest ? reachable.first : reachable.last) ?? 0
            return book.response(item: index, category: category, generator: &generator) ?? .skipped
        case .inModel, .acquiescent, .independent, .betaHit, .perturbed, .allHigh, .allLow:
            switch answerModels[index] {
            case .theta(let model, let dimension, let reachable):
                if kind == .acquiescent && item.kind == .selfRating { return .rating(4 + generator.nextIndex(below: 2)) }
                let probabilities = model.categoryProbabilities(at: theta[dimension])
                let category = Self.draw(zip(probabilities, reachable).map { $1 ? $0 : 0 }, &generator)
                return book.response(item: index, category: category, generator: &generator) ?? .skipped
            case .role(let table, let optionRoles):
                guard let role = pickRole else { return PopulationAnswers.random(item, &generator) }
                var row = table[role]
                if let hitRate, let optionRoles {
                    row = RoleChoiceModel(optionRoles: optionRoles, roleIDs: [roleIDs[role]], hitRate: hitRate).table[0]
                }
                return .option(Self.draw(row, &generator))
            }
        }
    }

    /// Parameters with every location shifted by one N(0, 0.5²) draw and the discrimination scaled by
    /// U(0.6, 1.4); role tables unchanged.
    /// The parameters the simulees of a `kind` population answer item by item from (the perturbed
    /// population's are drawn from the plan's, in item order); nil for role-keyed items.
    static func trueParameters(plan: AssessmentPlan, kind: PopulationKind, seed: UInt64) -> [ItemParameters?] {
        var perturbation = SeededGenerator(seed: seed ^ 0x5045_5254_5552_4245, stream: 0)
        return plan.items.indices.map { index in
            let item = plan.items[index]
            if case .roleChoice = plan.models[index] { return nil }
            return kind == .perturbed ? perturbed(item.parameters, &perturbation) : item.parameters
        }
    }

    static func perturbed(_ parameters: ItemParameters, _ generator: inout SeededGenerator) -> ItemParameters {
        let shift = perturbedShift * generator.nextStandardNormal()
        let scale =
            perturbedScale.lowerBound
            + (perturbedScale.upperBound - perturbedScale.lowerBound) * generator.nextUnit()
        switch parameters {
        case .dichotomous(let a, let b, let c): return .dichotomous(a: a * scale, b: b + shift, c: c)
        case .graded(let a, let thresholds): return .graded(a: a * scale, thresholds: thresholds.map { $0 + shift })
        case .partialCredit(let a, let steps): return .partialCredit(a: a * scale, steps: steps.map { $0 + shift })
        case .roleTable: return parameters
        }
    }

    /// A Beta(2, 2) draw: the median of three uniforms.
    static func betaTwoTwo(_ generator: inout SeededGenerator) -> Double {
        let u = [generator.nextUnit(), generator.nextUnit(), generator.nextUnit()].sorted()
        return u[1]
    }

    /// The index of the largest value, nil on a tie for the largest (no true best role).
    static func argmax(_ values: [Double]) -> Int? {
        guard let top = values.indices.max(by: { values[$0] < values[$1] }) else { return nil }
        let tied = values.indices.filter { abs(values[$0] - values[top]) <= 1e-12 * max(1, abs(values[top])) }
        return tied.count == 1 ? top : nil
    }

    /// A category drawn with the given (possibly unnormalised) weights; the last positive one on round-off.
    static func draw(_ weights: [Double], _ generator: inout SeededGenerator) -> Int {
        let total = weights.reduce(0, +)
        var u = generator.nextUnit() * total
        var last = 0
        for (k, w) in weights.enumerated() where w > 0 {
            if u < w { return k }
            u -= w
            last = k
        }
        return last
    }
}
