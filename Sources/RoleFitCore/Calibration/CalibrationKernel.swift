import Foundation

/// One item model's part of Bock–Aitkin EM: start values, log-probabilities on the grid, the M-step
/// for one item from its expected counts, the score, and conversion to reported parameters.
/// Parameters are the model's internal (slope–intercept) vector; counts are `r[k * nodeCount + q]`.
protocol CalibrationKernel: Sendable {
    /// Internal parameters per item.
    var parameterCount: Int { get }
    /// Response categories per item.
    var categoryCount: Int { get }
    /// Start values from how often each category was chosen.
    func startValues(categoryCounts: [Int]) -> [Double]
    /// log P(k | θ_q) for every category and node, written to `output[k * nodes.count + q]`.
    func logProbabilities(_ parameters: ArraySlice<Double>, nodes: [Double], into output: UnsafeMutablePointer<Double>)
    /// P(k | θ_q) for every category and node, laid out as `logProbabilities`, accurate relative to each value.
    func probabilities(_ parameters: ArraySlice<Double>, nodes: [Double], into output: UnsafeMutablePointer<Double>)
    /// For divide-by-total models: log P(k | θ) = slope_k θ + intercept_k − normalizer(θ); false otherwise.
    func linearForm(
        _ parameters: ArraySlice<Double>, nodes: [Double], slopes: UnsafeMutablePointer<Double>,
        intercepts: UnsafeMutablePointer<Double>, normalizer: UnsafeMutablePointer<Double>
    ) -> Bool
    /// The gradient of the expected complete-data log-likelihood (plus prior) and a positive definite
    /// curvature for the ascent step (−Hessian for Newton, the expected information for scoring).
    func ascent(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double]) -> (
        gradient: [Double], curvature: [Double]
    )
    /// The gradient and ascent curvature at `parameters` and, when `withValue`, Q (plus prior), in one pass
    /// where the model can share the work (the M-step evaluates every trial point this way).
    func evaluate(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double], withValue: Bool)
        -> KernelEvaluation
    /// Whether Q is concave in the internal parameters (so a small full Newton step goes uphill unchecked).
    var isConcave: Bool { get }
    /// Whether every P(k | θ) is log-concave in θ, so each person's posterior (times the normal prior) has
    /// one mode and falls away from it on both sides.
    var hasLogConcaveProbabilities: Bool { get }
    /// The prior's log density (0 without a prior).
    func priorLogDensity(_ parameters: [Double]) -> Double
    /// ∂ log P(k | θ_q) / ∂ parameter u, as `output[(k * parameterCount + u) * nodes.count + q]`.
    func logProbabilityDerivatives(_ parameters: [Double], nodes: [Double]) -> [Double]
    /// The prior's contribution to the information (a parameterCount² block, row-major), zero if none.
    func priorInformation(_ parameters: [Double]) -> [Double]
    /// Whether the parameters define a valid item (finite, ordered where the model needs it).
    func isFeasible(_ parameters: ArraySlice<Double>) -> Bool
    /// The reported parameters (a, b-type values, c) and the Jacobian ∂reported/∂internal (row-major).
    func reported(_ parameters: [Double]) -> (values: ReportedItemParameters, jacobian: [Double])
}

extension CalibrationKernel {
    /// No prior by default.
    func priorLogDensity(_ parameters: [Double]) -> Double { 0 }

    /// No prior information by default.
    func priorInformation(_ parameters: [Double]) -> [Double] {
        [Double](repeating: 0, count: parameterCount * parameterCount)
    }

    /// Q = Σ_q Σ_k r_kq log P_k(θ_q) over positive r, plus the prior.
    func objective(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double]) -> Double {
        let size = categoryCount * nodes.count
        let likelihood = withUnsafeTemporaryAllocation(of: Double.self, capacity: size) { logs -> Double in
            guard let output = logs.baseAddress else { return -.infinity }
            logProbabilities(parameters[...], nodes: nodes, into: output)
            var sum = 0.0
            for index in 0..<size where counts[index] > 0 { sum += counts[index] * output[index] }
            return sum
        }
        return likelihood + priorLogDensity(parameters)
    }

    /// e^(log P) for models with no direct form.
    func probabilities(_ parameters: ArraySlice<Double>, nodes: [Double], into output: UnsafeMutablePointer<Double>) {
        let size = categoryCount * nodes.count
        logProbabilities(parameters, nodes: nodes, into: output)
        for index in 0..<size { output[index] = exp(output[index]) }
    }

    /// Q and the ascent direction's ingredients from `objective` and `ascent` (models with no fused pass).
    func evaluate(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double], withValue: Bool)
        -> KernelEvaluation
    {
        let (gradient, curvature) = ascent(parameters, counts: counts, nodes: nodes)
        return KernelEvaluation(
            value: withValue ? objective(parameters, counts: counts, nodes: nodes) : nil, gradient: gradient,
            curvature: curvature)
    }

    /// Not known to be concave unless the model says so.
    var isConcave: Bool { false }

    /// Not known to be log-concave unless the model says so.
    var hasLogConcaveProbabilities: Bool { false }

    /// The M-step from `start` by damped Newton (or scoring) steps on Q (plus prior): to the maximum in
    /// general; one safeguarded Newton step on a concave Q (the EM gradient algorithm, Lange 1995: the same
    /// fixed point, where the marginal score is zero, and locally the same rate as EM, at a fraction of
    /// the cost; Q still never decreases, so the likelihood does not either).
    func maximize(from start: [Double], counts: UnsafePointer<Double>, nodes: [Double]) -> [Double] {
        DampedNewton.maximize(
            from: start, concave: isConcave, iterations: isConcave ? 1 : DampedNewton.maximumIterations,
            feasible: { isFeasible($0[...]) },
            evaluate: { evaluate($0, counts: counts, nodes: nodes, withValue: $1) }
        )
    }

    /// The gradient of Q (plus prior) at `parameters`: the score, by Fisher's identity, after an E-step there.
    func gradient(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double]) -> [Double] {
        ascent(parameters, counts: counts, nodes: nodes).gradient
    }
}

/// One item's M-step objective at a point with what its next Newton (or scoring) step needs.
struct KernelEvaluation {
    /// Q (plus the prior's log density), when asked for.
    var value: Double?
    /// ∂Q/∂parameter.
    var gradient: [Double]
    /// A positive definite curvature (−Hessian or expected information), row-major.
    var curvature: [Double]
}

/// An item's parameters in the reporting convention: P uses a(θ − b) with D = 1.
public struct ReportedItemParameters: Sendable, Hashable, Codable {
    /// Discrimination.
    public var a: Double
    /// b (2PL/3PL), thresholds b₁…b_m (GRM) or steps b₁…b_m (GPCM).
    public var b: [Double]
    /// Lower asymptote (3PL only).
    public var c: Double?

    /// Creates the values.
    public init(a: Double, b: [Double], c: Double? = nil) {
        self.a = a
        self.b = b
        self.c = c
    }

    /// The values in CSV order: a, b…, then c if present.
    public var flattened: [Double] { [a] + b + (c.map { [$0] } ?? []) }
}

/// Step-halving Newton shared by the kernels: a Newton (or scoring) step from the curvature and gradient, halved up to
/// 40 times until the objective does not decrease and the point stays feasible; stops when a step is
/// below 1e-10 or after 100 iterations (the reference's M-step rule).
enum DampedNewton {
    /// The largest number of Newton iterations per M-step.
    static let maximumIterations = 100
    /// A step below this (largest component) ends the M-step.
    static let stepTolerance = 1e-10
    /// The most halvings of one step.
    static let maximumHalvings = 40

    /// A Newton step smaller than this (largest component) on a concave objective is taken without
    /// evaluating the objective: near the maximum the quadratic model holds and every such step goes uphill.
    static let uncheckedStep = 1e-3

    /// Maximizes from `start` (at most `iterations` Newton steps): `evaluate(x, withValue)` gives the gradient and curvature whose Newton step
    /// is tried next and, when asked, the objective at x, so an accepted trial point's evaluation also gives
    /// the next direction. On a `concave` objective small steps are taken unchecked (no objective needed).
    static func maximize(
        from start: [Double],
        concave: Bool,
        iterations: Int = maximumIterations,
        feasible: ([Double]) -> Bool,
        evaluate: ([Double], Bool) -> KernelEvaluation
    ) -> [Double] {
        var current = start
        var evaluation = evaluate(current, !concave)
        for iteration in 0..<iterations {
            guard let step = solve(evaluation.curvature, evaluation.gradient) else { break }
            var largest = 0.0
            for u in step.indices { largest = max(largest, abs(step[u])) }
            var trial = current
            for u in current.indices { trial[u] = current[u] + step[u] }
            if concave && largest < uncheckedStep && feasible(trial) {
                current = trial
                if largest < stepTolerance || iteration == iterations - 1 { break }
                evaluation = evaluate(current, false)
                continue
            }
            guard let currentValue = evaluation.value ?? evaluate(current, true).value else { break }
            var scale = 1.0
            var accepted = false
            for _ in 0..<maximumHalvings {
                for u in current.indices { trial[u] = current[u] + scale * step[u] }
                if feasible(trial) {
                    let trialEvaluation = evaluate(trial, true)
                    if let trialValue = trialEvaluation.value, trialValue >= currentValue - 1e-12 * abs(currentValue) {
                        accepted = true
                        evaluation = trialEvaluation
                        break
                    }
                }
                scale *= 0.5
            }
            guard accepted else { break }
            current = trial
            if largest * scale < stepTolerance { break }
        }
        return current
    }

    /// Solves matrix · x = rhs (n × n, row-major) by Gaussian elimination with partial pivoting.
    static func solve(_ matrix: [Double], _ rhs: [Double]) -> [Double]? {
        let n = rhs.count
        var m = matrix
        var x = rhs
        for column in 0..<n {
            var pivot = column
            for row in (column + 1)..<max(column + 1, n) where abs(m[row * n + column]) > abs(m[pivot * n + column]) {
                pivot = row
            }
            guard m[pivot * n + column] != 0, m[pivot * n + column].isFinite else { return nil }
            if pivot != column {
                for k in 0..<n { m.swapAt(pivot * n + k, column * n + k) }
                x.swapAt(pivot, column)
            }
            let diagonal = m[column * n + column]
            for row in (column + 1)..<max(column + 1, n) {
                let factor = m[row * n + column] / diagonal
                if factor == 0 { continue }
                for k in column..<n { m[row * n + k] -= factor * m[column * n + k] }
                x[row] -= factor * x[column]
            }
        }
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = x[row]
            for k in (row + 1)..<max(row + 1, n) { sum -= m[row * n + k] * x[k] }
            x[row] = sum / m[row * n + row]
        }
        return x.allSatisfy(\.isFinite) ? x : nil
    }
}
