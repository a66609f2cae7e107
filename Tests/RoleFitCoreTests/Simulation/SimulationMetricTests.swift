import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitResearch

/// The metrics on hand-made inputs.
@Suite("Simulation metrics")
struct SimulationMetricTests {
    @Test("ECE: equal-count deciles of stated confidence, weighted |stated − observed|")
    func calibration() {
        // 20 pairs: ten at 0.6 (six right), ten at 0.9 (all right), in two groups of ten.
        let pairs = (0..<10).map { (confidence: 0.6, correct: $0 < 6) } + (0..<10).map { _ in (confidence: 0.9, correct: true) }
        let summary = CalibrationSummary(pairs, groups: 2)
        #expect(summary.bins.map(\.count) == [10, 10])
        #expect(abs(summary.bins[0].stated - 0.6) < 1e-12 && summary.bins[0].observed == 0.6)
        #expect(abs(summary.bins[1].stated - 0.9) < 1e-12 && summary.bins[1].observed == 1)
        #expect(abs(summary.ece - 0.05) < 1e-12)
        // Order of input does not matter; a perfectly calibrated set has ECE 0.
        #expect(CalibrationSummary(pairs.reversed(), groups: 2).ece == summary.ece)
        let perfect = (0..<10).map { (confidence: 0.5, correct: $0 % 2 == 0) }
        #expect(CalibrationSummary(perfect, groups: 1).ece == 0)
    }

    static func record(presented: [Int], trueArea: Double = 0, estimate: PosteriorSummary = .init(mean: 0, standardDeviation: 1))
        -> SimuleeRecord
    {
        SimuleeRecord(
            trueRole: 0, fullBankRole: 0, fullBankProbability: 1, fullBankCapabilityRole: 0, recommended: [0],
            confidence: 0.9, stopReason: .confident, presented: presented, leaders: presented.map { _ in 0 },
            trueAreas: [trueArea], estimatedAreas: [estimate])
    }

    @Test("Exposure: max rate, never-used items and the overlap rate Σc(c−1) / ((N−1)ΣL)")
    func exposure() {
        let records = [Self.record(presented: [0, 1]), Self.record(presented: [0, 2]), Self.record(presented: [0, 1])]
        let items = ["a", "b", "c", "d"].map { id in
            Item(
                id: id, kind: id == "d" ? .trueFalse : .singleChoice, area: "x", prompt: "?",
                options: [ItemOption(text: "yes", isCorrect: true, score: 1), ItemOption(text: "no")],
                parameters: .dichotomous(a: 1, b: 0, c: 0))
        }
        let exposure = ExposureSummary(records: records, items: items)
        #expect(exposure.maxRate == 1 && exposure.maxItem == "a")
        #expect(exposure.neverUsed == ["d"] && exposure.neverUsedShare == 0.25)
        #expect(exposure.neverUsedByKind == ["true-false": 1])
        // Pairs share: (1,2) {a}, (1,3) {a,b}, (2,3) {a}: mean 4/3 shared items over mean length 2 → 2/3.
        #expect(abs(exposure.overlapRate - 2.0 / 3.0) < 1e-12)
    }

    @Test("Area accuracy: RMSE, bias and 95% coverage")
    func areaAccuracy() {
        let records = [
            Self.record(presented: [], trueArea: 0, estimate: .init(mean: 1, standardDeviation: 1)),  // error 1, covered
            Self.record(presented: [], trueArea: 0, estimate: .init(mean: -3, standardDeviation: 1)),  // error −3, not covered
        ]
        let accuracy = AreaAccuracy(area: 0, id: "x", records: records)
        #expect(abs(accuracy.rmse - 5.0.squareRoot()) < 1e-12)
        #expect(accuracy.bias == -1)
        #expect(accuracy.coverage == 0.5)
    }

    @Test("Parallel map returns results in index order for any chunk size")
    func parallelOrder() {
        for chunk in [1, 3, 16, 1000] {
            #expect(ParallelMap.map(count: 100, chunkSize: chunk) { $0 * $0 } == (0..<100).map { $0 * $0 })
        }
        #expect(ParallelMap.map(count: 0) { $0 }.isEmpty)
    }
}
