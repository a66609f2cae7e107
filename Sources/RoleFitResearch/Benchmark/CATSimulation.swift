import Foundation
import RoleFitCore

/// Runs the reference CAT on a workload with the engine's own pieces: the exact maximum-information
/// index, per-item log-likelihood tables and the 61-node trapezoid `GridPosterior`.
public struct CATSimulation: Sendable {
    /// The workload.
    public let workload: CATWorkload
    /// The EAP grid (61 nodes on [−4, 4], trapezoid).
    public let grid: ThetaGrid
    /// Per-item log-likelihood tables on `grid`.
    let tables: [LogLikelihoodTable]
    /// The selection index.
    let index: MaximumInformationIndex
    /// Seconds spent building tables and the index.
    public let setupSeconds: Double

    /// Prepares the tables and the index.
    public init(workload: CATWorkload, grid: ThetaGrid = .standard) {
        let start = DispatchTime.now().uptimeNanoseconds
        self.workload = workload
        self.grid = grid
        tables = workload.bank.map { $0.logLikelihoodTable(on: grid) }
        index = MaximumInformationIndex(workload.bank)
        setupSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Runs simulees `0..<count` one after another on this thread; returns their rows and the wall time.
    public func run(simulees count: Int) -> (rows: [CATRunRow], seconds: Double) {
        let count = min(count, workload.simuleeCount)
        var rows: [CATRunRow] = []
        rows.reserveCapacity(count)
        var available = [Bool](repeating: true, count: workload.bank.count)
        let itemCount = workload.bank.count
        let length = workload.testLength
        let start = DispatchTime.now().uptimeNanoseconds
        workload.responses.withUnsafeBufferPointer { responses in
            available.withUnsafeMutableBufferPointer { available in
                for simulee in 0..<count {
                    var posterior = GridPosterior(grid: grid)
                    var summary = PosteriorSummary(mean: workload.initialTheta, standardDeviation: .nan)
                    var items: [Int] = []
                    items.reserveCapacity(length)
                    for _ in 0..<length {
                        guard let item = index.mostInformative(at: summary.mean, available: UnsafeBufferPointer(available)) else {
                            break
                        }
                        available[item] = false
                        items.append(item)
                        posterior.add(tables[item], category: Int(responses[simulee * itemCount + item]))
                        summary = posterior.summary
                    }
                    for item in items { available[item] = true }
                    rows.append(
                        CATRunRow(id: simulee, theta: summary.mean, standardError: summary.standardDeviation, items: items))
                }
            }
        }
        return (rows, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Runs the same simulees with a clock read around every selection and every estimate, for the
    /// split of a step's time (the clock reads add their own cost, so the total is above `run`'s).
    public func timeSteps(simulees count: Int) -> (selectSeconds: Double, estimateSeconds: Double) {
        let count = min(count, workload.simuleeCount)
        var available = [Bool](repeating: true, count: workload.bank.count)
        var selectNanoseconds: UInt64 = 0
        var estimateNanoseconds: UInt64 = 0
        for simulee in 0..<count {
            var posterior = GridPosterior(grid: grid)
            var theta = workload.initialTheta
            var items: [Int] = []
            for _ in 0..<workload.testLength {
                let t0 = DispatchTime.now().uptimeNanoseconds
                guard let item = index.mostInformative(at: theta, available: available) else { break }
                let t1 = DispatchTime.now().uptimeNanoseconds
                available[item] = false
                items.append(item)
                let t2 = DispatchTime.now().uptimeNanoseconds
                posterior.add(tables[item], category: Int(workload.response(simulee: simulee, item: item)))
                theta = posterior.summary.mean
                let t3 = DispatchTime.now().uptimeNanoseconds
                selectNanoseconds += t1 - t0
                estimateNanoseconds += t3 - t2
            }
            for item in items { available[item] = true }
        }
        return (Double(selectNanoseconds) / 1e9, Double(estimateNanoseconds) / 1e9)
    }
}
