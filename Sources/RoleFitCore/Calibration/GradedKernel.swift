import Foundation

/// Samejima's graded response model in slope–intercept form (the 2PL is the case K = 2):
/// P*_k = σ(aθ + d_k), d₁ > d₂ > …, P_k = P*_k − P*_{k+1}; reported b_k = −d_k / a.
/// Internal parameters: [a, d₁, …, d_{K−1}].
struct GradedKernel: CalibrationKernel {
    let categoryCount: Int
    var parameterCount: Int { categoryCount }
    /// Q is concave in (a, d) for the logistic cumulative model (Pratt 1981).
    var isConcave: Bool { true }
    /// Each P_k is the probability of an interval under a shifted logistic, log-concave in θ (Prékopa).
    var hasLogConcaveProbabilities: Bool { true }

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

    /// P*_k from one exp each; the middle categories as P*_k (1 − P*_{k+1}) (1 − e^{z_{k+1} − z_k}), which keeps
    /// its relative accuracy where P*_k and P*_{k+1} are close.
    func probabilities(_ parameters: ArraySlice<Double>, nodes: [Double], into output: UnsafeMutablePointer<Double>) {
        let base = parameters.startIndex
        let a = parameters[base]
        let nodeCount = nodes.count
        let last = categoryCount - 1
        for q in 0..<nodeCount {
            let x = nodes[q]
            var upper = 1.0  // P*_k of the category below
            var upperZ = 0.0
            for k in 1...last {
                let z = a * x + parameters[base + k]
                let e = exp(-abs(z))
                let inverse = 1 / (1 + e)
                let star = z > 0 ? inverse : e * inverse
                let complement = z > 0 ? e * inverse : inverse
                output[(k - 1) * nodeCount + q] = k == 1 ? complement : upper * complement * -expm1(z - upperZ)
                if k == last { output[k * nodeCount + q] = star }
                upper = star
                upperZ = z
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

    /// Gradient and −Hessian of Q (from the fused pass).
    func ascent(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double]) -> (
        gradient: [Double], curvature: [Double]
    ) {
        let evaluation = evaluate(parameters, counts: counts, nodes: nodes, withValue: false)
        return (evaluation.gradient, evaluation.curvature)
    }

    /// Q, its gradient and −Hessian in one pass over the nodes: one exp and one log1p per threshold give
    /// P*_k, 1 − P*_k and their logs; log P_k = log P*_k + log(1 − P*_{k+1}) + log(1 − e^{z_{k+1} − z_k})
    /// for the middle categories (as `logProbabilities`, so Q is the same number); the derivatives are the
    /// reference's exact formulas in W = P*(1 − P*), W′ = W(1 − 2P*).
    func evaluate(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double], withValue: Bool)
        -> KernelEvaluation
    {
        let n = parameterCount
        let categories = categoryCount
        let nodeCount = nodes.count
        let a = parameters[0]
        var gradient = [Double](repeating: 0, count: n)
        var hessian = [Double](repeating: 0, count: n * n)
        var value = 0.0
        // Scratch per node: P*_k, 1 − P*_k, log P*_k, log(1 − P*_k), z_k, W_k, W′_k for k = 0…K (P*_0 = 1,
        // P*_K = 0); then log P_k per category and node, summed category by category as `objective` sums.
        let stride = categories + 1
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 7 * stride + categories * nodeCount) { scratch in
            guard let base = scratch.baseAddress else { return }
            let star = base
            let complement = base + stride
            let logStar = base + 2 * stride
            let logComplement = base + 3 * stride
            let z = base + 4 * stride
            let w = base + 5 * stride
            let w1 = base + 6 * stride
            let logP = base + 7 * stride
            star[0] = 1
            complement[0] = 0
            star[categories] = 0
            complement[categories] = 1
            w[0] = 0
            w1[0] = 0
            w[categories] = 0
            w1[categories] = 0
            for q in 0..<nodeCount {
                let x = nodes[q]
                for k in 1..<categories {
                    let zk = a * x + parameters[k]
                    let e = exp(-abs(zk))
                    let inverse = 1 / (1 + e)
                    z[k] = zk
                    star[k] = zk > 0 ? inverse : e * inverse
                    complement[k] = zk > 0 ? e * inverse : inverse
                    if withValue {
                        let small = log1p(e)
                        logStar[k] = zk > 0 ? -small : -(small - zk)
                        logComplement[k] = zk > 0 ? -(zk + small) : -small
                    }
                    w[k] = star[k] * complement[k]
                    w1[k] = w[k] * (complement[k] - star[k])
                }
                for k in 0..<categories {
                    if withValue {
                        if k == 0 {
                            logP[q] = logComplement[1]
                        } else if k == categories - 1 {
                            logP[k * nodeCount + q] = logStar[k]
                        } else {
                            logP[k * nodeCount + q] = logStar[k] + logComplement[k + 1] + log(-expm1(z[k + 1] - z[k]))
                        }
                    }
                    let r = counts[k * nodeCount + q]
                    if r == 0 { continue }
                    let p = max(star[k] - star[k + 1], 1e-300)
                    let t = r / p
                    let tp = t / p
                    // ∂p_k: along a x·(W_k − W_{k+1}), along d_k W_k, along d_{k+1} −W_{k+1}.
                    let alongA = x * (w[k] - w[k + 1])
                    gradient[0] += t * alongA
                    hessian[0] += t * x * x * (w1[k] - w1[k + 1]) - tp * alongA * alongA
                    if k >= 1 {
                        let alongD = w[k]
                        gradient[k] += t * alongD
                        let cross = t * x * w1[k] - tp * alongA * alongD
                        hessian[k] += cross
                        hessian[k * n] += cross
                        hessian[k * n + k] += t * w1[k] - tp * alongD * alongD
                    }
                    if k + 1 <= categories - 1 {
                        let alongNext = -w[k + 1]
                        gradient[k + 1] += t * alongNext
                        let cross = -t * x * w1[k + 1] - tp * alongA * alongNext
                        hessian[k + 1] += cross
                        hessian[(k + 1) * n] += cross
                        hessian[(k + 1) * n + k + 1] += -t * w1[k + 1] - tp * alongNext * alongNext
                        if k >= 1 {
                            let mixed = -tp * w[k] * alongNext
                            hessian[k * n + k + 1] += mixed
                            hessian[(k + 1) * n + k] += mixed
                        }
                    }
                }
            }
            if withValue {
                for index in 0..<(categories * nodeCount) where counts[index] > 0 { value += counts[index] * logP[index] }
            }
        }
        return KernelEvaluation(value: withValue ? value : nil, gradient: gradient, curvature: hessian.map { -$0 })
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
