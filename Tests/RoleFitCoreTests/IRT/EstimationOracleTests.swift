import Foundation
import Testing

@testable import RoleFitCore

/// docs/engine.md, Numeric oracles and oracles.json: EAP on the grid, MFI selection, ML / MAP / WLE.
@Suite("Estimation oracles")
struct EstimationOracleTests {
    static let grm = GradedResponseModel(a: 1.5, thresholds: [-1.5, -0.5, 0.5, 1.5])
    static let gpcm = PartialCreditModel(a: 1.5, steps: [-1.5, -0.5, 0.5, 1.5])
    static let twoPL = [(1.2, -0.5), (0.8, 0.3), (1.6, 1.0)].map { LogisticItemModel(a: $0.0, b: $0.1) }

    static func posterior(_ responses: [(any ItemResponseModel, Int)], grid: ThetaGrid) -> PosteriorSummary {
        var posterior = GridPosterior(grid: grid)
        for (model, category) in responses {
            posterior.add(model.logLikelihoodTable(on: grid), category: category)
        }
        return posterior.summary
    }

    static var pattern: [(any ItemResponseModel, Int)] {
        [(twoPL[0], 1), (twoPL[1], 0), (twoPL[2], 1), (grm, 3)]
    }

    @Test("EAP of the §10 pattern, trapezoid and rectangle rules")
    func sectionTenPattern() {
        let trapezoid = Self.posterior(Self.pattern, grid: ThetaGrid(rule: .trapezoid))
        #expect(abs(trapezoid.mean - 0.8147882090) <= 1e-8)
        #expect(abs(trapezoid.standardDeviation - 0.6041720740) <= 1e-8)
        let rectangle = Self.posterior(Self.pattern, grid: ThetaGrid(rule: .rectangle))
        #expect(abs(rectangle.mean - 0.8147893710) <= 1e-8)
        #expect(abs(rectangle.standardDeviation - 0.6041750267) <= 1e-8)
        var withGPCM = Self.pattern
        withGPCM[3] = (Self.gpcm, 3)
        let gpcm = Self.posterior(withGPCM, grid: ThetaGrid(rule: .rectangle))
        #expect(abs(gpcm.mean - 0.8827932991) <= 1e-8)
        #expect(abs(gpcm.standardDeviation - 0.5645429297) <= 1e-8)
    }

    @Test("EAP of the first three items, all right and all wrong (rectangle rule)")
    func extremePatternsStayFinite() {
        let grid = ThetaGrid(rule: .rectangle)
        let right = Self.posterior(Self.twoPL.map { ($0, 1) }, grid: grid)
        #expect(abs(right.mean - 1.1701744669) <= 1e-8)
        #expect(abs(right.standardDeviation - 0.7477675261) <= 1e-8)
        let wrong = Self.posterior(Self.twoPL.map { ($0, 0) }, grid: grid)
        #expect(abs(wrong.mean - -0.8644297997) <= 1e-8)
        #expect(abs(wrong.standardDeviation - 0.7959932324) <= 1e-8)
    }

    @Test("EAP on the 10-item bank of oracles.json at 61, 33 and 1000 nodes")
    func bankTenEAP() throws {
        let oracle = try SharedBenchFiles.oracles().eap
        let bank = oracle.bank10.map { LogisticItemModel(a: $0.a, b: $0.b, c: $0.c) }
        #expect(oracle.patterns.count == 3)
        for (name, pattern) in oracle.patterns {
            for nodes in [61, 33] {
                let expected = try #require(oracle.results[name]?["grid\(nodes)"])
                let summary = Self.posterior(
                    Array(zip(bank.map { $0 as any ItemResponseModel }, pattern)),
                    grid: ThetaGrid(count: nodes))
                #expect(abs(summary.mean - expected.eap) <= 1e-8, "\(name) grid\(nodes)")
                #expect(abs(summary.standardDeviation - expected.posterior_sd) <= 1e-8, "\(name) grid\(nodes)")
            }
            // The 1000-node reference of the cross-check with adaptivetesting.
            let fine = try #require(oracle.adaptivetesting_cross_check[name])
            let summary = Self.posterior(
                Array(zip(bank.map { $0 as any ItemResponseModel }, pattern)),
                grid: ThetaGrid(count: 1000))
            #expect(abs(summary.mean - fine.ref_1000pt_eap) <= 1e-8, "\(name) grid1000")
            #expect(abs(summary.standardDeviation - fine.ref_1000pt_sd) <= 1e-8, "\(name) grid1000")
        }
    }

    @Test("Maximum Fisher information selection on the 10-item bank of oracles.json")
    func bankTenSelection() throws {
        let oracles = try SharedBenchFiles.oracles()
        let bank = oracles.eap.bank10.map { LogisticItemModel(a: $0.a, b: $0.b, c: $0.c) }
        let index = MaximumInformationIndex(bank)
        #expect(oracles.mfi_select_bank10.count == 4)
        for case_ in oracles.mfi_select_bank10 {
            var available = [Bool](repeating: true, count: bank.count)
            for given in case_.administered { available[given] = false }
            let selected = try #require(index.mostInformative(at: case_.theta, available: available))
            #expect(selected == case_.selected)
            #expect(abs(bank[selected].information(at: case_.theta) - case_.info_of_selected) <= 1e-8)
            let bruteForce = bank.indices.filter { available[$0] }
                .max { (bank[$0].information(at: case_.theta), -$0) < (bank[$1].information(at: case_.theta), -$1) }
            #expect(selected == bruteForce)
        }
    }

    @Test("ML, MAP and WLE of oracles.json to 1e-6")
    func pointEstimators() throws {
        let oracles = try SharedBenchFiles.oracles()
        let bank = oracles.eap.bank10.map { LogisticItemModel(a: $0.a, b: $0.b, c: $0.c) }
        let methods: [(String, PointEstimator)] = [
            ("ML", .maximumLikelihood), ("BM", .maximumAPosteriori), ("WL", .weightedLikelihood),
        ]
        for pattern in ["p1_mixed", "p3_low"] {
            let responses = try #require(oracles.eap.patterns[pattern]).enumerated().map {
                ScoredResponse(model: bank[$0.offset], category: $0.element)
            }
            let rows = try #require(oracles.point_estimators[pattern]?.rows)
            for (key, method) in methods {
                let expected = try #require(rows[key])
                let estimate = try #require(method.estimate(responses))
                #expect(abs(estimate.theta - expected.theta) <= 1e-6, "\(pattern) \(key)")
                #expect(abs(estimate.standardError - expected.se) <= 1e-6, "\(pattern) \(key)")
            }
        }
        let allCorrect = try #require(oracles.eap.patterns["p2_all_correct"]).enumerated().map {
            ScoredResponse(model: bank[$0.offset], category: $0.element)
        }
        #expect(PointEstimator.maximumLikelihood.estimate(allCorrect) == nil)
        #expect(PointEstimator.maximumAPosteriori.estimate(allCorrect) != nil)
    }

    @Test("Log-likelihood rows are the logs of the category probabilities, also in the tails")
    func logTablesMatchProbabilities() {
        let grid = ThetaGrid.standard
        let models: [any ItemResponseModel] = [
            LogisticItemModel(a: 4, b: -5, c: 0), LogisticItemModel(a: 2, b: 1, c: 0.2),
            GradedResponseModel(a: 4, thresholds: [-5, -1, 2, 5]), PartialCreditModel(a: 3, steps: [-4, 0.5, 4]),
        ]
        for model in models {
            let table = model.logLikelihoodTable(on: grid)
            for (q, theta) in grid.nodes.enumerated() {
                let probabilities = model.categoryProbabilities(at: theta)
                for k in 0..<model.categoryCount {
                    let logValue = table.values[k * grid.count + q]
                    #expect(logValue.isFinite)
                    #expect(abs(exp(logValue) - probabilities[k]) <= 1e-12 * max(1, probabilities[k]))
                }
            }
        }
    }
}
