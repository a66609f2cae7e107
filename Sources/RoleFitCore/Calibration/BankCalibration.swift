import Foundation

/// What calibrating the banks from sessions decided for one item.
public struct ItemCalibrationOutcome: Sendable {
    /// Item id.
    public var id: String
    /// Its kind.
    public var kind: ItemKind
    /// The θ it was fitted on (nil for role-keyed items).
    public var dimension: CalibrationDimension?
    /// How many sessions answered it.
    public var answerCount: Int
    /// The parameters in the bank file.
    public var authored: ItemParameters
    /// The new parameters; nil when the item keeps its authored ones (`keptBecause` says why).
    public var calibrated: ItemParameters?
    /// Standard errors of the estimates (a, b's, c), when available.
    public var standardErrors: ReportedItemParameters?
    /// Why the item keeps its authored parameters.
    public var keptBecause: String?
    /// For a role-keyed item below the answer minimum: its table follows the measured pooled hit rate.
    public var fromPooledHitRate: Bool
    /// How well its answers follow its curve (calibrated items: the new one; held items: the authored one),
    /// flagged at a 5% false-discovery rate within its dimension; nil for role-keyed items.
    public var fit: ItemFitResult? = nil
}

/// One dimension's fit.
public struct DimensionFitSummary: Sendable {
    /// The dimension.
    public var dimension: CalibrationDimension
    /// People (sessions) with an answer in it.
    public var people: Int
    /// Items estimated.
    public var estimated: Int
    /// Items held at their authored values (too few answers).
    public var held: Int
    /// EM cycles (0 when nothing was estimated).
    public var cycles: Int
    /// Whether EM met its stop rule.
    public var converged: Bool
    /// The convergence certificate: the largest |score| at the estimates.
    public var maximumAbsoluteScore: Double
}

/// The pooled role-choice result.
public struct RoleChoiceSummary: Sendable {
    /// The pooled hit rate P(choose an option keyed to one's own role).
    public var hitRate: Double
    /// Its approximate standard error.
    public var standardError: Double
    /// The authored (assumed) hit rate it replaces.
    public var authoredHitRate: Double
    /// Sessions with role-keyed answers.
    public var sessions: Int
    /// Role-keyed answers.
    public var answers: Int
    /// Estimated share of each role (catalogue order) among those sessions.
    public var classShares: [Double]
    /// Whether the EM met its stop rule.
    public var converged: Bool
}

/// Item parameters for the banks from collected sessions: each skill area's performance items and
/// its self-ratings are one dimension each, fitted with every item's own model (Bock–Aitkin EM, θ ~
/// N(0, 1)); items with fewer than `minimumAnswers` answers are held at their authored values (their
/// answers still inform the people's θ) and listed; role-keyed items go to `RoleChoiceEM`.
public struct BankCalibration: Sendable {
    /// The default answer minimum: at 200 answers a 2PL item's b has a standard error of about 0.13–0.4,
    /// under half the spacing of the difficulty ratings (docs/calibration.md); with fewer, authored values are the safer guess.
    public static let defaultMinimumAnswers = 200
    /// The SD of the normal prior on each item's log a, centred on the authored a (BILOG-MG's default
    /// slope prior is lognormal with SD 0.5): it keeps a dimension with few items from being taken by one.
    public static let slopePriorSD = 0.5

    /// Every item of the banks, in bank order.
    public var items: [ItemCalibrationOutcome]
    /// Per-dimension fits.
    public var dimensions: [DimensionFitSummary]
    /// The pooled role-choice fit (nil when no role-keyed answer was usable or too few).
    public var roleChoice: RoleChoiceSummary?
    /// Sessions used.
    public var sessionCount: Int
    /// Results not used, with reasons.
    public var excluded: [ExcludedResult]
    /// Answers left out of used sessions, by reason.
    public var droppedAnswers: [String: Int]
    /// The answer minimum used.
    public var minimumAnswers: Int

    /// Fits every dimension and the role-choice tables.
    public static func run(
        _ answers: SessionAnswers, banks: BankSet, minimumAnswers: Int,
        settings: CalibrationSettings = CalibrationSettings()
    ) -> BankCalibration {
        var outcomes: [String: ItemCalibrationOutcome] = [:]
        var summaries: [DimensionFitSummary] = []
        for dimension in answers.dimensions {
            let (fitted, summary) = fit(dimension, minimumAnswers: minimumAnswers, settings: settings)
            for outcome in fitted { outcomes[outcome.id] = outcome }
            summaries.append(summary)
        }
        let roleItems = banks.items.filter { $0.kind == .roleKeyed }
        let (roleOutcomes, roleSummary) = fitRoleChoice(
            roleItems, answers: answers, roleIDs: banks.catalogue.roles.map(\.id), minimumAnswers: minimumAnswers)
        for outcome in roleOutcomes { outcomes[outcome.id] = outcome }
        let items = banks.items.map { item in
            outcomes[item.id]
                ?? ItemCalibrationOutcome(
                    id: item.id, kind: item.kind, dimension: nil, answerCount: 0, authored: item.parameters, calibrated: nil,
                    standardErrors: nil, keptBecause: "no answers", fromPooledHitRate: false)
        }
        return BankCalibration(
            items: items, dimensions: summaries, roleChoice: roleSummary, sessionCount: answers.sessions.count,
            excluded: answers.excluded, droppedAnswers: answers.droppedAnswers, minimumAnswers: minimumAnswers)
    }

    /// `banks` with the calibrated parameters in place of the authored ones (in memory, as the loader
    /// would apply the calibration file: same values, parameters marked explicit).
    public func applied(to banks: BankSet) -> BankSet {
        var calibrated: [String: ItemParameters] = [:]
        for outcome in items { if let parameters = outcome.calibrated { calibrated[outcome.id] = parameters } }
        var result = banks
        for b in result.banks.indices {
            for i in result.banks[b].items.indices {
                guard let parameters = calibrated[result.banks[b].items[i].id] else { continue }
                result.banks[b].items[i].parameters = parameters
                result.banks[b].items[i].parameterSource = .explicit
            }
        }
        return result
    }

    /// One dimension. The operational items are fitted first (items with too few answers held fixed,
    /// pretest answers left out); then the pretest items with enough answers are fitted with every
    /// operational item held at its new value (online calibration: they land on the same scale).
    static func fit(_ answers: DimensionAnswers, minimumAnswers: Int, settings: CalibrationSettings) -> (
        [ItemCalibrationOutcome], DimensionFitSummary
    ) {
        let counts = answers.matrix.categoryCounts.map { $0.reduce(0, +) }
        let pretest = Set(answers.items.indices.filter { answers.items[$0].isPretest })
        let held = Set(answers.items.indices.filter { counts[$0] < minimumAnswers })
        var outcomes = answers.items.indices.map { index in
            let item = answers.items[index]
            return ItemCalibrationOutcome(
                id: item.id, kind: item.kind, dimension: answers.dimension, answerCount: counts[index],
                authored: item.parameters, calibrated: nil, standardErrors: nil,
                keptBecause: held.contains(index) ? "\(counts[index]) answers, fewer than \(minimumAnswers)" : nil,
                fromPooledHitRate: false)
        }
        var summary = DimensionFitSummary(
            dimension: answers.dimension, people: answers.matrix.personCount, estimated: 0, held: held.count, cycles: 0,
            converged: true, maximumAbsoluteScore: 0)
        let operational = answers.items.indices.filter { !pretest.contains($0) }
        if operational.contains(where: { !held.contains($0) }) {
            let matrix = pretest.isEmpty ? answers.matrix : answers.matrix.removingItems(pretest)
            estimate(
                answers, matrix: matrix, fixed: held.union(pretest), outcomes: &outcomes, summary: &summary, settings: settings)
        }
        if pretest.contains(where: { !held.contains($0) }) {
            let fixed = Set(operational).union(held)
            estimate(answers, matrix: answers.matrix, fixed: fixed, outcomes: &outcomes, summary: &summary, settings: settings)
        }
        return (outcomes, summary)
    }

    /// One mixed-model fit of the items not in `fixed` (every item starts from, and fixed items stay at,
    /// its current outcome: calibrated where it has been, else authored); fills their outcomes.
    static func estimate(
        _ answers: DimensionAnswers, matrix: ResponseMatrix, fixed: Set<Int>, outcomes: inout [ItemCalibrationOutcome],
        summary: inout DimensionFitSummary, settings: CalibrationSettings
    ) {
        var parts: [any CalibrationKernel] = []
        var values: [[Double]] = []
        for outcome in outcomes {
            let (kernel, own) =
                ItemModelKernel.kernel(for: outcome.calibrated ?? outcome.authored) ?? (GradedKernel(categoryCount: 2), [1, 0])
            parts.append(kernel)
            values.append(own)
        }
        let kernel = MixedKernel(
            parts: parts, slopePriorMeans: answers.items.map { log($0.parameters.discrimination ?? 1) },
            slopePriorSD: slopePriorSD)
        let fitter = BockAitkinEM(settings: settings)
        // The result's `model` is not used for a mixed fit: every item's model is its kernel's.
        var result = fitter.fit(
            matrix, model: .twoPL, kernel: kernel, start: kernel.padded(values), fixed: fixed,
            itemCategories: answers.items.map(\.categoryCount))
        fitter.addStandardErrors(to: &result, responses: matrix, kernel: kernel)
        let fits = fitter.itemFit(
            result, responses: matrix, kernel: kernel, falseDiscoveryRate: 0.05,
            parameterCounts: parts.indices.map { fixed.contains($0) ? 0 : parts[$0].parameterCount })
        let answered = matrix.categoryCounts.map { $0.reduce(0, +) > 0 }
        for index in answers.items.indices where answered[index] {
            outcomes[index].fit = fits[index]
        }
        summary.cycles += result.cycles
        summary.converged = summary.converged && result.converged
        summary.maximumAbsoluteScore = max(summary.maximumAbsoluteScore, result.maximumAbsoluteScore)
        for (index, item) in answers.items.enumerated() where !fixed.contains(index) {
            let fitted = result.items[index]
            guard result.converged else {
                outcomes[index].keptBecause = "EM did not converge in this dimension"
                continue
            }
            guard let estimate = fitted.estimate else {
                outcomes[index].keptBecause = fitted.exclusion?.description ?? "not estimated"
                continue
            }
            guard let parameters = ItemModelKernel.parameters(estimate, like: item.parameters) else {
                outcomes[index].keptBecause = "the estimate does not fit the item's model"
                continue
            }
            if let problem = ParameterRanges.calibrationProblem(parameters) {
                outcomes[index].keptBecause = "estimate out of range: \(problem)"
                continue
            }
            outcomes[index].calibrated = parameters
            outcomes[index].standardErrors = fitted.standardErrors
            summary.estimated += 1
        }
    }

    /// The role-keyed items: tables and the pooled hit rate.
    static func fitRoleChoice(
        _ items: [Item], answers: SessionAnswers, roleIDs: [String], minimumAnswers: Int
    ) -> ([ItemCalibrationOutcome], RoleChoiceSummary?) {
        var inputs: [RoleChoiceEM.ItemInput] = []
        var position: [String: Int] = [:]
        var usable: [Item] = []
        for item in items {
            guard case .roleTable(let table) = item.parameters, table.count == roleIDs.count,
                table.allSatisfy({ $0.count == item.options.count })
            else { continue }
            position[item.id] = inputs.count
            usable.append(item)
            inputs.append(
                RoleChoiceEM.ItemInput(
                    id: item.id, table: table, optionRoles: item.parameterSource == .roleKey ? item.options.map(\.roles) : nil))
        }
        let sessions = answers.roleChoices.map { choices in
            choices.compactMap { choice in position[choice.item].map { (item: $0, option: choice.option) } }
        }
        let total = sessions.reduce(0) { $0 + $1.count }
        var outcomes = usable.map { item in
            ItemCalibrationOutcome(
                id: item.id, kind: item.kind, dimension: nil, answerCount: 0, authored: item.parameters, calibrated: nil,
                standardErrors: nil, keptBecause: nil, fromPooledHitRate: false)
        }
        guard total >= minimumAnswers, !inputs.isEmpty else {
            for index in outcomes.indices {
                outcomes[index].answerCount = sessions.reduce(0) { $0 + $1.count { $0.item == index } }
                outcomes[index].keptBecause = "\(total) role-keyed answers in all, fewer than \(minimumAnswers)"
            }
            return (outcomes, nil)
        }
        let fitter = RoleChoiceEM(roleIDs: roleIDs)
        let fit = fitter.fit(items: inputs, sessions: sessions, startHitRate: RoleChoiceModel.defaultHitRate)
        for (index, input) in inputs.enumerated() {
            outcomes[index].answerCount = fit.answerCounts[index]
            if !fit.converged {
                outcomes[index].keptBecause = "the role-choice EM did not converge"
            } else if fit.answerCounts[index] >= minimumAnswers * roleIDs.count {
                // A table has a row per role: its own answers replace the pooled rows only when every
                // row can have about the answer minimum (docs/calibration.md).
                outcomes[index].calibrated = .roleTable(fit.tables[index])
            } else if let roles = input.optionRoles, let hitRate = fit.hitRate {
                outcomes[index].calibrated = .roleTable(
                    RoleChoiceModel(optionRoles: roles, roleIDs: roleIDs, hitRate: hitRate).table)
                outcomes[index].fromPooledHitRate = true
            } else {
                outcomes[index].keptBecause = "\(fit.answerCounts[index]) answers, fewer than \(minimumAnswers)"
            }
            if let table = outcomes[index].calibrated, let problem = ParameterRanges.calibrationProblem(table) {
                outcomes[index].calibrated = nil
                outcomes[index].fromPooledHitRate = false
                outcomes[index].keptBecause = "estimate out of range: \(problem)"
            }
        }
        let summary = fit.hitRate.map { hitRate in
            RoleChoiceSummary(
                hitRate: hitRate, standardError: fit.hitRateStandardError ?? 0, authoredHitRate: RoleChoiceModel.defaultHitRate,
                sessions: fit.sessionCount, answers: total, classShares: fit.classShares, converged: fit.converged)
        }
        return (outcomes, summary)
    }
}
