import Foundation

/// What one E-step needs of the items at the current parameters, in stable buffers: for divide-by-total
/// models the linear form log P(k | θ) = slope_k θ + intercept_k − normalizer(θ); P per category and node
/// where a posterior is a product; and for complete rows on a uniform grid the node-to-node posterior ratios.
struct NodeTables: Sendable {
    /// Whether every item has the linear form (else every person's posterior is a product of `probabilities`).
    let linear: Bool
    /// slope_k per item and category: `slopes[item · K + k]`.
    let slopes: OwnedBuffer<Double>
    /// intercept_k per item and category.
    let intercepts: OwnedBuffer<Double>
    /// normalizer(θ_q) per item: `normalizers[item · Q + q]`.
    let normalizers: OwnedBuffer<Double>
    /// Σ over answered items of the normalizers, per node (complete rows subtract it once).
    let sharedNormalizer: OwnedBuffer<Double>
    /// P(k | θ_q) per item, category and node, for the people whose posterior is a product of these
    /// (every person under a model with no linear form, and those who skipped items under one that has it);
    /// empty when nobody needs it.
    let probabilities: OwnedBuffer<Double>
    /// The quadrature weights e^w.
    let priorWeights: OwnedBuffer<Double>
    /// Whether every posterior has one mode and falls away on both sides (log-concave probabilities), so a
    /// window whose edges fall below the cutoff and away from the mode holds every node above it.
    let unimodal: Bool
    /// θ_{q+1} − θ_q on a uniform grid under a linear model, else 0 (no ratio shortcut).
    let nodeStep: Double
    /// e^{(w − T)_{q+1} − (w − T)_q} and its inverse.
    let stepRatios: OwnedBuffer<Double>
    let inverseStepRatios: OwnedBuffer<Double>
    /// The nodes and the log quadrature weights.
    let nodes: OwnedBuffer<Double>
    let logWeights: OwnedBuffer<Double>

    /// The tables of `step`'s items at `parameters` (item j's at j·P..<(j+1)·P).
    init(kernel: some CalibrationKernel, parameters: [Double], step: ExpectationStep) {
        let items = step.responses.itemCount
        let categories = step.responses.categoryCount
        let nodeValues = step.nodes
        let nodeCount = nodeValues.count
        let perItem = kernel.parameterCount
        slopes = OwnedBuffer(repeating: 0, count: items * categories)
        intercepts = OwnedBuffer(repeating: 0, count: items * categories)
        normalizers = OwnedBuffer(repeating: 0, count: items * nodeCount)
        var linear = true
        for item in 0..<items {
            let slice = parameters[(item * perItem)..<((item + 1) * perItem)]
            if !kernel.linearForm(
                slice, nodes: nodeValues, slopes: slopes.base + item * categories,
                intercepts: intercepts.base + item * categories, normalizer: normalizers.base + item * nodeCount)
            {
                linear = false
                break
            }
        }
        self.linear = linear
        let productRows = !linear || step.hasIncompleteRows
        let probabilityTable = OwnedBuffer<Double>(repeating: 0, count: productRows ? items * categories * nodeCount : 0)
        if productRows {
            let size = categories * nodeCount
            for item in 0..<items where step.answered[item] {
                kernel.probabilities(
                    parameters[(item * perItem)..<((item + 1) * perItem)], nodes: nodeValues,
                    into: probabilityTable.base + item * size)
            }
        }
        probabilities = probabilityTable
        priorWeights = OwnedBuffer(step.logWeights.map { exp($0) })
        unimodal = kernel.hasLogConcaveProbabilities
        var shared = [Double](repeating: 0, count: nodeCount)
        if linear {
            for item in 0..<items where step.answered[item] {
                for q in 0..<nodeCount { shared[q] += normalizers.base[item * nodeCount + q] }
            }
        }
        // For people who answered everything under a linear model, ll_{q+1} − ll_q = (θ_{q+1} − θ_q)·slope
        // + (w_{q+1} − T_{q+1}) − (w_q − T_q): the posterior follows from one exp per person and these ratios.
        var ratios = [Double](repeating: 1, count: nodeCount)
        var inverseRatios = [Double](repeating: 1, count: nodeCount)
        let spacing = nodeCount > 1 ? (nodeValues[nodeCount - 1] - nodeValues[0]) / Double(nodeCount - 1) : 0
        let uniform =
            nodeCount > 1 && (0..<(nodeCount - 1)).allSatisfy { abs(nodeValues[$0 + 1] - nodeValues[$0] - spacing) < 1e-12 }
        let weights = step.logWeights
        if linear && uniform {
            for q in 0..<(nodeCount - 1) {
                let difference = (weights[q + 1] - shared[q + 1]) - (weights[q] - shared[q])
                ratios[q] = exp(difference)
                inverseRatios[q] = exp(-difference)
            }
        }
        sharedNormalizer = OwnedBuffer(shared)
        stepRatios = OwnedBuffer(ratios)
        inverseStepRatios = OwnedBuffer(inverseRatios)
        nodeStep = linear && uniform ? spacing : 0
        nodes = OwnedBuffer(nodeValues)
        logWeights = OwnedBuffer(weights)
    }
}
