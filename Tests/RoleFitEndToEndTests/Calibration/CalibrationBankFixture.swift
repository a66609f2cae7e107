import Foundation
import RoleFitCore
import RoleFitResearch

/// A small bank folder written for calibration tests (the fixture catalogue's three areas and three
/// roles; per area 5 knowledge items, 2 true/false, 1 multiple-response, 2 graded scenarios and 3
/// self-ratings, all with provisional parameters; 8 role-keyed items keyed one option per role), and
/// true parameters that differ from the authored ones.
enum CalibrationBankFixture {
    /// The fixture catalogue.
    static let catalogue = RolefitProcess.packageRoot.appendingPathComponent(
        "Tests/RoleFitCoreTests/Fixtures/Banks/catalogue.yaml")

    /// The areas of the fixture catalogue.
    static let areas = ["schedule-time", "market-customer", "technical-risk"]

    /// The pretest items `pretestBankText` adds, one per area.
    static let pretestIDs = areas.map { "\($0)-p0" }

    /// A second bank with one pretest multiple-response item per area (authored: difficulty hard).
    static var pretestBankText: String {
        var lines = ["format: rolefit-bank/1", "id: calib-pretest", "title: Pretest fixture", "items:"]
        for area in areas {
            lines += [
                "  - id: \(area)-p0", "    kind: multiple-response", "    area: \(area)",
                "    prompt: \"New question on \(area)?\"",
                "    explanation: \"Because.\"", "    options:", "      - text: First", "        correct: true",
                "      - text: Second", "        correct: true", "      - text: Third", "    difficulty: hard",
                "    pretest: true",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The pretest items' true parameters (authored: a = 1, b = 0.5).
    static let pretestTruth = ItemParameters.dichotomous(a: 1.6, b: -0.4, c: 0)

    /// The bank file's text.
    static var bankText: String {
        var lines = ["format: rolefit-bank/1", "id: calib", "title: Calibration fixture", "items:"]
        let ratings = ["very-easy", "easy", "hard", "very-hard", "easy"]
        for (a, area) in areas.enumerated() {
            for i in 0..<5 {
                lines += [
                    "  - id: \(area)-k\(i)", "    kind: single-choice", "    area: \(area)",
                    "    prompt: \"Knowledge question \(i) about \(area)?\"", "    options:",
                    "      - text: Right", "        correct: true", "      - text: Wrong one", "      - text: Wrong two",
                    "      - text: Wrong three", "    difficulty: \(ratings[(i + a) % ratings.count])",
                ]
            }
            for i in 0..<2 {
                lines += [
                    "  - id: \(area)-t\(i)", "    kind: true-false", "    area: \(area)",
                    "    prompt: \"Statement \(i) about \(area).\"", "    answer: true", "    difficulty: easy",
                ]
            }
            lines += [
                "  - id: \(area)-m0", "    kind: multiple-response", "    area: \(area)",
                "    prompt: \"Pick both about \(area).\"",
                "    options:", "      - text: First", "        correct: true", "      - text: Second", "        correct: true",
                "      - text: Third", "    difficulty: hard",
            ]
            for i in 0..<2 {
                lines += [
                    "  - id: \(area)-g\(i)", "    kind: graded-scenario", "    area: \(area)",
                    "    prompt: \"Scenario \(i) about \(area)?\"", "    options:", "      - text: Best", "        score: 2",
                    "      - text: Fair", "        score: 1", "      - text: Poor", "        score: 0", "    difficulty: easy",
                ]
            }
            for i in 0..<3 {
                lines += [
                    "  - id: \(area)-s\(i)", "    kind: self-rating", "    area: \(area)",
                    "    prompt: \"I am good at \(area), part \(i).\"", "    difficulty: easy",
                ]
            }
        }
        for i in 0..<8 {
            lines += [
                "  - id: pref-\(i)", "    kind: role-keyed", "    area: \(areas[i % 3])",
                "    prompt: \"Which would you rather do (\(i))?\"",
                "    options:", "      - text: Plan the dates", "        roles: [project]", "      - text: Choose the problem",
                "        roles: [product]", "      - text: Design the system", "        roles: [tpm]",
            ]
        }
        // Every item gets an explanation (the loader warns without one).
        return lines.flatMap { $0.hasPrefix("    prompt:") ? [$0, "    explanation: \"Because it is so.\""] : [$0] }
            .joined(separator: "\n") + "\n"
    }

    /// A fresh folder with `banks/` (catalogue and bank, and the pretest bank when asked) and an empty `results/`.
    static func folder(pretest: Bool = false) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("calibrate-sessions-\(UUID().uuidString)")
        let banks = root.appendingPathComponent("banks")
        try FileManager.default.createDirectory(at: banks, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("results"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: catalogue, to: banks.appendingPathComponent("catalogue.yaml"))
        try bankText.write(to: banks.appendingPathComponent("calib.yaml"), atomically: true, encoding: .utf8)
        if pretest {
            try pretestBankText.write(to: banks.appendingPathComponent("pretest.yaml"), atomically: true, encoding: .utf8)
        }
        return root
    }

    /// The banks of a fixture folder, as authored.
    static func banks(in root: URL) throws -> BankSet {
        let result = BankLoader.load(paths: [root.appendingPathComponent("banks").path], applyCalibration: false)
        guard let set = result.bankSet else { throw FixtureError(message: "\(result.diagnostics)") }
        return set
    }

    /// True parameters: every scored item's a and b moved away from the authored values (a × 1.5 or
    /// × 0.7, b ± 0.6, alternately), c kept.
    static func truth(for banks: BankSet) -> [String: ItemParameters] {
        var truth: [String: ItemParameters] = [:]
        for (index, item) in banks.items.enumerated() {
            let scale = index % 2 == 0 ? 1.5 : 0.7
            let shift = index % 3 == 0 ? 0.6 : -0.6
            switch item.parameters {
            case .dichotomous(let a, let b, let c): truth[item.id] = .dichotomous(a: a * scale, b: b + shift, c: c)
            case .graded(let a, let thresholds): truth[item.id] = .graded(a: a * scale, thresholds: thresholds.map { $0 + shift })
            case .partialCredit(let a, let steps): truth[item.id] = .partialCredit(a: a * scale, steps: steps.map { $0 + shift })
            case .roleTable: break
            }
        }
        return truth
    }

    /// Writes `count` simulated results into `results/` and returns the truth they were drawn from;
    /// `trainingShift` moves b of dichotomous items for the training-mode sessions (DIF by mode).
    @discardableResult
    static func simulate(
        in root: URL, count: Int, hitRate: Double, seed: UInt64, trainingShift: [String: Double] = [:]
    ) throws -> [String: ItemParameters] {
        let banks = try banks(in: root)
        var truth = truth(for: banks)
        for id in pretestIDs where banks.items.contains(where: { $0.id == id }) { truth[id] = pretestTruth }
        var shifted: [String: ItemParameters] = [:]
        for (id, shift) in trainingShift {
            if case .dichotomous(let a, let b, let c) = truth[id] { shifted[id] = .dichotomous(a: a, b: b + shift, c: c) }
        }
        let documents = SimulatedResults(banks: banks, truth: truth, hitRate: hitRate, exposure: 0.85, trainingTruth: shifted)
            .documents(count: count, seed: seed)
        let store = ResultStore(folder: root.appendingPathComponent("results").path)
        for document in documents { _ = try store.save(document) }
        return truth
    }

    /// A failure building the fixture.
    struct FixtureError: Error {
        var message: String
    }
}
