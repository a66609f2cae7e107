/// One item's log-likelihood per response category on every grid node, precomputed so that
/// recording an answer is a single vector add.
public struct LogLikelihoodTable: Sendable, Hashable {
    /// The number of response categories.
    public let categoryCount: Int
    /// The number of grid nodes.
    public let nodeCount: Int
    /// Row-major values: `values[category * nodeCount + node]`.
    public let values: [Double]

    /// Wraps precomputed values.
    public init(categoryCount: Int, nodeCount: Int, values: [Double]) {
        self.categoryCount = categoryCount
        self.nodeCount = nodeCount
        self.values = values
    }

    /// The log-likelihood of one category on every node.
    public func row(_ category: Int) -> ArraySlice<Double> {
        values[(category * nodeCount)..<((category + 1) * nodeCount)]
    }
}
