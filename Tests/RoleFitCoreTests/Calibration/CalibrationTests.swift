import Foundation
import Testing

@testable import RoleFitCore

/// The shared calibration workload (../shared/bench/calibrate), read the way `rolefit calibrate` reads it.
enum CalibrationWorkload {
    static var directory: URL {
        SharedBenchFiles.packageRoot.appendingPathComponent("../shared/bench/calibrate").standardizedFileURL
    }

    static func responses(_ dataset: String, model: CalibrationModel) throws -> ResponseTable {
        let path = directory.appendingPathComponent("data/\(dataset)/responses.csv").path
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("\(path) not found; clone the shared files beside the package")
            throw CocoaError(.fileNoSuchFile)
        }
        return try ResponseTable.parse([UInt8](data), path: path, model: model)
    }

    /// numpy-ref's estimates: one row of [a, b…] per item.
    static func reference(_ dataset: String) throws -> [[Double]] {
        let path = directory.appendingPathComponent("results/numpy-ref-\(dataset).csv").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            line.split(separator: ",").dropFirst().compactMap { Double($0) }
        }
    }
}

@Suite("Bock–Aitkin calibration")
struct CalibrationTests {
    func largestDifference(_ result: CalibrationResult, _ reference: [[Double]]) -> Double {
        var largest = 0.0
        for (item, row) in zip(result.items, reference) {
            guard let estimate = item.estimate else { return .infinity }
            for (mine, theirs) in zip(estimate.flattened, row) { largest = max(largest, abs(mine - theirs)) }
        }
        return largest
    }

    @Test(
        "2pl-small and grm agree with numpy-ref to 1e-4 (the workload's criterion)",
        arguments: [
            ("2pl-small", CalibrationModel.twoPL), ("grm", CalibrationModel.graded),
        ])
    func agreesWithReference(dataset: String, model: CalibrationModel) throws {
        let table = try CalibrationWorkload.responses(dataset, model: model)
        let result = BockAitkinEM().fit(table.matrix, model: model)
        let reference = try CalibrationWorkload.reference(dataset)
        #expect(result.converged)
        #expect(reference.count == result.items.count)
        #expect(largestDifference(result, reference) <= 1e-4)
        #expect(result.maximumAbsoluteScore < 1e-2)
    }

    @Test("SQUAREM reaches plain EM's fixed point in fewer cycles")
    func accelerationKeepsTheFixedPoint() throws {
        let table = try CalibrationWorkload.responses("2pl-small", model: .twoPL)
        let plain = BockAitkinEM(settings: CalibrationSettings(tolerance: 1e-9, accelerate: false)).fit(
            table.matrix, model: .twoPL)
        let fast = BockAitkinEM(settings: CalibrationSettings(tolerance: 1e-9)).fit(table.matrix, model: .twoPL)
        #expect(plain.converged && fast.converged)
        #expect(fast.cycles * 2 < plain.cycles)
        let reference = plain.items.compactMap { $0.estimate?.flattened }
        #expect(largestDifference(fast, reference) <= 1e-6)
        #expect(abs(fast.logLikelihood - plain.logLikelihood) <= 1e-6)
    }

    @Test("The result does not depend on the thread schedule (two fits are identical)")
    func deterministic() throws {
        let table = try CalibrationWorkload.responses("grm", model: .graded)
        let first = BockAitkinEM().fit(table.matrix, model: .graded)
        let second = BockAitkinEM().fit(table.matrix, model: .graded)
        #expect(first == second)
    }

    @Test("Standard errors are finite and match the spread of the estimates around the truth")
    func standardErrors() throws {
        let table = try CalibrationWorkload.responses("2pl-small", model: .twoPL)
        let fitter = BockAitkinEM()
        var result = fitter.fit(table.matrix, model: .twoPL)
        fitter.addStandardErrors(to: &result, responses: table.matrix)
        let errors = result.items.compactMap(\.standardErrors)
        #expect(errors.count == 20)
        #expect(errors.allSatisfy { $0.a > 0 && $0.a.isFinite && ($0.b.first ?? 0) > 0 })
        // RESULTS.md: RMSE(a) against the truth is 0.111 and RMSE(b) 0.110 on this data set.
        let rootMeanSquareA = (errors.map { $0.a * $0.a }.reduce(0, +) / 20).squareRoot()
        let rootMeanSquareB = (errors.map { ($0.b.first ?? 0) * ($0.b.first ?? 0) }.reduce(0, +) / 20).squareRoot()
        #expect(rootMeanSquareA > 0.07 && rootMeanSquareA < 0.16)
        #expect(rootMeanSquareB > 0.06 && rootMeanSquareB < 0.18)
    }

    func recovery(model: CalibrationModel, items: [ReportedItemParameters], people: Int, seed: UInt64) -> (
        CalibrationResult, Double
    ) {
        var generator = SeededGenerator(seed: seed)
        let thetas = (0..<people).map { _ in generator.nextStandardNormal() }
        let matrix = SimulatedResponses.draw(items: items, model: model, thetas: thetas, generator: &generator)
        let result = BockAitkinEM().fit(matrix, model: model)
        var largest = 0.0
        for (truth, item) in zip(items, result.items) {
            guard let estimate = item.estimate else { return (result, .infinity) }
            for (mine, true_) in zip(estimate.flattened, truth.flattened) { largest = max(largest, abs(mine - true_)) }
        }
        return (result, largest)
    }

    @Test("GPCM recovers known steps from 4,000 simulated people")
    func partialCreditRecovery() {
        let items = (0..<8).map { index in
            ReportedItemParameters(a: 0.8 + 0.1 * Double(index), b: [-1.2 + 0.1 * Double(index), 0.2, 1.0 - 0.1 * Double(index)])
        }
        let (result, largest) = recovery(model: .partialCredit, items: items, people: 4000, seed: 14)
        #expect(result.converged)
        #expect(result.maximumAbsoluteScore < 1e-2)
        #expect(largest < 0.25)
    }

    @Test("3PL with the Beta prior: the estimate beats the truth's penalized likelihood and recovers b and c")
    func guessingRecovery() {
        let items = (0..<20).map { index in
            ReportedItemParameters(
                a: 1.0 + 0.04 * Double(index), b: [-1.5 + 0.15 * Double(index)], c: 0.12 + 0.008 * Double(index))
        }
        var generator = SeededGenerator(seed: 15)
        let thetas = (0..<6000).map { _ in generator.nextStandardNormal() }
        let matrix = SimulatedResponses.draw(items: items, model: .threePL, thetas: thetas, generator: &generator)
        let result = BockAitkinEM().fit(matrix, model: .threePL)
        #expect(result.converged)
        #expect(result.maximumAbsoluteScore < 1e-2)
        // The fit must be at least as good as the generating values (a maximizer check that can fail).
        let settings = CalibrationSettings()
        let kernel = GuessingKernel(prior: .standard)
        let step = ExpectationStep(responses: matrix, nodes: settings.nodes, logWeights: settings.logWeights)
        func penalized(_ parameters: [Double]) -> Double {
            step.run(kernel: kernel, parameters: parameters).logLikelihood
                + stride(from: 2, to: parameters.count, by: 3).map { GuessingPrior.standard.logDensity(logitC: parameters[$0]) }
                .reduce(0, +)
        }
        let truth = items.flatMap { [$0.a, -$0.a * $0.b[0], log(($0.c ?? 0) / (1 - ($0.c ?? 0)))] }
        #expect(penalized(result.internalParameters) >= penalized(truth))
        let estimates = result.items.compactMap(\.estimate)
        #expect(estimates.count == 20)
        let squaredB = zip(estimates, items).map { pow($0.b[0] - $1.b[0], 2) }.reduce(0, +) / 20
        let squaredC = zip(estimates, items).map { pow(($0.c ?? 0) - ($1.c ?? 0), 2) }.reduce(0, +) / 20
        #expect(squaredB.squareRoot() < 0.25)
        #expect(squaredC.squareRoot() < 0.08)
    }
}
