import Foundation
import Testing

@testable import RoleFitCore

/// docs/engine.md, Numeric oracles and oracles.json: category probabilities and information.
@Suite("Item model oracles")
struct ItemModelOracleTests {
    static let grm = GradedResponseModel(a: 1.5, thresholds: [-1.5, -0.5, 0.5, 1.5])
    static let gpcm = PartialCreditModel(a: 1.5, steps: [-1.5, -0.5, 0.5, 1.5])

    @Test(
        "GRM table of docs/engine.md, Numeric oracles",
        arguments: [
            (-1.0, [0.3208213008, 0.3583573984, 0.2254718359, 0.0723720950, 0.0229773699], 0.6818288632),
            (0.0, [0.0953494649, 0.2254718359, 0.3583573984, 0.2254718359, 0.0953494649], 0.6969908399),
            (1.2, [0.0171240333, 0.0553024520, 0.1867986155, 0.3514141331, 0.3893607661], 0.6681623646),
        ])
    func gradedResponseTable(theta: Double, probabilities: [Double], information: Double) {
        expectClose(Self.grm.categoryProbabilities(at: theta), probabilities, tolerance: 1e-8)
        #expect(abs(Self.grm.information(at: theta) - information) <= 1e-8)
        expectClose(Self.grm.logCategoryProbabilities(at: theta).map { exp($0) }, probabilities, tolerance: 1e-8)
    }

    @Test(
        "GPCM table of docs/engine.md, Numeric oracles",
        arguments: [
            (-1.0, [0.2366932256, 0.5010795625, 0.2366932256, 0.0249472824, 0.0005867038], 1.2955223475),
            (0.0, [0.0243540048, 0.2310643640, 0.4891632624, 0.2310643640, 0.0243540048], 1.4781617242),
            (1.2, [0.0002362073, 0.0135576997, 0.1736348668, 0.4961878711, 0.3163833551], 1.1996263200),
        ])
    func partialCreditTable(theta: Double, probabilities: [Double], information: Double) {
        expectClose(Self.gpcm.categoryProbabilities(at: theta), probabilities, tolerance: 1e-8)
        #expect(abs(Self.gpcm.information(at: theta) - information) <= 1e-8)
        #expect(abs(Self.gpcm.informationFromDerivatives(at: theta) - information) <= 1e-8)
        expectClose(Self.gpcm.logCategoryProbabilities(at: theta).map { exp($0) }, probabilities, tolerance: 1e-8)
    }

    @Test("3PL and 2PL values of docs/engine.md, Numeric oracles")
    func logisticValues() {
        let item = LogisticItemModel(a: 1.2, b: 0.5, c: 0.2)
        #expect(abs(item.probabilityCorrect(at: 0) - 0.4834749550) <= 1e-8)
        #expect(abs(item.information(at: 0) - 0.1931653880) <= 1e-8)
        #expect(abs(item.informationFromDerivatives(at: 0) - 0.1931653880) <= 1e-8)
        for (a, b, expected) in [(1.2, -0.5, 0.3294493063), (0.8, 0.3, 0.1577179393), (1.6, 1.0, 0.3577953073)] {
            #expect(abs(LogisticItemModel(a: a, b: b).information(at: 0) - expected) <= 1e-8)
        }
    }

    @Test("3PL curves and information of oracles.json")
    func logisticCurvesFromOracleFile() throws {
        let curves = try SharedBenchFiles.oracles().irf_3pl
        #expect(curves.items.count == 4)
        for (name, parameters) in curves.items {
            let model = LogisticItemModel(a: parameters.a, b: parameters.b, c: parameters.c)
            let probabilities = try #require(curves.P[name])
            let information = try #require(curves.info[name])
            #expect(probabilities.count == curves.thetas.count)
            for (index, theta) in curves.thetas.enumerated() {
                #expect(abs(model.probabilityCorrect(at: theta) - probabilities[index]) <= 1e-8)
                #expect(abs(exp(model.logCategoryProbabilities(at: theta)[1]) - probabilities[index]) <= 1e-8)
                #expect(abs(exp(model.logCategoryProbabilities(at: theta)[0]) - (1 - probabilities[index])) <= 1e-8)
                #expect(abs(model.information(at: theta) - information[index]) <= 1e-8)
                #expect(abs(model.informationFromDerivatives(at: theta) - information[index]) <= 1e-8)
            }
        }
    }

    @Test("GRM and GPCM of oracles.json")
    func polytomousFromOracleFile() throws {
        let poly = try SharedBenchFiles.oracles().polytomous
        let grm = GradedResponseModel(a: poly.GRM.item.a, thresholds: poly.GRM.item.thresholds)
        let gpcm = PartialCreditModel(a: poly.GPCM.item.a, steps: poly.GPCM.item.thresholds)
        #expect(poly.GRM.values.count == 5 && poly.GPCM.values.count == 5)
        for value in poly.GRM.values {
            expectClose(grm.categoryProbabilities(at: value.theta), value.category_probs, tolerance: 1e-8)
            #expect(abs(grm.information(at: value.theta) - value.info) <= 1e-8)
        }
        for value in poly.GPCM.values {
            expectClose(gpcm.categoryProbabilities(at: value.theta), value.category_probs, tolerance: 1e-8)
            #expect(abs(gpcm.information(at: value.theta) - value.info) <= 1e-8)
        }
    }

    @Test("Closed-form 3PL maximum information is the maximum of the curve")
    func maximumInformation() {
        for (a, b, c) in [(1.0, 0.0, 0.2), (1.7, -0.8, 0.15), (0.6, 1.5, 0.0), (2.2, 0.4, 0.25)] {
            let model = LogisticItemModel(a: a, b: b, c: c)
            let peak = model.thetaOfMaximumInformation
            #expect(abs(model.information(at: peak) - model.maximumInformation) <= 1e-12)
            for offset in stride(from: -3.0, through: 3.0, by: 0.01) {
                #expect(model.information(at: peak + offset) <= model.maximumInformation * (1 + 1e-12))
            }
        }
    }

    @Test("Role table from the key: 0.55 on own options, rest even; uniform when unkeyed")
    func roleChoiceFromKey() {
        let model = RoleChoiceModel(
            optionRoles: [["project"], ["product"], ["program", "project"], []],
            roleIDs: ["project", "product", "program", "tpm"]
        )
        expectClose(model.table[0], [0.275, 0.225, 0.275, 0.225], tolerance: 1e-15)
        expectClose(model.table[1], [0.15, 0.55, 0.15, 0.15], tolerance: 1e-15)
        expectClose(model.table[2], [0.15, 0.15, 0.55, 0.15], tolerance: 1e-15)
        expectClose(model.table[3], [0.25, 0.25, 0.25, 0.25], tolerance: 1e-15)
    }
}

/// Element-wise closeness with a message naming the first mismatch.
func expectClose(
    _ actual: [Double], _ expected: [Double], tolerance: Double, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (index, pair) in zip(actual, expected).enumerated() where abs(pair.0 - pair.1) > tolerance {
        Issue.record("element \(index): \(pair.0) vs \(pair.1)", sourceLocation: sourceLocation)
    }
}
