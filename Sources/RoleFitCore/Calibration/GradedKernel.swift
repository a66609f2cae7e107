import Foundation

/// Samejima's graded response model in slope–intercept form (the 2PL is the case K = 2):
/// P*_k = σ(aθ + d_k), d₁ > d₂ > …, P_k = P*_k − P*_{k+1}; reported b_k = −d_k / a.
/// Internal parameters: [a, d₁, …, d_{K−1}].
struct GradedKernel: CalibrationKernel {
    let categoryCount: Int
    var parameterCount: Int { categoryCount }

    func startValues(categoryCounts: [Int]) -> [Double] {
        let total = max(1, categoryCounts.reduce(0, +))
        var values = [1.0]
        for k in 1..<categoryCount {
            let atLeast = categoryCounts[k...].reduce(0, +)
            let share = min(0.99, max(0.01, Double(atLeast) / Double(total)))
            values.append(log(share / (1 - share)))
        }
        if categoryCount > 2 {
            for k in 2..<categoryCount { values[k] = min(values[k], values[k - 1] - 1e-3) }
        }
        return values
    }

    func logProbabilities(_ parameters: ArraySlice<Double>, nodes: [Double], into output: UnsafeMutablePointer<Double>) {
        let a = parameters[parameters.startIndex]
        let base = parameters.startIndex
        let nodeCount = nodes.count
        let last = categoryCount - 1
        if categoryCount == 2 {
            // log σ(−z) and log σ(z) from one exp and one log1p: softplus(z) = z + softplus(−z).
            let d = parameters[base + 1]
            for q in 0..<nodeCount {
                let z = a * nodes[q] + d
                let small = log1p(exp(-abs(z)))
                output[q] = z > 0 ? -(z + small) : -small
                output[nodeCount + q] = z > 0 ? -small : -(small - z)
            }
            return
        }
        for q in 0..<nodeCount {
            let x = nodes[q]
            output[q] = logSigmoid(-(a * x + parameters[base + 1]))
            output[last * nodeCount + q] = logSigmoid(a * x + parameters[base + last])
            if last >= 2 {
                for k in 1..<last {
                    let zk = a * x + parameters[base + k]
                    let zNext = a * x + parameters[base + k + 1]
                    output[k * nodeCount + q] = logSigmoid(zk) + logSigmoid(-zNext) + log(-expm1(zNext - zk))
                }
            }
        }
    }

    func linearForm(
        _ parameters: ArraySlice<Double>, nodes: [Double], slopes: UnsafeMutablePointer<Double>,
        intercepts: UnsafeMutablePointer<Double>, normalizer: UnsafeMutablePointer<Double>
    ) -> Bool {
        guard categoryCount == 2 else { return false }
        let a = parameters[parameters.startIndex]
        let d = parameters[parameters.startIndex + 1]
        slopes[0] = 0
        slopes[1] = a
        intercepts[0] = 0
        intercepts[1] = d
        for q in nodes.indices { normalizer[q] = softplus(a * nodes[q] + d) }
        return true
    }

    func isFeasible(_ parameters: ArraySlice<Double>) -> Bool {
        let base = parameters.startIndex
        guard parameters.allSatisfy(\.isFinite) else { return false }
        for k in 1..<max(1, categoryCount - 1) where !(parameters[base + k + 1] < parameters[base + k]) { return false }
        return true
    }

    /// Gradient and −Hessian of Q (the reference's exact formulas in W = P*(1 − P*), W′ = W(1 − 2P*)).
    func ascent(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double]) -> (
        gradient: [Double], curvature: [Double]
    ) {
        let n = parameterCount
        let categories = categoryCount
        var gradient = [Double](repeating: 0, count: n)
        var hessian = [Double](repeating: 0, count: n * n)
        var star = [Double](repeating: 0, count: categories + 1)
        var w = [Double](repeating: 0, count: categories + 1)
        var w1 = [Double](repeating: 0, count: categories + 1)
        var d1 = [Double](repeating: 0, count: n)
        let a = parameters[0]
        let nodeCount = nodes.count
        for q in 0..<nodeCount {
            let x = nodes[q]
            star[0] = 1
            star[categories] = 0
            w[0] = 0
            w1[0] = 0
            w[categories] = 0
            w1[categories] = 0
            for k in 1..<categories {
                let s = 0.5 * (1 + tanh(0.5 * (a * x + parameters[k])))
                star[k] = s
                w[k] = s * (1 - s)
                w1[k] = w[k] * (1 - 2 * s)
            }
            for k in 0..<categories {
                let r = counts[k * nodeCount + q]
                if r == 0 { continue }
                let p = max(star[k] - star[k + 1], 1e-300)
                let t = r / p
                for u in 0..<n { d1[u] = 0 }
                d1[0] = x * (w[k] - w[k + 1])
                if k >= 1 { d1[k] = w[k] }
                if k + 1 <= categories - 1 { d1[k + 1] = -w[k + 1] }
                for u in 0..<n { gradient[u] += t * d1[u] }
                // Second derivatives of p_k.
                hessian[0] += t * x * x * (w1[k] - w1[k + 1])
                if k >= 1 {
                    hessian[k * n + k] += t * w1[k]
                    hessian[k] += t * x * w1[k]
                    hessian[k * n] += t * x * w1[k]
                }
                if k + 1 <= categories - 1 {
                    hessian[(k + 1) * n + k + 1] -= t * w1[k + 1]
                    hessian[k + 1] -= t * x * w1[k + 1]
                    hessian[(k + 1) * n] -= t * x * w1[k + 1]
                }
                let tp = t / p
                for u in 0..<n where d1[u] != 0 {
                    for v in 0..<n where d1[v] != 0 { hessian[u * n + v] -= tp * d1[u] * d1[v] }
                }
            }
        }
        return (gradient, hessian.map { -$0 })
    }

    func logProbabilityDerivatives(_ parameters: [Double], nodes: [Double]) -> [Double] {
        let n = parameterCount
        let nodeCount = nodes.count
        let categories = categoryCount
        var output = [Double](repeating: 0, count: categories * n * nodeCount)
        var star = [Double](repeating: 0, count: categories + 1)
        for q in 0..<nodeCount {
            let x = nodes[q]
            star[0] = 1
            star[categories] = 0
            for k in 1..<categories { star[k] = logistic(parameters[0] * x + parameters[k]) }
            for k in 0..<categories {
                let p = max(star[k] - star[k + 1], 1e-300)
                let upper = star[k] * (1 - star[k])
                let lower = star[k + 1] * (1 - star[k + 1])
                output[(k * n) * nodeCount + q] = x * (upper - lower) / p
                if k >= 1 { output[(k * n + k) * nodeCount + q] = upper / p }
                if k + 1 <= categories - 1 { output[(k * n + k + 1) * nodeCount + q] = -lower / p }
            }
        }
        return output
    }

    func reported(_ parameters: [Double]) -> (values: ReportedItemParameters, jacobian: [Double]) {
        let a = parameters[0]
        let n = parameterCount
        var jacobian = [Double](repeating: 0, count: n * n)
        jacobian[0] = 1
        for k in 1..<n {
            // b_k = −d_k / a: ∂b_k/∂a = d_k / a², ∂b_k/∂d_k = −1 / a.
            jacobian[k * n] = parameters[k] / (a * a)
            jacobian[k * n + k] = -1 / a
        }
        return (ReportedItemParameters(a: a, b: (1..<n).map { -parameters[$0] / a }), jacobian)
    }
}

/// log σ(z) = −log(1 + e^{−z}), stable in both tails.
@inline(__always)
func logSigmoid(_ z: Double) -> Double {
    -softplus(-z)
}
