import Foundation
import RoleFitCore

/// Finished results of simulated people, for calibration studies and tests: each person has a true
/// best role (uniform over the catalogue) and one θ per calibration dimension (each area's shown and
/// self-rated level, independent N(0, 1)), is shown each item with probability `exposure`, and answers
/// it from the item's *true* parameters (`truth`, else the bank's), role-keyed items at `hitRate`.
/// The documents record the banks' fingerprints like a real session; the recommendation parts are
/// placeholders (calibration reads only the answers).
public struct SimulatedResults: Sendable {
    /// The banks the sessions are taken with.
    public var banks: BankSet
    /// True parameters by item id (items not named answer from their bank parameters).
    public var truth: [String: ItemParameters]
    /// P(an option keyed to one's own role) for role-keyed items whose table comes from keys.
    public var hitRate: Double
    /// The chance that a person is shown an item.
    public var exposure: Double
    /// True parameters that differ for the sessions in training mode (every second session; the rest
    /// are self-assessments): differential item functioning by mode, for DIF studies.
    public var trainingTruth: [String: ItemParameters]

    /// Creates a generator.
    public init(
        banks: BankSet, truth: [String: ItemParameters] = [:], hitRate: Double, exposure: Double,
        trainingTruth: [String: ItemParameters] = [:]
    ) {
        self.banks = banks
        self.truth = truth
        self.hitRate = hitRate
        self.exposure = exposure
        self.trainingTruth = trainingTruth
    }

    /// `count` result documents, reproducible from `seed`.
    public func documents(count: Int, seed: UInt64) -> [ResultDocument] {
        var generator = SeededGenerator(seed: seed)
        let roleIDs = banks.catalogue.roles.map(\.id)
        let fingerprints = banks.banks.map { BankFingerprint(id: $0.id, sha256: $0.contentHash, items: $0.items.count) }
        return (0..<count).map { person in
            let role = generator.nextIndex(below: max(1, roleIDs.count))
            var thetas: [String: Double] = [:]
            var records: [ItemRecord] = []
            for item in banks.items where generator.nextUnit() < exposure {
                let key = item.kind == .selfRating ? "self:" + item.area : item.area
                let theta = thetas[key] ?? generator.nextStandardNormal()
                thetas[key] = theta
                let own = person % 2 == 1 ? trainingTruth[item.id] : nil
                let probabilities = Self.probabilities(
                    own ?? truth[item.id] ?? item.parameters, item: item, role: role, roleIDs: roleIDs, theta: theta,
                    hitRate: hitRate)
                let category = Self.draw(probabilities, uniform: generator.nextUnit())
                records.append(Self.record(item, category: category, index: records.count + 1, leader: roleIDs[safe: role] ?? ""))
            }
            return Self.document(person: person, seed: seed, records: records, fingerprints: fingerprints, roleIDs: roleIDs)
        }
    }

    /// P(category) for a non-keyed item at θ, or P(option) for a role-keyed item given the role.
    static func probabilities(
        _ parameters: ItemParameters, item: Item, role: Int, roleIDs: [String], theta: Double, hitRate: Double
    ) -> [Double] {
        switch parameters {
        case .dichotomous(let a, let b, let c): LogisticItemModel(a: a, b: b, c: c).categoryProbabilities(at: theta)
        case .graded(let a, let thresholds): GradedResponseModel(a: a, thresholds: thresholds).categoryProbabilities(at: theta)
        case .partialCredit(let a, let steps): PartialCreditModel(a: a, steps: steps).categoryProbabilities(at: theta)
        case .roleTable(let table):
            item.parameterSource == .roleKey
                ? RoleChoiceModel(optionRoles: item.options.map(\.roles), roleIDs: roleIDs, hitRate: hitRate).table[safe: role]
                    ?? []
                : table[safe: role] ?? []
        }
    }

    /// The category a uniform falls in.
    static func draw(_ probabilities: [Double], uniform: Double) -> Int {
        var cumulative = 0.0
        for (category, probability) in probabilities.enumerated() {
            cumulative += probability
            if uniform < cumulative { return category }
        }
        return max(0, probabilities.count - 1)
    }

    /// The record of an answer in `category` (the option chosen, for role-keyed items).
    static func record(_ item: Item, category: Int, index: Int, leader: String) -> ItemRecord {
        let response: ItemResponse = item.kind == .selfRating ? .rating(category + 1) : .option(category)
        let keyed = item.kind == .roleKeyed
        return ItemRecord(
            index: index, id: item.id, kind: .known(item.kind), area: item.area, prompt: item.prompt,
            options: item.options.map(\.text), response: response, answerText: "\(category + 1)",
            correct: item.kind.isDichotomous ? category == 1 : nil, score: keyed ? nil : category,
            maxScore: max(0, item.categoryCount - 1), keyedRoles: keyed ? item.options[safe: category]?.roles ?? [] : nil,
            seconds: 20, theta: nil, se: nil, leadingRole: leader, leaderProbability: 0.5,
            provisional: item.isProvisional, pretest: item.isPretest ? true : nil)
    }

    /// A result document around the records.
    static func document(
        person: Int, seed: UInt64, records: [ItemRecord], fingerprints: [BankFingerprint], roleIDs: [String]
    ) -> ResultDocument {
        let finished = Date(timeIntervalSince1970: 1_795_000_000 + Double(person) * 60)
        let share = 1 / Double(max(1, roleIDs.count))
        return ResultDocument(
            sessionID: String(format: "sim-%016llx-%06d", seed, person), candidate: "Simulee \(person + 1)",
            mode: person % 2 == 0 ? .selfAssessment : .training, targetRole: nil,
            startedAt: finished.addingTimeInterval(-1200), finishedAt: finished, engineVersion: "simulated", seed: seed,
            settings: SessionSettings(seed: seed), banks: fingerprints,
            recommendation: RecommendationSummary(
                kind: .noClearFit, roles: [], label: RecommendationSummary.noClearFitLabel, confidence: share,
                confidenceWords: ConfidenceWords(probability: share), stopReason: .bankExhausted),
            roles: roleIDs.map {
                RoleSummary(
                    id: $0, name: $0, fit: 0, fitSE: 1, probability: share, capabilityProbability: share,
                    orientationProbability: share)
            },
            areas: [], items: records, summary: Narrative(strongest: [], weakest: [], why: "Simulated."),
            integrity: Integrity(
                notes: [], undoCount: 0, skippedCount: 0, resumeCount: 0, totalSeconds: Double(records.count) * 20))
    }
}
