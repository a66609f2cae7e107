import Foundation
import Testing

@testable import RoleFitCore

@Suite("Item fit")
struct ItemFitTests {
    /// P(correct | θ) of the misfitting items planted in the data (the fitted model is the 2PL).
    enum Planted {
        /// A 3PL item with heavy guessing: low-θ people answer far above a 2PL curve.
        case guessing
        /// An item that is easiest at `center` and harder on both sides (a badly keyed distractor does this).
        case peaked(center: Double)

        func probability(at theta: Double) -> Double {
            switch self {
            case .guessing: 0.4 + 0.6 / (1 + exp(-2.2 * (theta - 0.8)))
            case .peaked(let center): 0.1 + 0.8 * exp(-(theta - center) * (theta - center) / 0.6)
            }
        }
    }

    /// 2PL items with a in 0.7–1.9 and b in −1.8–1.8, plus the planted items at the given columns.
    func responses(
        people: Int, items: Int, planted: [Int: Planted], answered: (Double, Int) -> Bool, seed: UInt64
    ) -> ResponseMatrix {
        var generator = SeededGenerator(seed: seed)
        let models = (0..<items).map { _ in
            LogisticItemModel(a: 0.7 + 1.2 * generator.nextUnit(), b: -1.8 + 3.6 * generator.nextUnit())
        }
        var matrix = ResponseMatrix(itemCount: items, categoryCount: 2)
        for _ in 0..<people {
            let theta = generator.nextStandardNormal()
            var answers: [(item: Int, category: Int)] = []
            for (index, model) in models.enumerated() where answered(theta, index) {
                let probability = planted[index]?.probability(at: theta) ?? model.probabilityCorrect(at: theta)
                answers.append((index, generator.nextUnit() < probability ? 1 : 0))
            }
            matrix.appendPerson(answers)
        }
        return matrix
    }

    @Test("χ² upper tail: known quantiles, the closed form for 2 df, and erfc for 1 df")
    func chiSquareTail() {
        #expect(abs(ChiSquareDistribution.upperTail(3.841458820694124, degreesOfFreedom: 1) - 0.05) < 1e-9)
        #expect(abs(ChiSquareDistribution.upperTail(18.307038053275146, degreesOfFreedom: 10) - 0.05) < 1e-9)
        #expect(abs(ChiSquareDistribution.upperTail(0.554298076728276, degreesOfFreedom: 5) - 0.99) < 1e-9)
        for x in [0.01, 0.5, 3, 12, 40, 200] {
            #expect(abs(ChiSquareDistribution.upperTail(x, degreesOfFreedom: 2) - exp(-x / 2)) < 1e-12 * max(1, exp(-x / 2)))
            let oneDegree = erfc((x / 2).squareRoot())
            #expect(abs(ChiSquareDistribution.upperTail(x, degreesOfFreedom: 1) - oneDegree) <= 1e-12 + 1e-9 * oneDegree)
        }
        #expect(ChiSquareDistribution.upperTail(0, degreesOfFreedom: 3) == 1)
        #expect(ChiSquareDistribution.upperTail(.infinity, degreesOfFreedom: 3) == 0)
    }

    @Test("Complete data: a guessing item and a peaked item are flagged; of 28 items that follow the 2PL none is")
    func completeData() throws {
        let planted: [Int: Planted] = [4: .guessing, 19: .peaked(center: 0)]
        let matrix = responses(people: 3000, items: 30, planted: planted, answered: { _, _ in true }, seed: 11)
        let fitter = BockAitkinEM()
        let result = fitter.fit(matrix, model: .twoPL)
        let fit = fitter.itemFit(result, responses: matrix)
        #expect(fit.count == 30)
        for item in planted.keys.sorted() {
            #expect(fit[item].flagged, "item \(item): \(fit[item])")
        }
        let falseFlags = fit.filter { planted[$0.item] == nil && $0.flagged }
        #expect(falseFlags.isEmpty, "\(falseFlags)")
        // The 28 well-fitting items' p-values are not piled up near zero (about 1.4 expected below 0.05).
        let small = fit.filter { planted[$0.item] == nil && ($0.pValue ?? 1) < 0.05 }
        #expect(small.count <= 5, "\(small.map { ($0.item, $0.pValue ?? 1) })")
        #expect(fit.allSatisfy { $0.degreesOfFreedom == 8 })
    }

    @Test("Sparse adaptive data (each person answers the 15 of 60 items nearest a noisy θ guess): misfit flagged, the rest not")
    func sparseAdaptiveData() throws {
        var generator = SeededGenerator(seed: 5)
        let difficulties = (0..<60).map { _ in -2 + 4 * generator.nextUnit() }
        // The planted item peaks where it is given, so its misfit shows among the people who answer it.
        let planted: [Int: Planted] = [7: .peaked(center: difficulties[7])]
        // Items "near" θ: the 15 whose difficulty is closest to a noisy θ estimate (missing not at random).
        let matrix = responses(
            people: 6000, items: 60, planted: planted,
            answered: { theta, item in
                let guess = theta + 1.2 * sin(Double(item) * 12.9898 + theta * 78.233)
                let distance = abs(difficulties[item] - guess)
                return difficulties.filter { abs($0 - guess) < distance }.count < 15
            }, seed: 17)
        let fitter = BockAitkinEM()
        let result = fitter.fit(matrix, model: .twoPL)
        let fit = fitter.itemFit(result, responses: matrix)
        #expect(fit[7].flagged, "\(fit[7])")
        let falseFlags = fit.filter { $0.item != 7 && $0.flagged }
        #expect(falseFlags.count <= 2, "\(falseFlags)")
    }

    @Test("Three five-category items (few rest patterns, so many people share a rest θ): no false misfit")
    func fewItemsWithTiedRestTheta() {
        // Before ties were ordered by person, the last bits of the rest θ — which depend on the tested answer
        // itself — split each tie block between groups, and nearly every item here had p < 0.01.
        var generator = SeededGenerator(seed: 3)
        var small: [Double] = []
        for _ in 0..<5 {
            let items = (0..<3).map { index in
                ReportedItemParameters(
                    a: [1.5, 0.7, 1.5][index], b: [-1.4, -0.4, 0.4, 1.4].map { $0 + (index == 1 ? -0.6 : 0.6) })
            }
            let thetas = (0..<1000).map { _ in generator.nextStandardNormal() }
            let matrix = SimulatedResponses.draw(items: items, model: .graded, thetas: thetas, generator: &generator)
            let fitter = BockAitkinEM()
            let fit = fitter.itemFit(fitter.fit(matrix, model: .graded), responses: matrix)
            #expect(fit.allSatisfy { $0.pValue != nil }, "\(fit)")
            small += fit.compactMap(\.pValue).filter { $0 < 0.05 }
        }
        #expect(small.count <= 3 && small.filter { $0 < 0.01 }.count <= 1, "\(small)")
    }

    @Test("Items with too few answers and excluded items are listed with a note, never dropped")
    func untestedItemsAreListed() {
        var matrix = ResponseMatrix(itemCount: 3, categoryCount: 2)
        var generator = SeededGenerator(seed: 3)
        for person in 0..<400 {
            let theta = generator.nextStandardNormal()
            var answers: [(item: Int, category: Int)] = [(0, generator.nextUnit() < 1 / (1 + exp(-theta)) ? 1 : 0)]
            if person < 60 { answers.append((1, generator.nextUnit() < 1 / (1 + exp(-theta)) ? 1 : 0)) }
            matrix.appendPerson(answers)
        }
        let fitter = BockAitkinEM()
        let result = fitter.fit(matrix, model: .twoPL)
        let fit = fitter.itemFit(result, responses: matrix)
        #expect(fit.count == 3)
        #expect(fit[2].note == "not fitted, so not tested")
        #expect(fit[1].pValue == nil && fit[1].note?.contains("needs at least 150") == true, "\(fit[1])")
        #expect(fit.allSatisfy { !$0.flagged })
    }
}
