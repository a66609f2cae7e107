import Foundation

/// Exact maximum-Fisher-information item selection over a 3PL bank, with pruning.
///
/// Items are visited in descending order of their maximum information over all θ (closed form,
/// `LogisticItemModel.maximumInformation`); the scan stops once that bound falls below the best
/// information found, so the result is the exact argmax. An item is also skipped without evaluating
/// its curve when the 2PL envelope I(θ) ≤ a² e^{−a|θ − b|} is already below the best. Ties go to
/// the lowest item index, as numpy's argmax does.
public struct MaximumInformationIndex: Sendable {
    /// The bank in its original order.
    public let models: [LogisticItemModel]
    let order: [Int]
    let bounds: [Double]
    let logSquaredA: [Double]
    let orderedA: [Double]
    let orderedB: [Double]

    /// Indexes a bank.
    public init(_ models: [LogisticItemModel]) {
        self.models = models
        let maxima = models.map(\.maximumInformation)
        order = models.indices.sorted { maxima[$0] != maxima[$1] ? maxima[$0] > maxima[$1] : $0 < $1 }
        // Inflated so that rounding in an item's computed curve can never exceed its bound.
        bounds = order.map { maxima[$0] * (1 + 1e-12) + 1e-300 }
        logSquaredA = order.map { 2 * log(models[$0].a) }
        orderedA = order.map { models[$0].a }
        orderedB = order.map { models[$0].b }
    }

    /// The available item with the most information at θ (lowest index on ties), or nil if none is available.
    public func mostInformative(at theta: Double, available: [Bool]) -> Int? {
        available.withUnsafeBufferPointer { mostInformative(at: theta, available: $0) }
    }

    /// As `mostInformative(at:available:)`, reading availability from a buffer indexed by item.
    public func mostInformative(at theta: Double, available: UnsafeBufferPointer<Bool>) -> Int? {
        var best = -Double.infinity
        var logBest = -Double.infinity
        var bestIndex = -1
        order.withUnsafeBufferPointer { order in
            bounds.withUnsafeBufferPointer { bounds in
                logSquaredA.withUnsafeBufferPointer { logSquaredA in
                    orderedA.withUnsafeBufferPointer { a in
                        orderedB.withUnsafeBufferPointer { b in
                            models.withUnsafeBufferPointer { models in
                                for position in 0..<order.count {
                                    if bounds[position] < best { break }
                                    let item = order[position]
                                    if !available[item] { continue }
                                    if logSquaredA[position] - a[position] * abs(theta - b[position]) < logBest - 1e-9 {
                                        continue
                                    }
                                    let information = models[item].information(at: theta)
                                    if information > best || (information == best && item < bestIndex) {
                                        best = information
                                        bestIndex = item
                                        logBest = log(information)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return bestIndex >= 0 ? bestIndex : nil
    }
}
