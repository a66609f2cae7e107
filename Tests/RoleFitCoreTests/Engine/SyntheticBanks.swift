import Foundation

@testable import RoleFitCore

/// Small bank sets built in code, independent of the shipped banks.
enum SyntheticBanks {
    static let roleIDs = ["project", "product", "program", "tpm"]
    static let areaIDs = (0..<8).map { "area-\($0)" }

    /// Eight areas; each role has two areas of its own (weights .3/.25), one shared area and two common ones.
    static var catalogue: Catalogue {
        let weights: [[String: Double]] = [
            ["area-0": 0.30, "area-1": 0.25, "area-6": 0.15, "area-7": 0.15, "area-4": 0.15],
            ["area-2": 0.30, "area-3": 0.25, "area-6": 0.15, "area-7": 0.15, "area-0": 0.15],
            ["area-4": 0.30, "area-1": 0.25, "area-6": 0.15, "area-7": 0.15, "area-3": 0.15],
            ["area-5": 0.30, "area-4": 0.25, "area-6": 0.15, "area-7": 0.15, "area-2": 0.15],
        ]
        return Catalogue(
            areas: areaIDs.map { SkillArea(id: $0, name: $0.capitalized, description: "Synthetic area \($0).") },
            roles: roleIDs.indices.map { Role(id: roleIDs[$0], name: roleIDs[$0], focus: "Synthetic.", weights: weights[$0]) }
        )
    }

    /// A bank set: `knowledgePerArea` 2PL single-choice items per area (b from −2 to 2), optionally graded
    /// scenarios and self-ratings per area, and `roleKeyed` role-keyed items (four options, one per role).
    static func bankSet(
        knowledgePerArea: Int = 10, gradedPerArea: Int = 0, selfRatingsPerArea: Int = 0,
        roleKeyed: Int = 16, catalogue: Catalogue = catalogue
    ) -> BankSet {
        var items: [Item] = []
        for (areaIndex, area) in catalogue.areas.enumerated() {
            for k in 0..<knowledgePerArea {
                let b = knowledgePerArea == 1 ? 0 : -2 + 4 * Double(k) / Double(knowledgePerArea - 1)
                let a = 1.0 + 0.8 * Double((k * 7 + areaIndex) % 5) / 4
                items.append(
                    Item(
                        id: "\(area.id)-k\(k)", kind: .singleChoice, area: area.id, prompt: "Knowledge \(k) on \(area.id)?",
                        options: [
                            ItemOption(text: "right", isCorrect: true, score: 1), ItemOption(text: "wrong 1"),
                            ItemOption(text: "wrong 2"), ItemOption(text: "wrong 3"),
                        ],
                        parameters: .dichotomous(a: a, b: b, c: 0)))
            }
            for k in 0..<gradedPerArea {
                let shift = -1 + 2 * Double(k) / Double(max(1, gradedPerArea - 1))
                items.append(
                    Item(
                        id: "\(area.id)-g\(k)", kind: .gradedScenario, area: area.id, prompt: "Scenario \(k) on \(area.id)?",
                        options: (0..<4).map { ItemOption(text: "action \($0)", score: [2, 0, 3, 1][$0]) },
                        parameters: .partialCredit(a: 1.2, steps: [shift - 1, shift, shift + 1])))
            }
            for k in 0..<selfRatingsPerArea {
                let reverse = k % 2 == 1
                items.append(
                    Item(
                        id: "\(area.id)-s\(k)", kind: .selfRating, area: area.id, prompt: "I am good at \(area.id) (\(k)).",
                        options: (1...5).map { ItemOption(text: "\($0)", score: reverse ? 5 - $0 : $0 - 1) },
                        parameters: .graded(a: 1.4, thresholds: [-1.5, -0.5, 0.5, 1.5]), isReverseKeyed: reverse))
            }
        }
        let areaCount = catalogue.areas.count
        for k in 0..<roleKeyed {
            let optionRoles = (0..<4).map { [roleIDs[($0 + k) % 4]] }
            let table = RoleChoiceModel(optionRoles: optionRoles, roleIDs: catalogue.roles.map(\.id)).table
            items.append(
                Item(
                    id: "rk-\(k)", kind: .roleKeyed, area: catalogue.areas[k % areaCount].id, prompt: "What would you do (\(k))?",
                    options: optionRoles.map { ItemOption(text: "the \($0[0]) way", roles: $0) },
                    parameters: .roleTable(table), parameterSource: .roleKey))
        }
        return BankSet(
            catalogue: catalogue, banks: [QuestionBank(id: "synthetic", title: "Synthetic", file: "synthetic.yaml", items: items)]
        )
    }
}

/// A simulee with true abilities per area and a role orientation, answering from the models with a seeded generator.
struct SimulatedRespondent {
    /// True performance θ per area id (missing = 0).
    var performance: [String: Double]
    /// True self-rated θ per area id (missing = performance).
    var selfRated: [String: Double] = [:]
    /// Roles whose rows of the role tables drive role-keyed choices, used in turn.
    var orientation: [String]
    /// Whether role-keyed choices always take the option keyed to the role (instead of drawing from its row).
    var choosesKeyedOption = false
    var generator: SeededGenerator
    var roleKeyedAnswers = 0

    init(
        performance: [String: Double], selfRated: [String: Double] = [:], orientation: [String],
        choosesKeyedOption: Bool = false, seed: UInt64
    ) {
        self.performance = performance
        self.choosesKeyedOption = choosesKeyedOption
        self.selfRated = selfRated
        self.orientation = orientation
        generator = SeededGenerator(seed: seed)
    }

    /// Draws a category from probabilities.
    mutating func draw(_ probabilities: [Double]) -> Int {
        var u = generator.nextUnit()
        for (k, p) in probabilities.enumerated() {
            if u < p { return k }
            u -= p
        }
        return probabilities.count - 1
    }

    /// An answer to `item`, drawn from its model at this simulee's θ.
    mutating func answer(_ item: Item, roleIDs: [String]) -> ItemResponse {
        let theta = performance[item.area] ?? 0
        switch ItemModel(item.parameters) {
        case .logistic(let model):
            let right = generator.nextUnit() < model.probabilityCorrect(at: theta)
            return .option(item.options.firstIndex { $0.isCorrect == right } ?? 0)
        case .partialCredit(let model):
            let category = draw(model.categoryProbabilities(at: theta))
            return .option(item.options.firstIndex { $0.score == category } ?? 0)
        case .graded(let model):
            let category = draw(model.categoryProbabilities(at: selfRated[item.area] ?? theta))
            return .rating((item.options.firstIndex { $0.score == category } ?? category) + 1)
        case .roleChoice(let model):
            let role = orientation[roleKeyedAnswers % orientation.count]
            roleKeyedAnswers += 1
            if choosesKeyedOption, let keyed = item.options.firstIndex(where: { $0.roles.contains(role) }) {
                return .option(keyed)
            }
            return .option(draw(model.table[roleIDs.firstIndex(of: role) ?? 0]))
        }
    }

    /// Runs a whole session with this respondent (each answer takes `seconds`).
    mutating func take(_ session: inout AssessmentSession, seconds: Double = 10) throws {
        while let item = session.currentQuestion {
            try session.record(answer(item, roleIDs: session.plan.roleIDs), seconds: seconds)
        }
    }
}
