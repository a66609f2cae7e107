import Foundation

/// The 3PL, P = c + (1 − c) σ(aθ + d), with c = σ(γ) and a Beta(α, β) prior on c (a posterior mode in
/// c, so the guessing parameter stays inside (0, 1) on sparse items). Internal parameters: [a, d, γ];
/// reported b = −d / a. The M-step is Fisher scoring with step halving on the penalized objective.
struct GuessingKernel: CalibrationKernel {
    /// Beta prior on c.
    let prior: GuessingPrior
    var categoryCount: Int { 2 }
    var parameterCount: Int { 3 }

    func startValues(categoryCounts: [Int]) -> [Double] {
        let c = prior.mode
        let total = max(1, categoryCounts.reduce(0, +))
        let share = Double(categoryCounts[1]) / Double(total)
        let above = min(0.99, max(0.01, (share - c) / (1 - c)))
        return [1, log(above / (1 - above)), log(c / (1 - c))]
    }

    func logProbabilities(_ parameters: ArraySlice<Double>, nodes: [Double], into output: UnsafeMutablePointer<Double>) {
        let base = parameters.startIndex
        let (a, d, gamma) = (parameters[base], parameters[base + 1], parameters[base + 2])
        let logOneMinusC = logSigmoid(-gamma)
        for q in nodes.indices {
            let z = a * nodes[q] + d
            let logWrong = logOneMinusC + logSigmoid(-z)
            output[q] = logWrong
            // log(c + (1 − c)σ(z)) = log(1 − (1 − c)(1 − σ(z))), computed from log(1 − P).
            output[nodes.count + q] = logWrong > -0.6931 ? log(-expm1(logWrong)) : log1p(-exp(logWrong))
        }
    }

    func linearForm(
        _ parameters: ArraySlice<Double>, nodes: [Double], slopes: UnsafeMutablePointer<Double>,
        intercepts: UnsafeMutablePointer<Double>, normalizer: UnsafeMutablePointer<Double>
    ) -> Bool { false }

    func isFeasible(_ parameters: ArraySlice<Double>) -> Bool { parameters.allSatisfy(\.isFinite) }

    /// ∂P/∂(a, d, γ) at one node, with P and 1 − P.
    @inline(__always)
    private func probabilityDerivatives(_ parameters: [Double], theta: Double) -> (
        p: Double, q: Double, d: (Double, Double, Double)
    ) {
        let c = logistic(parameters[2])
        let s = logistic(parameters[0] * theta + parameters[1])
        let p = c + (1 - c) * s
        let wrong = (1 - c) * (1 - s)
        let slope = (1 - c) * s * (1 - s)
        return (p, wrong, (slope * theta, slope, (1 - s) * c * (1 - c)))
    }

    /// The prior's log density at the item's c.
    func priorLogDensity(_ parameters: [Double]) -> Double { prior.logDensity(logitC: parameters[2]) }

    /// Gradient and expected (Fisher) information of the penalized objective (Fisher scoring).
    func ascent(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double]) -> (
        gradient: [Double], curvature: [Double]
    ) {
        var gradient = [0.0, 0.0, 0.0]
        var information = [Double](repeating: 0, count: 9)
        let nodeCount = nodes.count
        for q in 0..<nodeCount {
            let right = counts[nodeCount + q]
            let total = counts[q] + right
            if total == 0 { continue }
            let (p, wrong, d) = probabilityDerivatives(parameters, theta: nodes[q])
            let variance = max(p * wrong, 1e-300)
            let derivative = [d.0, d.1, d.2]
            let residual = (right - total * p) / variance
            for u in 0..<3 {
                gradient[u] += residual * derivative[u]
                for v in 0..<3 { information[u * 3 + v] += total * derivative[u] * derivative[v] / variance }
            }
        }
        gradient[2] += prior.logDensityDerivative(logitC: parameters[2])
        information[8] += prior.information(logitC: parameters[2])
        return (gradient, information)
    }

    func logProbabilityDerivatives(_ parameters: [Double], nodes: [Double]) -> [Double] {
        let nodeCount = nodes.count
        var output = [Double](repeating: 0, count: 2 * 3 * nodeCount)
        for q in 0..<nodeCount {
            let (p, wrong, d) = probabilityDerivatives(parameters, theta: nodes[q])
            let derivative = [d.0, d.1, d.2]
            for u in 0..<3 {
                output[u * nodeCount + q] = -derivative[u] / max(wrong, 1e-300)
                output[(3 + u) * nodeCount + q] = derivative[u] / max(p, 1e-300)
            }
        }
        return output
    }

    func priorInformation(_ parameters: [Double]) -> [Double] {
        var block = [Double](repeating: 0, count: 9)
        block[8] = prior.information(logitC: parameters[2])
        return block
    }

    func reported(_ parameters: [Double]) -> (values: ReportedItemParameters, jacobian: [Double]) {
        let a = parameters[0]
        let c = logistic(parameters[2])
        let jacobian = [
            1, 0, 0,
            parameters[1] / (a * a), -1 / a, 0,
            0, 0, c * (1 - c),
        ]
        return (ReportedItemParameters(a: a, b: [-parameters[1] / a], c: c), jacobian)
    }
}

/// A Beta(α, β) prior on the 3PL lower asymptote c, used as a penalty in logit c (no Jacobian, so the
/// estimate is the posterior mode in c).
public struct GuessingPrior: Sendable, Hashable, Codable {
    /// Beta shape α (> 1 keeps c away from 0).
    public var alpha: Double
    /// Beta shape β (> 1 keeps c away from 1).
    public var beta: Double

    /// Creates the prior.
    public init(alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
    }

    /// Beta(5, 17): mode 0.2, about the chance rate of a five-option item, and weak (22 pseudo-answers).
    public static let standard = GuessingPrior(alpha: 5, beta: 17)

    /// The mode (α − 1) / (α + β − 2).
    public var mode: Double { (alpha - 1) / (alpha + beta - 2) }

    /// (α − 1) log c + (β − 1) log(1 − c).
    func logDensity(logitC gamma: Double) -> Double {
        (alpha - 1) * logSigmoid(gamma) + (beta - 1) * logSigmoid(-gamma)
    }

    /// d/dγ of the log density: (α − 1)(1 − c) − (β − 1)c.
    func logDensityDerivative(logitC gamma: Double) -> Double {
        let c = logistic(gamma)
        return (alpha - 1) * (1 - c) - (beta - 1) * c
    }

    /// −d²/dγ² of the log density: (α + β − 2) c (1 − c).
    func information(logitC gamma: Double) -> Double {
        let c = logistic(gamma)
        return (alpha + beta - 2) * c * (1 - c)
    }
}
