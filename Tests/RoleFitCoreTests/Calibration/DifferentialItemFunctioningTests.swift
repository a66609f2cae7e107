import Foundation
import Testing

@testable import RoleFitCore

@Suite("Differential item functioning")
struct DifferentialItemFunctioningTests {
    /// 40 2PL items, 1,500 people per group, both groups θ ~ N(0, 1); items 5, 17 and 31 are 0.6 harder
    /// for the focal group (their a is 1.3–1.7: with a = 1 a shift of 0.6 gives Δ ≈ 1.4, which ETS calls B).
    @Test("Three items with a 0.6 b shift are flagged C; at most one other item is B or C")
    func mantelHaenszelFlagsTheShiftedItems() {
        var generator = SeededGenerator(seed: 2026)
        let shifted: [Int: Double] = [5: 1.3, 17: 1.5, 31: 1.7]
        let items = (0..<40).map { index in
            LogisticItemModel(a: shifted[index] ?? (0.7 + 0.6 * generator.nextUnit()), b: -1.5 + 3 * generator.nextUnit())
        }
        var matrix = ResponseMatrix(itemCount: 40, categoryCount: 2)
        var focal: [Bool?] = []
        for person in 0..<3000 {
            let isFocal = person % 2 == 1
            let theta = generator.nextStandardNormal()
            var answers: [(item: Int, category: Int)] = []
            for (index, item) in items.enumerated() {
                var model = item
                if isFocal && shifted[index] != nil { model.b += 0.6 }
                answers.append((index, generator.nextUnit() < model.probabilityCorrect(at: theta) ? 1 : 0))
            }
            matrix.appendPerson(answers)
            focal.append(isFocal)
        }
        let results = DifferentialItemFunctioning.analyze(matrix, focal: focal)
        #expect(results.count == 40)
        for index in shifted.keys.sorted() {
            #expect(results[index].category == "C", "item \(index): \(results[index])")
            #expect((results[index].delta ?? 0) < 0)
        }
        let others = results.filter { shifted[$0.item] == nil && $0.category != "A" }
        #expect(others.count <= 1, "\(others)")
        #expect(results.allSatisfy { $0.category != nil })
    }

    @Test("Polytomous items with a shifted threshold get a large SMD; an item one group never answered is reported, not dropped")
    func polytomous() {
        var generator = SeededGenerator(seed: 7)
        var matrix = ResponseMatrix(itemCount: 6, categoryCount: 4)
        var focal: [Bool?] = []
        for person in 0..<2000 {
            let isFocal = person % 2 == 0
            let theta = generator.nextStandardNormal()
            var answers: [(item: Int, category: Int)] = []
            for index in 0..<5 {
                let shift = isFocal && index == 2 ? 0.8 : 0
                let model = GradedResponseModel(a: 1.4, thresholds: [-1 + shift, 0 + shift, 1 + shift])
                answers.append(
                    (index, SimulatedResponses.category(model.categoryProbabilities(at: theta), uniform: generator.nextUnit())))
            }
            if !isFocal { answers.append((5, 1)) }
            matrix.appendPerson(answers)
            focal.append(isFocal)
        }
        let results = DifferentialItemFunctioning.analyze(matrix, focal: focal)
        #expect(results[2].category == "C")
        #expect((results[2].standardizedMeanDifference ?? 0) < -0.25)
        #expect(results[5].category == nil && results[5].note != nil)
        #expect([0, 1, 3, 4].filter { results[$0].category != "A" }.count <= 1)
    }
}
