import Foundation
import RoleFitCore

/// Six hand-made team results whose statistics the team tests compute by hand.
///
/// Area scores (nil: not asked about):
///
///     member  risk  prio  tech   mean of measured
///     Ana      40    70    –     55
///     Ben      50    80    20    50
///     Cleo     60    90    30    60
///     Dev      70    –     40    55
///     Eve      80    60    –     70
///     Finn     90    50    10    50
enum TeamFixture {
    /// The six members' names (Ben's has characters that need escaping everywhere).
    static let names = ["Ana María", "Ben \"<b>\" & Co, Ltd", "Cleo", "Dev", "Eve", "Finn"]
    /// Their area scores: risk-management, prioritisation, technical-depth.
    static let scores: [[Int?]] = [[40, 70, nil], [50, 80, 20], [60, 90, 30], [70, nil, 40], [80, 60, nil], [90, 50, 10]]
    /// Their recommendations.
    static let recommended: [[String]] = [["product"], ["product"], ["program", "tpm"], ["project"], ["product"], ["tpm"]]
    /// Their P(best) per role.
    static let probabilities: [[String: Double]] = [
        ["product": 0.70, "project": 0.10, "program": 0.10, "tpm": 0.10],
        ["product": 0.80, "project": 0.10, "program": 0.05, "tpm": 0.05],
        ["product": 0.02, "project": 0.02, "program": 0.50, "tpm": 0.46],
        ["product": 0.10, "project": 0.80, "program": 0.05, "tpm": 0.05],
        ["product": 0.90, "project": 0.04, "program": 0.03, "tpm": 0.03],
        ["product": 0.05, "project": 0.05, "program": 0.10, "tpm": 0.80],
    ]

    /// Each member's items. k1 (single choice, 4 options, option 1 right): right for Ana, Cleo, Eve.
    /// k2 (true-false): Ana and Ben right, Cleo wrong, Dev skipped. g1 (graded, 0–3): Ben 3, Cleo 2,
    /// Dev 1, Finn 0. p1 (preference): options 1,1,2,3,1,2. s1 (self-rating): Ana 4, Ben 5, Eve 3.
    static func items(member: Int) -> [ItemRecord] {
        let f = ResultFixtures.self
        var items: [ItemRecord] = []
        let k1Choice = [0, 1, 0, 2, 0, 1][member]
        items.append(
            f.item(
                1, id: "k1", kind: .singleChoice, area: "risk-management", response: .option(k1Choice),
                correct: k1Choice == 0, score: k1Choice == 0 ? 1 : 0, prompt: "Which risk <first> & why?"))
        if member <= 3 {
            let response: ItemResponse = member == 3 ? .skipped : .option(member == 2 ? 1 : 0)
            items.append(
                f.item(
                    2, id: "k2", kind: .trueFalse, area: "prioritisation", response: response,
                    correct: member != 2, score: member != 2 ? 1 : 0, optionCount: 2))
        }
        let graded: [Int: Int] = [1: 3, 2: 2, 3: 1, 5: 0]
        if let score = graded[member] {
            items.append(
                f.item(3, id: "g1", kind: .gradedScenario, area: "technical-depth", response: .option(3 - score), score: score))
        }
        items.append(
            f.item(4, id: "p1", kind: .roleKeyed, area: "risk-management", response: .option([0, 0, 1, 2, 0, 1][member])))
        let ratings: [Int: Int] = [0: 4, 1: 5, 4: 3]
        if let rating = ratings[member] {
            items.append(
                f.item(
                    5, id: "s1", kind: .selfRating, area: "prioritisation", response: .rating(rating),
                    score: rating - 1, optionCount: 5))
        }
        return items
    }

    /// The six documents.
    static func documents() -> [ResultDocument] {
        (0..<6).map { member in
            ResultFixtures.document(
                name: names[member], sessionID: "team-\(member)", minute: member, scores: scores[member],
                probabilities: probabilities[member], recommended: recommended[member],
                items: items(member: member))
        }
    }
}
