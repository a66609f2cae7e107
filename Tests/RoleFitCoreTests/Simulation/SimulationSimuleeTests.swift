import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitResearch

/// Simulees, their answers and the full-bank decision.
@Suite("Simulation: simulees and the full-bank decision")
struct SimulationSimuleeTests {
    static func study(_ configuration: SimulationConfiguration) throws -> SimulationStudy {
        try SimulationStudy(bankSet: try #require(SimulationSupport.shippedBanks), configuration: configuration)
    }

    @Test("Every category of every shipped item has an answer that scores back to it")
    func responseBook() throws {
        let plan = try Self.study(SimulationConfiguration(simulees: 1)).plan
        let book = ResponseBook(plan: plan)
        for (index, item) in plan.items.enumerated() {
            let count = plan.models[index].categoryCount
            for category in 0..<count {
                let choices = book.choices[index][category]
                #expect(!choices.isEmpty, "\(item.id) category \(category)")
                for response in choices {
                    #expect(try ResponseScoring.category(of: response, for: item, categoryCount: count) == category)
                }
            }
            // A wrong answer can be any wrong option, not only the first.
            if item.kind == .singleChoice {
                #expect(book.choices[index][0].count == item.options.filter { !$0.isCorrect }.count, "\(item.id)")
            }
        }
    }

    @Test("Keyed options are picked at the hit rate; true θ has the population's correlations; draws are reproducible")
    func population() throws {
        for hit in [0.55, 0.40] {
            let configuration = SimulationConfiguration(simulees: 1, seed: 3, population: SimulationPopulation(keyedHitRate: hit))
            let study = try Self.study(configuration)
            let plan = study.plan
            let keyed = plan.items.indices.filter { plan.items[$0].kind == .roleKeyed }
            var hits = 0
            var total = 0
            var sum = 0.0
            var products = 0.0
            var squares = (0.0, 0.0)
            let draws = 1500
            for n in 0..<draws {
                let simulee = study.run.factory.simulee(n)
                let role = plan.roleIDs[try #require(simulee.trueRole)]
                for index in keyed {
                    total += 1
                    let option = try #require(simulee.categories[index])
                    if plan.items[index].options[option].roles.contains(role) { hits += 1 }
                }
                // Areas 0 and 1 (performance): correlation 0.35, unit variance.
                sum += simulee.theta[0]
                products += simulee.theta[0] * simulee.theta[1]
                squares.0 += simulee.theta[0] * simulee.theta[0]
                squares.1 += simulee.theta[1] * simulee.theta[1]
            }
            let rate = Double(hits) / Double(total)
            #expect(abs(rate - hit) < 0.01, "hit rate \(rate) for \(hit)")
            #expect(abs(sum / Double(draws)) < 0.1)
            #expect(abs(squares.0 / Double(draws) - 1) < 0.1 && abs(squares.1 / Double(draws) - 1) < 0.1)
            #expect(abs(products / Double(draws) - 0.35) < 0.1)
            let again = study.run.factory.simulee(7)
            let first = study.run.factory.simulee(7)
            #expect(again.categories == first.categories && again.theta == first.theta)
        }
    }

    @Test("The full-bank decision equals replaying every answer through a session")
    func fullBankMatchesReplay() throws {
        let bankSet = SyntheticBanks.bankSet(knowledgePerArea: 3, gradedPerArea: 1, selfRatingsPerArea: 1, roleKeyed: 6)
        let settings = SessionSettings(minItems: 1000, maxItems: 1000, contentMinimum: 0)
        let plan = try AssessmentPlan(bankSet: bankSet, settings: settings)
        let study = try SimulationStudy(
            bankSet: bankSet, configuration: SimulationConfiguration(simulees: 1, seed: 11, settings: settings))
        let simulee = study.run.factory.simulee(0)
        var session = AssessmentSession(plan: plan)
        var presented = Set<Int>()
        while let item = session.currentQuestion, let index = plan.index(ofItem: item.id) {
            presented.insert(index)
            try session.record(simulee.responses[index], seconds: 0)
        }
        // Self-ratings are asked only in the self-view block after a decision, which never comes here.
        #expect(presented.count == plan.items.filter { $0.kind != .selfRating }.count)
        let full = plan.decision(
            afterAnswering: simulee.categories.indices.map { presented.contains($0) ? simulee.categories[$0] : nil })
        for r in plan.roleIDs.indices {
            #expect(abs(full.probabilities[r] - session.decision.probabilities[r]) < 1e-9)
        }
        for k in plan.dimensions.indices {
            #expect(abs(full.combinedMean[k] - session.decision.combinedMean[k]) < 1e-9)
        }
        #expect(full.leader == session.decision.leader)
    }

    @Test("A reseeded plan runs the same session as a plan built with that seed")
    func reseededPlan() throws {
        let bankSet = SyntheticBanks.bankSet()
        let base = try AssessmentPlan(bankSet: bankSet, settings: SessionSettings(seed: 1))
        let direct = try AssessmentPlan(bankSet: bankSet, settings: SessionSettings(seed: 42))
        let reseeded = AssessmentPlan(reseeding: base, seed: 42)
        #expect(reseeded.settings == direct.settings)
        var a = AssessmentSession(plan: reseeded)
        var b = AssessmentSession(plan: direct)
        for answer in [0, 1, 2, 0, 1, 3, 0, 0] {
            #expect(a.currentQuestion?.id == b.currentQuestion?.id)
            try a.record(.option(answer % 2), seconds: 1)
            try b.record(.option(answer % 2), seconds: 1)
        }
        #expect(a.answers == b.answers)
    }

    @Test("The same seed gives the same records; another seed other simulees")
    func determinism() throws {
        let configuration = SimulationConfiguration(simulees: 24, seed: 9)
        let first = try Self.study(configuration).records()
        let second = try Self.study(configuration).records()
        #expect(first.map(\.presented) == second.map(\.presented))
        #expect(first.map(\.confidence) == second.map(\.confidence))
        #expect(first.map(\.recommended) == second.map(\.recommended))
        var other = configuration
        other.seed = 10
        #expect(try Self.study(other).records().map(\.presented) != first.map(\.presented))
    }
}
