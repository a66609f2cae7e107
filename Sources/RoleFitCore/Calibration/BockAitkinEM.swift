import Foundation

/// Marginal maximum likelihood item calibration by Bock–Aitkin EM (one ability dimension, θ ~ N(0, 1)
/// on a fixed grid, missing answers = not presented), optionally accelerated by SQUAREM (Varadhan &
/// Roland 2008, scheme S3) with a monotonicity safeguard, so it reaches the same fixed point as plain EM.
public struct BockAitkinEM: Sendable {
    /// The settings.
    public var settings: CalibrationSettings

    /// Creates a fitter.
    public init(settings: CalibrationSettings = CalibrationSettings()) {
        self.settings = settings
    }

    /// The kernel for a model with `categoryCount` categories.
    static func kernel(for model: CalibrationModel, categoryCount: Int, prior: GuessingPrior) -> any CalibrationKernel {
        switch model {
        case .twoPL: GradedKernel(categoryCount: 2)
        case .threePL: GuessingKernel(prior: prior)
        case .graded: GradedKernel(categoryCount: categoryCount)
        case .partialCredit: PartialCreditKernel(categoryCount: categoryCount)
        }
    }

    /// Fits `model` to `responses`. Items nobody answered or with an unused category are listed as
    /// excluded and their answers left out; everything else is estimated.
    public func fit(_ responses: ResponseMatrix, model: CalibrationModel) -> CalibrationResult {
        let kernel = Self.kernel(for: model, categoryCount: responses.categoryCount, prior: settings.guessingPrior)
        return fit(responses, model: model, kernel: kernel)
    }

    /// Fits with `kernel`. `start` (every item's internal values) replaces the data-driven start;
    /// `fixed` items keep their start values and still inform every person's posterior (the
    /// operational items when pretest items are calibrated, or items with too few answers);
    /// `itemCategories` gives each item's own category count when it is below the matrix's.
    func fit(
        _ responses: ResponseMatrix, model: CalibrationModel, kernel: some CalibrationKernel, start given: [Double]? = nil,
        fixed: Set<Int> = [], itemCategories: [Int]? = nil
    ) -> CalibrationResult {
        let counts = responses.categoryCounts
        var exclusions = [Int: CalibrationExclusion]()
        for item in 0..<responses.itemCount {
            let own = counts[item].prefix(itemCategories?[item] ?? responses.categoryCount)
            if fixed.contains(item) {
                exclusions[item] = .heldFixed
            } else if own.allSatisfy({ $0 == 0 }) {
                exclusions[item] = .noAnswers
            } else if let unused = own.firstIndex(of: 0) {
                exclusions[item] = .unusedCategory(unused)
            }
        }
        let data = responses.removingItems(Set(exclusions.filter { $0.value != .heldFixed }.keys))
        let active = (0..<responses.itemCount).filter { exclusions[$0] == nil }
        let perItem = kernel.parameterCount
        var start = [Double]()
        if let given, given.count == responses.itemCount * perItem {
            start = given
        } else {
            for item in 0..<responses.itemCount { start += kernel.startValues(categoryCounts: counts[item]) }
        }
        let expectation = ExpectationStep(responses: data, nodes: settings.nodes, logWeights: settings.logWeights)
        let run = SpinningTeam.with { team in
            iterate(from: start, kernel: kernel, expectation: expectation, active: active, team: team)
        }
        var maximumScore = 0.0
        run.counts.values.withUnsafeBufferPointer { values in
            guard let base = values.baseAddress else { return }
            let block = kernel.categoryCount * settings.nodes.count
            for item in active {
                let gradient = kernel.gradient(
                    Array(run.parameters[(item * perItem)..<((item + 1) * perItem)]),
                    counts: base + item * block, nodes: settings.nodes)
                for value in gradient { maximumScore = max(maximumScore, abs(value)) }
            }
        }
        let items = (0..<responses.itemCount).map { item in
            var estimate =
                exclusions[item] == nil
                ? kernel.reported(Array(run.parameters[(item * perItem)..<((item + 1) * perItem)])).values : nil
            var exclusion = exclusions[item]
            if let values = estimate?.flattened, !values.allSatisfy(\.isFinite) {
                estimate = nil
                exclusion = .notFinite
            }
            return CalibratedItem(
                index: item, answerCount: counts[item].reduce(0, +), estimate: estimate,
                standardErrors: nil, exclusion: exclusion)
        }
        var people = 0
        for person in 0..<data.personCount where data.rowStart[person + 1] > data.rowStart[person] { people += 1 }
        return CalibrationResult(
            model: model, items: items, logLikelihood: run.counts.logLikelihood, cycles: run.cycles,
            expectationSteps: run.expectationSteps, converged: run.converged, maximumAbsoluteScore: maximumScore,
            personCount: people, internalParameters: run.parameters)
    }

    /// The state EM ends in: the parameters the last E-step used and that E-step's counts.
    struct Run {
        var parameters: [Double]
        var counts: ExpectedCounts
        var cycles: Int
        var expectationSteps: Int
        var converged: Bool
    }

    /// EM (with SQUAREM) from `start` until no reported parameter moves by the tolerance in a cycle; the
    /// E- and M-steps run on `team`.
    func iterate(
        from start: [Double], kernel: some CalibrationKernel, expectation: ExpectationStep, active: [Int],
        team: SpinningTeam
    ) -> Run {
        var cycles = 0
        var expectationSteps = 0
        func expect(_ parameters: [Double]) -> ExpectedCounts {
            expectationSteps += 1
            return expectation.run(kernel: kernel, parameters: parameters, team: team)
        }
        func maximize(_ parameters: [Double], _ counts: ExpectedCounts) -> [Double] {
            cycles += 1
            return mStep(parameters, counts: counts, kernel: kernel, active: active, team: team)
        }
        var current = start
        var currentCounts = expect(current)
        var stepLimit = 16.0
        while cycles < settings.maximumCycles {
            let first = maximize(current, currentCounts)
            if change(current, first, kernel: kernel, active: active) < settings.tolerance {
                return Run(
                    parameters: current, counts: currentCounts, cycles: cycles, expectationSteps: expectationSteps,
                    converged: true)
            }
            let firstCounts = expect(first)
            guard settings.accelerate, cycles < settings.maximumCycles else {
                current = first
                currentCounts = firstCounts
                continue
            }
            let second = maximize(first, firstCounts)
            if change(first, second, kernel: kernel, active: active) < settings.tolerance {
                return Run(
                    parameters: first, counts: firstCounts, cycles: cycles, expectationSteps: expectationSteps, converged: true)
            }
            // SQUAREM S3: r = F(x) − x, v = F(F(x)) − 2F(x) + x, α = −‖r‖/‖v‖ ≤ −1,
            // x′ = x − 2αr + α²v; fall back to F(F(x)) if x′ is infeasible or lowers log L.
            var rNorm = 0.0
            var vNorm = 0.0
            for index in current.indices {
                let r = first[index] - current[index]
                let v = second[index] - 2 * first[index] + current[index]
                rNorm += r * r
                vNorm += v * v
            }
            var alpha = vNorm > 0 ? -(rNorm / vNorm).squareRoot() : -1
            alpha = min(-1, max(alpha, -stepLimit))
            var extrapolated = current
            if alpha < -1 {
                for index in current.indices {
                    let r = first[index] - current[index]
                    let v = second[index] - 2 * first[index] + current[index]
                    extrapolated[index] = current[index] - 2 * alpha * r + alpha * alpha * v
                }
                let feasible = active.allSatisfy { item in
                    let slice = extrapolated[(item * kernel.parameterCount)..<((item + 1) * kernel.parameterCount)]
                    return kernel.isFeasible(slice) && slice[slice.startIndex] > 0
                }
                if feasible {
                    let extrapolatedCounts = expect(extrapolated)
                    if extrapolatedCounts.logLikelihood >= currentCounts.logLikelihood {
                        if alpha == -stepLimit { stepLimit *= 4 }
                        current = extrapolated
                        currentCounts = extrapolatedCounts
                        continue
                    }
                }
                stepLimit = max(1, stepLimit / 4)
            }
            current = second
            currentCounts = expect(second)
        }
        return Run(
            parameters: current, counts: currentCounts, cycles: cycles, expectationSteps: expectationSteps, converged: false)
    }

    /// The M-step for every fitted item, one task per item on `team` (each item's result depends only on
    /// its counts).
    func mStep(
        _ parameters: [Double], counts: ExpectedCounts, kernel: some CalibrationKernel, active: [Int], team: SpinningTeam
    ) -> [Double] {
        let perItem = kernel.parameterCount
        let block = kernel.categoryCount * settings.nodes.count
        let nodes = settings.nodes
        let values = counts.values
        let updated = team.map(count: active.count) { position in
            let item = active[position]
            let start = Array(parameters[(item * perItem)..<((item + 1) * perItem)])
            return values.withUnsafeBufferPointer { buffer -> [Double] in
                guard let base = buffer.baseAddress else { return start }
                return kernel.maximize(from: start, counts: base + item * block, nodes: nodes)
            }
        }
        var next = parameters
        for (position, item) in active.enumerated() {
            for u in 0..<perItem { next[item * perItem + u] = updated[position][u] }
        }
        return next
    }

    /// The largest change of any reported parameter (a, b's, c) of a fitted item.
    func change(_ old: [Double], _ new: [Double], kernel: some CalibrationKernel, active: [Int]) -> Double {
        let perItem = kernel.parameterCount
        var largest = 0.0
        for item in active {
            let before = kernel.reported(Array(old[(item * perItem)..<((item + 1) * perItem)])).values.flattened
            let after = kernel.reported(Array(new[(item * perItem)..<((item + 1) * perItem)])).values.flattened
            for index in before.indices {
                let difference = abs(after[index] - before[index])
                largest = difference.isNaN ? .infinity : max(largest, difference)
            }
        }
        return largest
    }
}
