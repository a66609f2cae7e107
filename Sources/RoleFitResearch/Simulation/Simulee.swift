import RoleFitCore

/// One simulated person: a true profile, the role that truly fits best, and one fixed answer to
/// every item, drawn once (docs/engine.md, Simulation). The adaptive session reads its answers from
/// `categories`, and the full-bank decision uses all of them.
struct Simulee: Sendable {
    /// The simulee's number (0-based) in the study.
    let number: Int
    /// True θ per truth dimension: the areas' performance first (catalogue order), then self-report.
    let theta: [Double]
    /// argmax_r w_rᵀθ over the performance dimensions.
    let bestRole: Int
    /// The fixed answer (response category) to every item of the plan, in `plan.items` order.
    let categories: [Int]
}

/// Draws simulees from a `SimulationPopulation` for one plan. Simulee n depends only on the study
/// seed and n, so every strategy and setting sees the same simulees (common random numbers).
struct SimuleeFactory: Sendable {
    /// How one item's answer is drawn.
    enum AnswerModel: Sendable {
        /// From a θ model at a truth dimension, over the categories some answer reaches.
        case theta(model: any ItemResponseModel, dimension: Int, reachable: [Bool])
        /// From the row of the simulee's best role.
        case role(table: [[Double]])
    }

    let seed: UInt64
    let areaCount: Int
    let dimensionCount: Int
    let roleWeights: [[Double]]
    let factor: SquareMatrix
    let answerModels: [AnswerModel]

    /// Prepares the truth model; throws when the true correlation matrix is not positive definite.
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
        self.factor = factor
        self.seed = seed
        roleWeights = plan.roleWeights
        let roleIDs = plan.roleIDs
        answerModels = plan.items.indices.map { index in
            let item = plan.items[index]
            let area = plan.areaOfItem[index]
            switch plan.models[index] {
            case .roleChoice(let choice):
                guard item.parameterSource == .roleKey else { return .role(table: choice.table) }
                let keyed = RoleChoiceModel(
                    optionRoles: item.options.map(\.roles), roleIDs: roleIDs,
                    hitRate: population.keyedHitRate)
                return .role(table: keyed.table)
            case .logistic, .graded, .partialCredit:
                let model = plan.models[index].responseModel ?? LogisticItemModel(a: 1, b: 0)
                let dimension = item.kind == .selfRating ? (selfDimension[area] ?? area) : area
                let reachable = (0..<model.categoryCount).map { responses.isReachable(item: index, category: $0) }
                return .theta(model: model, dimension: dimension, reachable: reachable)
            }
        }
    }

    /// Simulee number `number`.
    func simulee(_ number: Int) -> Simulee {
        var generator = SeededGenerator(seed: seed, stream: UInt64(number))
        let z = (0..<dimensionCount).map { _ in generator.nextStandardNormal() }
        let theta = (0..<dimensionCount).map { i in (0...i).reduce(0) { $0 + factor[i, $1] * z[$1] } }
        let fits = roleWeights.map { w in (0..<areaCount).reduce(0) { $0 + w[$1] * theta[$1] } }
        let bestRole = fits.indices.max { fits[$0] < fits[$1] } ?? 0
        let categories = answerModels.map { model -> Int in
            switch model {
            case .theta(let model, let dimension, let reachable):
                let probabilities = model.categoryProbabilities(at: theta[dimension])
                return Self.draw(zip(probabilities, reachable).map { $1 ? $0 : 0 }, &generator)
            case .role(let table):
                return Self.draw(table[bestRole], &generator)
            }
        }
        return Simulee(number: number, theta: theta, bestRole: bestRole, categories: categories)
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
