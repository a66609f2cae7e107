import Foundation

/// Everything a session precomputes from the bank set and the settings: usable items with their
/// models and log-likelihood tables, the measurement dimensions, the prior, role weights and the
/// content plan. Immutable, so copies of a session share it.
public final class AssessmentPlan: Sendable {
    /// The banks.
    public let bankSet: BankSet
    /// The settings.
    public let settings: SessionSettings
    /// The EAP grid.
    public let grid: ThetaGrid
    /// Usable items in bank order.
    public let items: [Item]
    /// Items the engine cannot ask, with the reason.
    public let excludedItems: [ExcludedItem]
    /// Pretest items (`pretest: true`): outside `items`, so nothing in the engine selects or scores
    /// them; the session seeds them at the pretest rate and only records their answers.
    public let pretestItems: [Item]
    /// The estimated dimensions: every area's performance dimension (in catalogue order), then
    /// self-report dimensions of areas that have self-rating items.
    public let dimensions: [MeasurementDimension]
    /// Role ids in catalogue order.
    public let roleIDs: [String]
    /// Areas that need `settings.contentMinimum` answered items (catalogue indices).
    public let coverageAreas: [Int]
    /// The role whose "best or not" question a target-role session answers.
    public let targetRole: Int?

    package let models: [ItemModel]
    let tables: [LogLikelihoodTable?]
    let dimensionOfItem: [Int?]
    package let areaOfItem: [Int]
    let indexOfItem: [String: Int]
    let avoided: Set<Int>
    package let roleWeights: [[Double]]
    let priorPrecision: SquareMatrix
    let priorVariance: Double
    let fitDraws: [[Double]]?
    /// Per item, log P(category | uniform random responding) (the person-fit class).
    package let randomLogProbability: [[Double]]
    /// Per role, its defining areas (weight ≥ `settings.contentWeightThreshold`) in catalogue order.
    package let definingAreas: [[Int]]
    /// Per role, its weights restricted to the defining areas and renormalised (for the interview level).
    let definingWeights: [[Double]]
    /// Per item, the seconds a careful reader needs (the yardstick of the rapid-answer signal).
    package let readingSeconds: [Double]
    /// The general-level model behind the person-fit evidence.
    let generalFactor: GeneralFactor

    /// Prepares a session; throws for invalid settings or when no item is usable.
    public init(bankSet: BankSet, settings: SessionSettings) throws(SessionError) {
        let catalogue = bankSet.catalogue
        let roleIDs = catalogue.roles.map(\.id)
        do {
            try settings.validate(roleIDs: roleIDs, areaCount: catalogue.areas.count)
        } catch {
            throw .invalidSettings(error)
        }
        self.bankSet = bankSet
        self.settings = settings
        self.roleIDs = roleIDs
        grid = .standard
        priorVariance = grid.prior.variance
        targetRole = settings.targetRole.flatMap { catalogue.roleIndex($0) }
        roleWeights = catalogue.roles.map { role in catalogue.areas.map { role.weight(of: $0.id) } }

        var usable: [Item] = []
        var pretest: [Item] = []
        var excluded: [ExcludedItem] = []
        var seen = Set<String>()
        for item in bankSet.items {
            if seen.contains(item.id) {
                excluded.append(ExcludedItem(itemID: item.id, reason: "duplicate item id"))
                continue
            }
            seen.insert(item.id)
            if let reason = Self.problem(with: item, catalogue: catalogue, settings: settings) {
                excluded.append(ExcludedItem(itemID: item.id, reason: reason))
            } else if item.isPretest {
                pretest.append(item)
            } else {
                usable.append(item)
            }
        }
        guard !usable.isEmpty else { throw .noUsableItems }
        items = usable
        excludedItems = excluded
        pretestItems = pretest

        let areaOfItem = usable.map { catalogue.areaIndex($0.area) ?? 0 }
        self.areaOfItem = areaOfItem
        var dimensions = catalogue.areas.indices.map { MeasurementDimension(areaIndex: $0, source: .performance) }
        var selfDimensionOfArea = [Int?](repeating: nil, count: catalogue.areas.count)
        if settings.selfRatings == .separateDimension {
            for area in catalogue.areas.indices
            where usable.indices.contains(where: { usable[$0].kind == .selfRating && areaOfItem[$0] == area }) {
                selfDimensionOfArea[area] = dimensions.count
                dimensions.append(MeasurementDimension(areaIndex: area, source: .selfReport))
            }
        }
        self.dimensions = dimensions
        dimensionOfItem = usable.indices.map { index in
            switch usable[index].kind {
            case .roleKeyed: nil
            case .selfRating: selfDimensionOfArea[areaOfItem[index]] ?? areaOfItem[index]
            default: areaOfItem[index]
            }
        }
        models = usable.map { ItemModel($0.parameters) }
        let grid = grid
        tables = models.map { $0.responseModel?.logLikelihoodTable(on: grid) }
        indexOfItem = Dictionary(usable.indices.map { (usable[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let avoid = Set(settings.itemsToAvoid)
        avoided = Set(usable.indices.filter { avoid.contains(usable[$0].id) })

        let correlation = PriorCorrelation.matrix(
            dimensions, areaCorrelation: settings.areaCorrelation,
            selfPerformanceCorrelation: settings.selfPerformanceCorrelation)
        guard let precision = correlation.symmetricInverse() else {
            throw .invalidSettings(.invalid("the prior correlation matrix is not positive definite"))
        }
        priorPrecision = precision

        let weights = roleWeights
        let measurable = Set(
            usable.indices.filter { usable[$0].kind != .roleKeyed && usable[$0].kind != .selfRating }
                .map { areaOfItem[$0] })
        let defining = weights.map { row in row.indices.filter { row[$0] >= settings.contentWeightThreshold } }
        definingAreas = defining
        definingWeights = zip(weights, defining).map { row, areas in
            let total = areas.reduce(0) { $0 + row[$1] }
            return row.indices.map { areas.contains($0) && total > 0 ? row[$0] / total : 0 }
        }
        if let target = targetRole {
            coverageAreas = defining[target].filter { measurable.contains($0) }
        } else {
            coverageAreas =
                settings.contentMinimum == 0
                ? []
                : catalogue.areas.indices.filter { area in
                    weights.contains { $0[area] >= settings.contentWeightThreshold } && measurable.contains(area)
                }
        }
        readingSeconds = usable.map(IntegritySignals.readingSeconds)
        generalFactor = GeneralFactor(grid: grid, areaCorrelation: settings.areaCorrelation)
        randomLogProbability = zip(usable, models).map { item, model in
            RandomResponding.categoryProbabilities(item: item, categoryCount: model.categoryCount).map {
                log(max(1e-6, $0))
            }
        }
        fitDraws =
            roleIDs.count > RoleFitDistribution.exactRoleLimit
            ? RoleFitDistribution.fixedDraws(roles: roleIDs.count) : nil
    }

    /// A copy of `plan` whose settings use `seed`, sharing every precomputed table (the seed only
    /// drives randomesque choices, so nothing else needs recomputing).
    package init(reseeding plan: AssessmentPlan, seed: UInt64) {
        var settings = plan.settings
        settings.seed = seed
        self.settings = settings
        bankSet = plan.bankSet
        grid = plan.grid
        items = plan.items
        excludedItems = plan.excludedItems
        pretestItems = plan.pretestItems
        dimensions = plan.dimensions
        roleIDs = plan.roleIDs
        coverageAreas = plan.coverageAreas
        targetRole = plan.targetRole
        models = plan.models
        tables = plan.tables
        dimensionOfItem = plan.dimensionOfItem
        areaOfItem = plan.areaOfItem
        indexOfItem = plan.indexOfItem
        avoided = plan.avoided
        roleWeights = plan.roleWeights
        priorPrecision = plan.priorPrecision
        priorVariance = plan.priorVariance
        fitDraws = plan.fitDraws
        randomLogProbability = plan.randomLogProbability
        definingAreas = plan.definingAreas
        definingWeights = plan.definingWeights
        readingSeconds = plan.readingSeconds
        generalFactor = plan.generalFactor
    }

    /// The answered capability items an area needs before a decision stop: `contentMinimum`, and
    /// `interviewFloor` for the target's defining areas in target-role mode.
    var coverageMinimum: Int {
        targetRole == nil ? settings.contentMinimum : max(settings.contentMinimum, Self.interviewFloor)
    }

    /// Capability items asked in each of the target's defining areas before an interview may stop.
    public static let interviewFloor = 2

    /// The position of an item in `items`.
    public func index(ofItem id: String) -> Int? { indexOfItem[id] }

    /// Why an item cannot be used, or nil when it can.
    static func problem(with item: Item, catalogue: Catalogue, settings: SessionSettings) -> String? {
        guard catalogue.areaIndex(item.area) != nil else { return "unknown skill area '\(item.area)'" }
        let model = ItemModel(item.parameters)
        switch (item.kind, model) {
        case (.singleChoice, .logistic), (.multipleResponse, .logistic):
            if item.options.count < 2 { return "needs at least two options" }
            if !item.options.contains(where: \.isCorrect) { return "no option is marked correct" }
        case (.trueFalse, .logistic):
            if item.options.count != 2 || item.options.filter(\.isCorrect).count != 1 {
                return "a true/false item needs two options, one correct"
            }
        case (.gradedScenario, .partialCredit), (.gradedScenario, .graded):
            if item.options.count < 2 { return "needs at least two options" }
            if item.options.contains(where: { !(0..<model.categoryCount).contains($0.score) }) {
                return "an option score lies outside the model's categories"
            }
        case (.selfRating, .graded), (.selfRating, .partialCredit):
            if settings.selfRatings == .ignored { return "self-ratings are switched off in the settings" }
            if item.options.count == 5 {
                if item.options.contains(where: { !(0..<model.categoryCount).contains($0.score) }) {
                    return "a rating maps outside the model's categories"
                }
            } else if !item.options.isEmpty || model.categoryCount != 5 {
                return "a self-rating needs five categories"
            }
        case (.roleKeyed, .roleChoice(let choice)):
            if choice.table.count != catalogue.roles.count { return "the role table needs one row per role" }
            if item.options.count < 2 || choice.table.contains(where: { $0.count != item.options.count }) {
                return "the role table needs one probability per option"
            }
            if choice.table.contains(where: { row in row.contains { !($0 >= 0) } || abs(row.reduce(0, +) - 1) > 1e-6 }) {
                return "each row of the role table must hold probabilities summing to 1"
            }
        default:
            return "its parameters do not fit a \(item.kind.rawValue) item"
        }
        if let a = item.parameters.discrimination, !(a > 0) || !a.isFinite { return "discrimination must be positive" }
        return nil
    }
}

/// An item the engine leaves out, and why (the bank validator normally catches these first).
public struct ExcludedItem: Sendable, Hashable, Codable {
    /// The item id.
    public var itemID: String
    /// The reason.
    public var reason: String
}
