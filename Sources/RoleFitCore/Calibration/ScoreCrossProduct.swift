import Foundation

extension BockAitkinEM {
    /// Adds standard errors from the cross-product of the people's score vectors (the empirical
    /// information Σ_i s_i s_iᵀ, with s_i = Σ_q π_iq ∂ log P(x_i | θ_q) / ∂ parameters, plus the prior's
    /// information for the 3PL), inverted as a whole and carried to (a, b, c) by the delta method.
    /// Items keep nil standard errors when the matrix cannot be inverted.
    public func addStandardErrors(to result: inout CalibrationResult, responses: ResponseMatrix) {
        let kernel = Self.kernel(for: result.model, categoryCount: responses.categoryCount, prior: settings.guessingPrior)
        addStandardErrors(to: &result, responses: responses, kernel: kernel)
    }

    func addStandardErrors(to result: inout CalibrationResult, responses: ResponseMatrix, kernel: some CalibrationKernel) {
        let perItem = kernel.parameterCount
        let categories = kernel.categoryCount
        let nodes = settings.nodes
        let nodeCount = nodes.count
        let excluded = Set(result.items.filter { $0.estimate == nil && $0.exclusion != .heldFixed }.map(\.index))
        let data = responses.removingItems(excluded)
        let active = result.items.filter { $0.estimate != nil }.map(\.index)
        // Items held fixed inform each person's posterior but have no parameters in the information.
        let held = result.items.filter { $0.exclusion == .heldFixed }.map(\.index)
        var position = [Int](repeating: -1, count: responses.itemCount)
        for (offset, item) in active.enumerated() { position[item] = offset }
        let size = active.count * perItem
        guard size > 0 else { return }
        let parameters = result.internalParameters
        var logTable = [Double](repeating: 0, count: responses.itemCount * categories * nodeCount)
        var derivatives = [Double](repeating: 0, count: responses.itemCount * categories * perItem * nodeCount)
        for item in active + held {
            let slice = Array(parameters[(item * perItem)..<((item + 1) * perItem)])
            logTable.withUnsafeMutableBufferPointer { table in
                guard let base = table.baseAddress else { return }
                kernel.logProbabilities(slice[...], nodes: nodes, into: base + item * categories * nodeCount)
            }
            if position[item] < 0 { continue }
            let block = kernel.logProbabilityDerivatives(slice, nodes: nodes)
            for index in block.indices { derivatives[item * categories * perItem * nodeCount + index] = block[index] }
        }
        let chunkCount = max(1, min(8, data.personCount / 512))
        let (logTableBuilt, derivativesBuilt, positionBuilt) = (logTable, derivatives, position)
        let logWeights = settings.logWeights
        let partials = ParallelMap.map(count: chunkCount, chunkSize: 1) { chunk -> [Double] in
            let (logTable, derivatives, position) = (logTableBuilt, derivativesBuilt, positionBuilt)
            var matrix = [Double](repeating: 0, count: size * size)
            var post = [Double](repeating: 0, count: nodeCount)
            var indices = [Int]()
            var dense = [Double](repeating: 0, count: size)
            var scores = [Double]()
            let lower = data.personCount * chunk / chunkCount
            let upper = data.personCount * (chunk + 1) / chunkCount
            for person in lower..<upper {
                let answers = data.rowStart[person]..<data.rowStart[person + 1]
                if answers.isEmpty { continue }
                for q in 0..<nodeCount { post[q] = logWeights[q] }
                for index in answers {
                    let row = (Int(data.items[index]) * categories + Int(data.categories[index])) * nodeCount
                    for q in 0..<nodeCount { post[q] += logTable[row + q] }
                }
                let top = post.max() ?? 0
                var total = 0.0
                for q in 0..<nodeCount {
                    post[q] = exp(post[q] - top)
                    total += post[q]
                }
                indices.removeAll(keepingCapacity: true)
                scores.removeAll(keepingCapacity: true)
                for index in answers where position[Int(data.items[index])] >= 0 {
                    let item = Int(data.items[index])
                    let category = Int(data.categories[index])
                    for u in 0..<perItem {
                        let row = ((item * categories + category) * perItem + u) * nodeCount
                        var sum = 0.0
                        for q in 0..<nodeCount { sum += post[q] * derivatives[row + q] }
                        indices.append(position[item] * perItem + u)
                        scores.append(sum / total)
                    }
                }
                matrix.withUnsafeMutableBufferPointer { m in
                    guard let base = m.baseAddress else { return }
                    if indices.count * 2 > size {
                        // Most parameters present: a dense rank-1 update of the upper triangle.
                        for slot in 0..<size { dense[slot] = 0 }
                        for (slot, index) in indices.enumerated() { dense[index] = scores[slot] }
                        dense.withUnsafeBufferPointer { vector in
                            guard let source = vector.baseAddress else { return }
                            for row in 0..<size where vector[row] != 0 {
                                addScaledVector(base + row * size + row, source + row, scale: vector[row], count: size - row)
                            }
                        }
                    } else {
                        for first in indices.indices {
                            let row = indices[first] * size
                            let value = scores[first]
                            for second in first..<indices.count { m[row + indices[second]] += value * scores[second] }
                        }
                    }
                }
            }
            return matrix
        }
        var information = SquareMatrix(size: size)
        for row in 0..<size {
            for column in row..<size {
                var sum = 0.0
                for partial in partials { sum += partial[row * size + column] }
                information[row, column] = sum
                information[column, row] = sum
            }
        }
        for (offset, item) in active.enumerated() {
            let prior = kernel.priorInformation(Array(parameters[(item * perItem)..<((item + 1) * perItem)]))
            for u in 0..<perItem {
                for v in 0..<perItem { information[offset * perItem + u, offset * perItem + v] += prior[u * perItem + v] }
            }
        }
        guard let covariance = information.symmetricInverse() else { return }
        for (offset, item) in active.enumerated() {
            let slice = Array(parameters[(item * perItem)..<((item + 1) * perItem)])
            let jacobian = kernel.reported(slice).jacobian
            var variances = [Double](repeating: 0, count: perItem)
            for output in 0..<perItem {
                var sum = 0.0
                for u in 0..<perItem {
                    for v in 0..<perItem {
                        sum +=
                            jacobian[output * perItem + u] * covariance[offset * perItem + u, offset * perItem + v]
                            * jacobian[output * perItem + v]
                    }
                }
                variances[output] = sum
            }
            guard variances.allSatisfy({ $0 >= 0 && $0.isFinite }) else { continue }
            let errors = variances.map { $0.squareRoot() }
            // The Jacobian rows follow the internal order: a, then the b's, then c for the 3PL.
            let bCount = result.items[item].estimate?.b.count ?? 0
            result.items[item].standardErrors = ReportedItemParameters(
                a: errors[0], b: Array(errors[1..<(1 + bCount)]),
                c: result.items[item].estimate?.c != nil ? errors[1 + bCount] : nil)
        }
    }
}

/// target[i] += scale · source[i] for i in 0..<count (a loop the compiler vectorizes).
@inline(__always)
func addScaledVector(_ target: UnsafeMutablePointer<Double>, _ source: UnsafePointer<Double>, scale: Double, count: Int) {
    for index in 0..<count { target[index] += scale * source[index] }
}
