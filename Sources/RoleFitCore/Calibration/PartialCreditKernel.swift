import Foundation

/// Muraki's generalized partial credit model in slope–intercept form: η_k = k·a·θ + δ_k (δ₀ = 0),
/// P_k = e^{η_k} / Σ_j e^{η_j}. Reported steps b_k = −(δ_k − δ_{k−1}) / a, so that
/// η_k − η_{k−1} = a(θ − b_k). Internal parameters: [a, δ₁, …, δ_m].
struct PartialCreditKernel: CalibrationKernel {
    let categoryCount: Int
    var parameterCount: Int { categoryCount }
    /// log P_k = k·aθ + δ_k − log Σ_m e^{m·aθ + δ_m}: linear minus convex, so concave in θ.
    var hasLogConcaveProbabilities: Bool { true }

    func startValues(categoryCounts: [Int]) -> [Double] {
        var values = [1.0]
        var delta = 0.0
        for k in 1..<categoryCount {
            delta += log((Double(categoryCounts[k]) + 0.5) / (Double(categoryCounts[k - 1]) + 0.5))
            values.append(delta)
        }
        return values
    }

    /// Fills `eta` with η_k at θ and returns log Σ e^{η_k}.
    @inline(__always)
    private func exponents(_ parameters: ArraySlice<Double>, theta: Double, eta: inout [Double]) -> Double {
        let base = parameters.startIndex
        let a = parameters[base]
        eta[0] = 0
        var top = 0.0
        for k in 1..<categoryCount {
            eta[k] = Double(k) * a * theta + parameters[base + k]
            top = max(top, eta[k])
        }
        var sum = 0.0
        for k in 0..<categoryCount { sum += exp(eta[k] - top) }
        return top + log(sum)
    }

    func logProbabilities(_ parameters: ArraySlice<Double>, nodes: [Double], into output: UnsafeMutablePointer<Double>) {
        var eta = [Double](repeating: 0, count: categoryCount)
        for q in nodes.indices {
            let normalizer = exponents(parameters, theta: nodes[q], eta: &eta)
            for k in 0..<categoryCount { output[k * nodes.count + q] = eta[k] - normalizer }
        }
    }

    func linearForm(
        _ parameters: ArraySlice<Double>, nodes: [Double], slopes: UnsafeMutablePointer<Double>,
        intercepts: UnsafeMutablePointer<Double>, normalizer: UnsafeMutablePointer<Double>
    ) -> Bool {
        let base = parameters.startIndex
        slopes[0] = 0
        intercepts[0] = 0
        for k in 1..<categoryCount {
            slopes[k] = Double(k) * parameters[base]
            intercepts[k] = parameters[base + k]
        }
        var eta = [Double](repeating: 0, count: categoryCount)
        for q in nodes.indices { normalizer[q] = exponents(parameters, theta: nodes[q], eta: &eta) }
        return true
    }

    func isFeasible(_ parameters: ArraySlice<Double>) -> Bool { parameters.allSatisfy(\.isFinite) }

    /// Gradient Σ_q (observed − expected) statistics and −Hessian Σ_q n_q Cov_q(kθ, e_k) (concave).
    func ascent(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double]) -> (
        gradient: [Double], curvature: [Double]
    ) {
        let n = parameterCount
        let nodeCount = nodes.count
        var gradient = [Double](repeating: 0, count: n)
        var hessian = [Double](repeating: 0, count: n * n)
        var eta = [Double](repeating: 0, count: categoryCount)
        var p = [Double](repeating: 0, count: categoryCount)
        for q in 0..<nodeCount {
            let x = nodes[q]
            let normalizer = exponents(parameters[...], theta: x, eta: &eta)
            var total = 0.0
            var mean = 0.0
            var observed = 0.0
            for k in 0..<categoryCount {
                p[k] = exp(eta[k] - normalizer)
                let r = counts[k * nodeCount + q]
                total += r
                mean += Double(k) * p[k]
                observed += Double(k) * r
            }
            if total == 0 { continue }
            var variance = 0.0
            for k in 0..<categoryCount { variance += (Double(k) - mean) * (Double(k) - mean) * p[k] }
            gradient[0] += x * (observed - total * mean)
            hessian[0] -= total * x * x * variance
            for k in 1..<categoryCount {
                gradient[k] += counts[k * nodeCount + q] - total * p[k]
                let cross = total * x * p[k] * (Double(k) - mean)
                hessian[k] -= cross
                hessian[k * n] -= cross
                for l in 1..<categoryCount {
                    hessian[k * n + l] -= total * ((k == l ? p[k] : 0) - p[k] * p[l])
                }
            }
        }
        return (gradient, hessian.map { -$0 })
    }

    func logProbabilityDerivatives(_ parameters: [Double], nodes: [Double]) -> [Double] {
        let n = parameterCount
        let nodeCount = nodes.count
        var output = [Double](repeating: 0, count: categoryCount * n * nodeCount)
        var eta = [Double](repeating: 0, count: categoryCount)
        var p = [Double](repeating: 0, count: categoryCount)
        for q in 0..<nodeCount {
            let normalizer = exponents(parameters[...], theta: nodes[q], eta: &eta)
            var mean = 0.0
            for k in 0..<categoryCount {
                p[k] = exp(eta[k] - normalizer)
                mean += Double(k) * p[k]
            }
            for k in 0..<categoryCount {
                output[(k * n) * nodeCount + q] = nodes[q] * (Double(k) - mean)
                for l in 1..<categoryCount {
                    output[(k * n + l) * nodeCount + q] = (k == l ? 1 : 0) - p[l]
                }
            }
        }
        return output
    }

    func reported(_ parameters: [Double]) -> (values: ReportedItemParameters, jacobian: [Double]) {
        let a = parameters[0]
        let n = parameterCount
        var jacobian = [Double](repeating: 0, count: n * n)
        jacobian[0] = 1
        var steps: [Double] = []
        for k in 1..<n {
            let previous = k == 1 ? 0 : parameters[k - 1]
            let difference = parameters[k] - previous
            steps.append(-difference / a)
            jacobian[k * n] = difference / (a * a)
            jacobian[k * n + k] = -1 / a
            if k >= 2 { jacobian[k * n + k - 1] = 1 / a }
        }
        return (ReportedItemParameters(a: a, b: steps), jacobian)
    }
}
