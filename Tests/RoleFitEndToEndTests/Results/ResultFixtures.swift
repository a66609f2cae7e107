import Foundation
import RoleFitCore

/// Builds result documents by hand, so tests know every number in them.
enum ResultFixtures {
    /// The areas the fixtures use: id and name.
    static let areas = [
        ("risk-management", "Risk management"), ("prioritisation", "Prioritisation"),
        ("technical-depth", "Technical depth and architecture"),
    ]
    /// The roles the fixtures use: id and name.
    static let roles = [
        ("project", "Project manager"), ("product", "Product manager"), ("program", "Program manager"),
        ("tpm", "Technical program manager"),
    ]

    /// A document with the given area scores (nil: not measured), role probabilities (by role id),
    /// recommendation and items; everything else fixed.
    static func document(
        name: String, sessionID: String, minute: Int, scores: [Int?], probabilities: [String: Double],
        recommended: [String], items: [ItemRecord] = [], mode: SessionMode = .training,
        notes: [String] = []
    ) -> ResultDocument {
        let finished = Date(timeIntervalSince1970: 1_795_000_000 + Double(minute) * 60)
        let areaSummaries = zip(areas, scores).map { area, score in
            let value = score ?? 50
            return AreaSummary(
                id: area.0, name: area.1, areaOnly: Estimate(theta: 0, se: 1), combined: Estimate(theta: 0, se: 0.8),
                score: value, scoreLow: max(0, value - 20), scoreHigh: min(100, value + 20),
                band: ScoreBand(score: value), itemCount: score == nil ? 0 : 2, selfRating: nil, selfRatingCount: 0)
        }
        let roleSummaries = roles.map { id, roleName in
            RoleSummary(
                id: id, name: roleName, fit: 0, fitSE: 0.3, probability: probabilities[id] ?? 0,
                capabilityProbability: 0.25, orientationProbability: 0.25)
        }.sorted { $0.probability > $1.probability }
        let label = recommended.map { id in roles.first { $0.0 == id }?.1 ?? id }.joined(separator: " / ")
        let confidence = recommended.reduce(0) { $0 + (probabilities[$1] ?? 0) }
        return ResultDocument(
            sessionID: sessionID, candidate: name, mode: mode, targetRole: nil,
            startedAt: finished.addingTimeInterval(-600), finishedAt: finished, engineVersion: "test", seed: 42,
            settings: SessionSettings(seed: 42),
            banks: [BankFingerprint(id: "fixture", sha256: String(repeating: "ab", count: 32), items: 10)],
            recommendation: RecommendationSummary(
                kind: recommended.count > 1 ? .hybrid : .role, roles: recommended, label: label, confidence: confidence,
                confidenceWords: ConfidenceWords(probability: confidence),
                stopReason: recommended.count > 1 ? .topTwo : .confident),
            roles: roleSummaries, areas: areaSummaries, items: items,
            summary: Narrative(strongest: [areas[0].0], weakest: [areas[2].0], why: "Fixture <why> & \"reasons\"."),
            integrity: Integrity(
                notes: notes, undoCount: 0, skippedCount: items.count { $0.response == .skipped }, resumeCount: 0,
                fastAnswerCount: 0, totalSeconds: items.reduce(0) { $0 + $1.seconds }))
    }

    /// An item record; `correct`/`score` as for a knowledge or graded item, nil otherwise.
    static func item(
        _ index: Int, id: String, kind: ItemKind, area: String, response: ItemResponse, correct: Bool? = nil,
        score: Int? = nil, optionCount: Int = 4, prompt: String? = nil
    ) -> ItemRecord {
        let options = (1...optionCount).map { "Option \($0) of \(id)" }
        let answer: String =
            switch response {
            case .option(let chosen): "\(chosen + 1). \(options[safe: chosen] ?? "")"
            case .options(let chosen): chosen.sorted().map { String($0 + 1) }.joined(separator: ", ")
            case .rating(let value): "\(value) \(options[safe: value - 1] ?? "")"
            case .skipped: "skipped"
            case .notApplicable: "not applicable"
            }
        return ItemRecord(
            index: index, id: id, kind: .known(kind), area: area, prompt: prompt ?? "Question \(id)?", options: options,
            response: response, answerText: answer, correct: response == .skipped ? nil : correct,
            score: response == .skipped ? nil : score, maxScore: optionCount - 1,
            keyedRoles: kind == .roleKeyed ? ["product"] : nil,
            seconds: 10, theta: 0.1, se: 0.9, leadingRole: "product", leaderProbability: 0.5)
    }

    /// A fresh empty folder under the temporary directory.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rolefit-results-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Saves documents into `folder` with the real store and returns their paths.
    @discardableResult
    static func save(_ documents: [ResultDocument], in folder: URL) throws -> [String] {
        try documents.map { try ResultStore(folder: folder.path).save($0) }
    }
}
