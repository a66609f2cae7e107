import Foundation
import Testing

@testable import RoleFitCore

/// Respondents who do not follow the engine's model, driven straight through `AssessmentSession`
/// on the shipped banks (issue 12): the old engine gave random responders a confident role in 67.5%
/// of sessions and an all-wrong TPM faker "TPM — 100%" in an interview, so these bounds fail it.
@Suite("Earned confidence on respondents outside the model")
struct EarnedConfidenceTests {
    /// How a respondent answers one item.
    typealias Respondent = @Sendable (Item, inout SeededGenerator) -> ItemResponse

    static let banks: BankSet? = BankLoader.load(
        paths: [RolefitProcess.packageRoot.appendingPathComponent("QuestionBanks").path]).bankSet

    /// Runs `count` sessions and returns their outcomes.
    static func outcomes(
        _ count: Int, settings: SessionSettings = SessionSettings(), respondent: Respondent
    ) throws -> [AssessmentOutcome] {
        let banks = try #require(banks)
        let plan = try AssessmentPlan(bankSet: banks, settings: settings)
        return ParallelMap.map(count: count) { number in
            var session = AssessmentSession(plan: AssessmentPlan(reseeding: plan, seed: UInt64(number) &* 7919 &+ 11))
            var generator = SeededGenerator(seed: 0xC0FFEE, stream: UInt64(number))
            while let item = session.currentQuestion {
                let response = respondent(item, &generator)
                if (try? session.record(response, seconds: 30)) == nil {
                    // An answer the item cannot take is a bug in the respondent; skip so the session goes on.
                    _ = try? session.record(.skipped, seconds: 30)
                }
            }
            return session.outcome
        }.compactMap { $0 }
    }

    static let random: Respondent = { item, generator in
        switch item.kind {
        case .selfRating: return .rating(generator.nextIndex(below: 5) + 1)
        case .multipleResponse:
            var chosen = Set<Int>()
            while chosen.isEmpty {
                for index in item.options.indices where generator.nextUnit() < 0.5 { chosen.insert(index) }
            }
            return .options(chosen)
        default: return .option(generator.nextIndex(below: item.options.count))
        }
    }

    static func straight(last: Bool) -> Respondent {
        { item, _ in
            switch item.kind {
            case .selfRating: return .rating(last ? 5 : 1)
            case .multipleResponse: return .options([last ? item.options.count - 1 : 0])
            default: return .option(last ? item.options.count - 1 : 0)
            }
        }
    }

    /// Best (or worst) possible answers to every skill item; picks keyed to `role` (random when nil); self-ratings `rating`.
    static func extreme(best: Bool, picking role: String?, rating: Int) -> Respondent {
        { item, generator in
            switch item.kind {
            case .selfRating: return .rating(rating)
            case .roleKeyed:
                if let role, let index = item.options.firstIndex(where: { $0.roles.contains(role) }) { return .option(index) }
                return .option(generator.nextIndex(below: item.options.count))
            case .multipleResponse:
                let correct = Set(item.options.indices.filter { item.options[$0].isCorrect })
                return .options(best ? correct : [item.options.indices.first { !correct.contains($0) } ?? 0])
            case .gradedScenario:
                let scores = item.options.map(\.score)
                let target = best ? scores.max() : scores.min()
                return .option(scores.firstIndex { $0 == target } ?? 0)
            case .singleChoice, .trueFalse:
                let index = item.options.firstIndex { $0.isCorrect == best } ?? 0
                return .option(index)
            }
        }
    }

    static func share(_ outcomes: [AssessmentOutcome], _ predicate: (AssessmentOutcome) -> Bool) -> Double {
        Double(outcomes.count(where: predicate)) / Double(max(1, outcomes.count))
    }

    static func confidentSingle(_ outcome: AssessmentOutcome) -> Bool {
        if case .role = outcome.recommendation { return outcome.confidence >= 0.90 }
        return false
    }

    static func noClearFit(_ outcome: AssessmentOutcome) -> Bool { outcome.recommendation.noClearFitReason != nil }

    @Test("Random responders rarely get a confident role and mostly get no clear fit", arguments: SessionDepth.allCases)
    func randomResponders(depth: SessionDepth) throws {
        let outcomes = try Self.outcomes(200, settings: SessionSettings(depth: depth), respondent: Self.random)
        let confident = Self.share(outcomes, Self.confidentSingle)
        let none = Self.share(outcomes, Self.noClearFit)
        print(
            "random \(depth): confident \(confident), no-clear-fit \(none), mean length \(Double(outcomes.reduce(0) { $0 + $1.trace.count }) / Double(outcomes.count))"
        )
        #expect(confident <= 0.08)
        #expect(none >= 0.80)
    }

    @Test("Straight-liners rarely get a confident role", arguments: [false, true])
    func straightLiners(last: Bool) throws {
        let outcomes = try Self.outcomes(100, respondent: Self.straight(last: last))
        let confident = Self.share(outcomes, Self.confidentSingle)
        let none = Self.share(outcomes, Self.noClearFit)
        print("straight \(last): confident \(confident), no-clear-fit \(none)")
        #expect(confident <= 0.08)
        #expect(none >= 0.80)
    }

    @Test("An all-wrong faker picking the target's options never gets a positive interview verdict")
    func allWrongFaker() throws {
        let settings = SessionSettings(mode: .interview, targetRole: "tpm")
        let outcomes = try Self.outcomes(
            150, settings: settings, respondent: Self.extreme(best: false, picking: "tpm", rating: 5))
        for outcome in outcomes {
            #expect(outcome.target?.verdict != .demonstrated)
            #expect(!(Self.confidentSingle(outcome) && outcome.recommendation.roleIDs == ["tpm"]))
            #expect((outcome.target?.probabilityAboveAverage ?? 1) < 0.10)
        }
        let lengths = outcomes.map(\.trace.count)
        print("faker interview lengths \(lengths.min() ?? 0)…\(lengths.max() ?? 0)")
    }

    @Test("All-high and all-low respondents get equal capability probabilities", arguments: [true, false])
    func shapeNotLevel(high: Bool) throws {
        let outcomes = try Self.outcomes(40, respondent: Self.extreme(best: high, picking: nil, rating: 3))
        for role in 0..<4 {
            let mean = outcomes.reduce(0) { $0 + $1.roles[role].capabilityProbability } / Double(outcomes.count)
            print("\(high ? "all-high" : "all-low") \(outcomes.first?.roles[role].roleID ?? ""): \(mean)")
            #expect(mean >= 0.15 && mean <= 0.35)
        }
    }

    @Test("Skipping every preference question gives a capability-only result within the standard length")
    func skippingPreferences() throws {
        let respondent: Respondent = { item, generator in
            if item.kind == .roleKeyed { return .skipped }
            return Self.random(item, &generator)
        }
        let outcomes = try Self.outcomes(60, respondent: respondent)
        for outcome in outcomes {
            let picksAsked = outcome.trace.count { $0.source == nil && $0.category == nil }
            #expect(picksAsked <= 3)
            #expect(outcome.trace.count <= SessionDepth.standard.defaultMaxItems)
            #expect(outcome.axes.preference.evidenceCount == 0)
        }
    }

    @Test("An interview asks capability items in the target's defining areas first")
    func interviewAsksCapabilityFirst() throws {
        let banks = try #require(Self.banks)
        for target in banks.catalogue.roles.map(\.id) {
            let settings = SessionSettings(mode: .interview, targetRole: target)
            let outcomes = try Self.outcomes(20, settings: settings, respondent: Self.random)
            let role = try #require(banks.catalogue.role(target))
            let defining = Set(banks.catalogue.areas.map(\.id).filter { role.weight(of: $0) >= settings.contentWeightThreshold })
            for outcome in outcomes {
                let floor = defining.count * AssessmentPlan.interviewFloor
                let opening = outcome.trace.prefix(floor)
                #expect(opening.allSatisfy { $0.source == .performance && defining.contains($0.areaID) })
                #expect(outcome.trace.count { $0.source == .orientation } <= 4)
            }
        }
    }
}
