import Foundation

/// Items with different models in one fit (a skill area mixes knowledge items, true/false statements
/// and graded scenarios on one θ): each item keeps its own kernel. The fit sees one kernel with the
/// largest category count; every item's internal vector is padded to the largest parameter count and
/// its last slot holds the item's index, which no step moves (its gradient is zero and its curvature
/// one, so Newton and SQUAREM leave it exactly as it was). Each call finds the item's kernel from it.
///
/// With `slopePriorMeans`, each item's slope a (internal parameter 0 of every kernel) gets a normal
/// prior on log a with that mean and SD `slopePriorSD` (marginal Bayes modal estimation): with the
/// few items per dimension and the adaptive designs of collected sessions, plain MML lets one item
/// take the whole dimension (a → ∞); the prior keeps the mode finite.
struct MixedKernel: CalibrationKernel {
    /// One kernel per item, in column order.
    let parts: [any CalibrationKernel]
    /// Per item, the mean of the prior on log a (nil: no slope prior).
    let slopePriorMeans: [Double]?
    /// The SD of the prior on log a.
    let slopePriorSD: Double
    /// The largest part's parameter count plus the index slot.
    let parameterCount: Int
    /// The largest part's category count.
    let categoryCount: Int

    /// A log-probability for categories an item does not have: finite, so a rounding-sized count
    /// there (the E-step's complete-respondent shortcut) adds nothing instead of −∞ · 0.
    static let absentCategoryLogProbability = log(Double.leastNormalMagnitude)

    /// Combines per-item kernels (at least one), optionally with a prior on each log a.
    /// Log-concave when every part is.
    var hasLogConcaveProbabilities: Bool { parts.allSatisfy(\.hasLogConcaveProbabilities) }

    init(parts: [any CalibrationKernel], slopePriorMeans: [Double]? = nil, slopePriorSD: Double = 0.5) {
        self.parts = parts
        self.slopePriorMeans = slopePriorMeans
        self.slopePriorSD = slopePriorSD
        parameterCount = (parts.map(\.parameterCount).max() ?? 0) + 1
        categoryCount = parts.map(\.categoryCount).max() ?? 2
    }

    /// The padded internal vector of every item from each item's own internal values.
    func padded(_ values: [[Double]]) -> [Double] {
        var vector = [Double](repeating: 0, count: parts.count * parameterCount)
        for (item, own) in values.enumerated() {
            for (u, value) in own.enumerated() { vector[item * parameterCount + u] = value }
            vector[item * parameterCount + parameterCount - 1] = Double(item)
        }
        return vector
    }

    /// The item a padded slice belongs to.
    private func item(_ parameters: ArraySlice<Double>) -> Int {
        let tag = parameters[parameters.endIndex - 1]
        guard tag.isFinite else { return 0 }
        return min(max(Int(tag), 0), parts.count - 1)
    }

    /// The item's kernel and its own (unpadded) parameters, indices kept.
    private func split(_ parameters: ArraySlice<Double>) -> (kernel: any CalibrationKernel, own: ArraySlice<Double>) {
        let kernel = parts[item(parameters)]
        return (kernel, parameters[parameters.startIndex..<(parameters.startIndex + kernel.parameterCount)])
    }

    private func split(_ parameters: [Double]) -> (kernel: any CalibrationKernel, own: [Double]) {
        let (kernel, own) = split(parameters[...])
        return (kernel, Array(own))
    }

    /// Not item-aware: a mixed fit passes its start vector (`padded`); this gives the first item's.
    func startValues(categoryCounts: [Int]) -> [Double] {
        guard let first = parts.first else { return [] }
        return padded([first.startValues(categoryCounts: Array(categoryCounts.prefix(first.categoryCount)))])
    }

    func logProbabilities(_ parameters: ArraySlice<Double>, nodes: [Double], into output: UnsafeMutablePointer<Double>) {
        let (kernel, own) = split(parameters)
        kernel.logProbabilities(own, nodes: nodes, into: output)
        for index in (kernel.categoryCount * nodes.count)..<(categoryCount * nodes.count) {
            output[index] = Self.absentCategoryLogProbability
        }
    }

    func linearForm(
        _ parameters: ArraySlice<Double>, nodes: [Double], slopes: UnsafeMutablePointer<Double>,
        intercepts: UnsafeMutablePointer<Double>, normalizer: UnsafeMutablePointer<Double>
    ) -> Bool { false }

    func ascent(_ parameters: [Double], counts: UnsafePointer<Double>, nodes: [Double]) -> (
        gradient: [Double], curvature: [Double]
    ) {
        let (kernel, own) = split(parameters)
        let (partGradient, partCurvature) = kernel.ascent(own, counts: counts, nodes: nodes)
        var gradient = pad(partGradient)
        var curvature = padBlock(partCurvature, size: kernel.parameterCount)
        if let (slope, information) = slopePrior(parameters) {
            gradient[0] += slope
            curvature[0] += information
        }
        return (gradient, curvature)
    }

    func priorLogDensity(_ parameters: [Double]) -> Double {
        let (kernel, own) = split(parameters)
        var density = kernel.priorLogDensity(own)
        if let mean = slopePriorMeans?[safe: item(parameters[...])], parameters[0] > 0 {
            let z = (log(parameters[0]) - mean) / slopePriorSD
            density -= 0.5 * z * z
        }
        return density
    }

    /// The slope prior's d/da and a positive curvature 1/(σ²a²) (its exact second derivative minus a
    /// term that can make it indefinite far above the mean), or nil without a prior.
    private func slopePrior(_ parameters: [Double]) -> (gradient: Double, information: Double)? {
        guard let mean = slopePriorMeans?[safe: item(parameters[...])], parameters[0] > 0 else { return nil }
        let a = parameters[0]
        let variance = slopePriorSD * slopePriorSD
        return (-(log(a) - mean) / (variance * a), 1 / (variance * a * a))
    }

    func logProbabilityDerivatives(_ parameters: [Double], nodes: [Double]) -> [Double] {
        let (kernel, own) = split(parameters)
        let block = kernel.logProbabilityDerivatives(own, nodes: nodes)
        let q = nodes.count
        var output = [Double](repeating: 0, count: categoryCount * parameterCount * q)
        for k in 0..<kernel.categoryCount {
            for u in 0..<kernel.parameterCount {
                for node in 0..<q {
                    output[(k * parameterCount + u) * q + node] = block[(k * kernel.parameterCount + u) * q + node]
                }
            }
        }
        return output
    }

    /// The item's prior information, and one on the diagonal of the padding (whose scores are zero),
    /// so the whole information matrix stays invertible without changing any real parameter's variance.
    func priorInformation(_ parameters: [Double]) -> [Double] {
        let (kernel, own) = split(parameters)
        var information = padBlock(kernel.priorInformation(own), size: kernel.parameterCount)
        if let (_, slope) = slopePrior(parameters) { information[0] += slope }
        return information
    }

    func isFeasible(_ parameters: ArraySlice<Double>) -> Bool {
        let (kernel, own) = split(parameters)
        return kernel.isFeasible(own)
    }

    func reported(_ parameters: [Double]) -> (values: ReportedItemParameters, jacobian: [Double]) {
        let (kernel, own) = split(parameters)
        let (values, partJacobian) = kernel.reported(own)
        let size = kernel.parameterCount
        var jacobian = [Double](repeating: 0, count: parameterCount * parameterCount)
        for row in 0..<size {
            for column in 0..<size { jacobian[row * parameterCount + column] = partJacobian[row * size + column] }
        }
        return (values, jacobian)
    }

    /// A part's vector padded with zeros.
    private func pad(_ values: [Double]) -> [Double] {
        values + [Double](repeating: 0, count: parameterCount - values.count)
    }

    /// A part's size × size block in the top-left corner, one on the rest of the diagonal.
    private func padBlock(_ block: [Double], size: Int) -> [Double] {
        var matrix = [Double](repeating: 0, count: parameterCount * parameterCount)
        for row in 0..<parameterCount {
            for column in 0..<parameterCount {
                if row < size && column < size {
                    matrix[row * parameterCount + column] = block[row * size + column]
                } else if row == column {
                    matrix[row * parameterCount + column] = 1
                }
            }
        }
        return matrix
    }
}
