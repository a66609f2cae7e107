import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitResearch

/// How each population answers the shipped items: through the items' own options, scored by the
/// engine's rules, with the truth each population is meant to have.
@Suite("Simulation: how each population answers")
struct SimulationPopulationAnswerTests {
    /// A study of one simulee (only its plan and factory are used).
    static func study(_ kind: PopulationKind, seed: UInt64 = 17, hitRate: Double = 0.55) throws -> SimulationStudy {
        try SimulationStudy(
            bankSet: try #require(SimulationSupport.shippedBanks),
            configuration: SimulationConfiguration(
                simulees: 1, seed: seed, population: SimulationPopulation(kind: kind, keyedHitRate: hitRate)))
    }

    @Test(
        "Every population's every answer is one the engine accepts, and its category is the scored one",
        arguments: PopulationKind.allCases)
    func answersScore(kind: PopulationKind) throws {
        let study = try Self.study(kind)
        let plan = study.plan
        for number in 0..<3 {
            let simulee = study.run.factory.simulee(number)
            #expect(simulee.responses.count == plan.items.count)
            for (index, item) in plan.items.enumerated() {
                let category = try ResponseScoring.category(
                    of: simulee.responses[index], for: item, categoryCount: plan.models[index].categoryCount)
                #expect(category != nil && category == simulee.categories[index], "\(kind) \(item.id)")
            }
        }
    }

    @Test("Random responders: options, ratings and subsets uniform")
    func random() throws {
        let study = try Self.study(.random)
        let items = study.plan.items
        var ratings = [Int](repeating: 0, count: 6)
        var firstOption = 0
        var fourOptionAnswers = 0
        var subsetSizes = Set<Int>()
        let draws = 400
        for number in 0..<draws {
            let simulee = study.run.factory.simulee(number)
            for (index, item) in items.enumerated() {
                switch simulee.responses[index] {
                case .rating(let value): ratings[value] += 1
                case .option(let option) where item.options.count == 4:
                    fourOptionAnswers += 1
                    if option == 0 { firstOption += 1 }
                case .options(let subset):
                    #expect(!subset.isEmpty)
                    subsetSizes.insert(subset.count)
                default: break
                }
            }
        }
        let ratingTotal = Double(ratings.reduce(0, +))
        for value in 1...5 { #expect(abs(Double(ratings[value]) / ratingTotal - 0.2) < 0.01, "rating \(value)") }
        #expect(abs(Double(firstOption) / Double(fourOptionAnswers) - 0.25) < 0.01)
        #expect(subsetSizes.count >= 3)
        #expect(study.run.factory.simulee(0).trueRole == nil && study.run.factory.simulee(0).pickRole == nil)
    }

    @Test("Straight-liners: always the first (last) option, rating 1 (5)")
    func straight() throws {
        for (kind, last) in [(PopulationKind.straightFirst, false), (.straightLast, true)] {
            let study = try Self.study(kind)
            let simulee = study.run.factory.simulee(3)
            for (index, item) in study.plan.items.enumerated() {
                let position = last ? item.options.count - 1 : 0
                switch (item.kind, simulee.responses[index]) {
                case (.selfRating, .rating(let value)): #expect(value == (last ? 5 : 1))
                case (.multipleResponse, .options(let subset)): #expect(subset == [position])
                case (_, .option(let option)): #expect(option == position, "\(item.id)")
                default: Issue.record("\(kind): unexpected answer to \(item.id)")
                }
            }
        }
    }

    @Test("Acquiescent: every self-rating a raw 4 or 5, so reverse-keyed ones score low; other answers as in-model")
    func acquiescent() throws {
        let study = try Self.study(.acquiescent)
        let inModel = try Self.study(.inModel)
        var reverseScoredLow = 0
        var reverse = 0
        for number in 0..<20 {
            let simulee = study.run.factory.simulee(number)
            #expect(simulee.trueRole == inModel.run.factory.simulee(number).trueRole)
            for (index, item) in study.plan.items.enumerated() where item.kind == .selfRating {
                guard case .rating(let value) = simulee.responses[index] else {
                    Issue.record("\(item.id): not a rating")
                    continue
                }
                #expect(value == 4 || value == 5)
                if item.isReverseKeyed {
                    reverse += 1
                    if (simulee.categories[index] ?? 4) <= 1 { reverseScoredLow += 1 }
                }
            }
        }
        #expect(reverse > 0 && reverseScoredLow == reverse)
    }

    @Test("Fakers: every capability answer lowest (highest), every pick keyed to the faked role")
    func fakers() throws {
        for (kind, wrong) in [(PopulationKind.fakerWrong, true), (.fakerRight, false)] {
            let study = try Self.study(kind)
            let plan = study.plan
            let simulee = study.run.factory.simulee(5)
            let book = ResponseBook(plan: plan)
            #expect(simulee.trueRole == nil && simulee.pickRole == plan.roleIDs.firstIndex(of: "tpm"))
            for (index, item) in plan.items.enumerated() {
                let top = plan.models[index].categoryCount - 1
                switch item.kind {
                case .roleKeyed:
                    guard case .option(let option) = simulee.responses[index] else { continue }
                    #expect(item.options[option].roles.contains("tpm") || !item.options.contains { $0.roles.contains("tpm") })
                case .selfRating:
                    #expect(simulee.categories[index] == top)
                default:
                    let reached = (0...top).filter { book.isReachable(item: index, category: $0) }
                    #expect(simulee.categories[index] == (wrong ? reached.first : reached.last), "\(item.id)")
                }
            }
        }
        let banks = try #require(SimulationSupport.shippedBanks)
        #expect(throws: SimulationError.self) {
            try SimulationStudy(
                bankSet: banks,
                configuration: SimulationConfiguration(
                    simulees: 1, population: SimulationPopulation(kind: .fakerWrong, fakedRole: "astronaut")))
        }
    }

    @Test("Independent: the picks follow a uniformly drawn role, unrelated to the true role")
    func independent() throws {
        let study = try Self.study(.independent)
        var counts = [[Int]](repeating: [0, 0, 0, 0], count: 4)
        let draws = 2000
        for number in 0..<draws {
            let simulee = study.run.factory.simulee(number)
            counts[try #require(simulee.trueRole)][try #require(simulee.pickRole)] += 1
        }
        let same = (0..<4).reduce(0) { $0 + counts[$1][$1] }
        // Independent: P(pick = true) = 1/4 (binomial SE 0.0097); the in-model population has it 1.
        #expect(abs(Double(same) / Double(draws) - 0.25) < 0.04)
        for pick in 0..<4 {
            let column = (0..<4).reduce(0) { $0 + counts[$1][pick] }
            #expect(abs(Double(column) / Double(draws) - 0.25) < 0.04)
        }
    }

    @Test("Beta hit rates: mean 0.55, and simulees differ far more than one shared rate allows")
    func betaHit() throws {
        var spreads: [Double] = []
        for kind in [PopulationKind.betaHit, .inModel] {
            let study = try Self.study(kind)
            let plan = study.plan
            let keyed = plan.items.indices.filter {
                plan.items[$0].kind == .roleKeyed && plan.items[$0].parameterSource == .roleKey
            }
            var rates: [Double] = []
            for number in 0..<600 {
                let simulee = study.run.factory.simulee(number)
                let role = plan.roleIDs[try #require(simulee.trueRole)]
                let hits = keyed.filter { index in
                    guard let option = simulee.categories[index] else { return false }
                    return plan.items[index].options[option].roles.contains(role)
                }
                rates.append(Double(hits.count) / Double(keyed.count))
            }
            let mean = rates.reduce(0, +) / Double(rates.count)
            let sd = (rates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(rates.count - 1)).squareRoot()
            #expect(abs(mean - 0.55) < 0.02, "\(kind) mean \(mean)")
            spreads.append(sd)
        }
        // Beta(2, 2)·0.6 has SD 0.134; one shared rate only the binomial ≈ 0.05 over ~90 picks.
        #expect(spreads[0] > 0.11 && spreads[1] < 0.07, "\(spreads)")
    }

    @Test("Perturbed parameters: locations shifted by N(0, 0.5²), discriminations scaled by U(0.6, 1.4)")
    func perturbed() throws {
        var generator = SeededGenerator(seed: 4)
        var shifts: [Double] = []
        var scales: [Double] = []
        for _ in 0..<4000 {
            guard
                case .graded(let a, let thresholds) = SimuleeFactory.perturbed(
                    .graded(a: 1.5, thresholds: [-1, 0, 1]), &generator)
            else {
                Issue.record("the model changed")
                continue
            }
            shifts.append(thresholds[1])
            #expect(abs(thresholds[2] - thresholds[0] - 2) < 1e-12)
            scales.append(a / 1.5)
        }
        let mean = shifts.reduce(0, +) / Double(shifts.count)
        let sd = (shifts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(shifts.count - 1)).squareRoot()
        #expect(abs(mean) < 0.03 && abs(sd - 0.5) < 0.03)
        #expect(scales.allSatisfy { (0.6...1.4).contains($0) })
        #expect((scales.min() ?? 1) < 0.62 && (scales.max() ?? 1) > 1.38)
        #expect(SimuleeFactory.perturbed(.roleTable([[0.5, 0.5]]), &generator) == .roleTable([[0.5, 0.5]]))

        // The perturbed population answers differently from the in-model one with the same θ; the engine's plan is the bank's.
        let perturbedStudy = try Self.study(.perturbed)
        let inModel = try Self.study(.inModel)
        #expect(perturbedStudy.plan.models == inModel.plan.models)
        let a = perturbedStudy.run.factory.simulee(1)
        let b = inModel.run.factory.simulee(1)
        #expect(a.theta == b.theta && a.categories != b.categories)
    }

    @Test("All-high and all-low: every θ at ±2, no true role, picks uniform")
    func extremes() throws {
        for (kind, value) in [(PopulationKind.allHigh, 2.0), (.allLow, -2.0)] {
            let study = try Self.study(kind)
            let simulee = study.run.factory.simulee(0)
            #expect(simulee.theta.allSatisfy { $0 == value })
            #expect(simulee.trueRole == nil && simulee.pickRole == nil)
        }
        #expect(SimuleeFactory.argmax([1, 1, 0.5]) == nil && SimuleeFactory.argmax([1, 2, 0.5]) == 1)
    }

    @Test("Population names parse, 'all' expands, unknown names are refused with the list")
    func names() throws {
        #expect(try PopulationKind.parse(["random", "all"]).count == PopulationKind.allCases.count)
        #expect(try PopulationKind.parse(["faker-wrong", "faker-wrong"]) == [.fakerWrong])
        #expect(throws: SimulationError.self) { try PopulationKind.parse(["lazy"]) }
        #expect(PopulationKind.allCases.filter(\.hasTrueRole) == [.inModel, .acquiescent, .independent, .betaHit, .perturbed])
    }
}
