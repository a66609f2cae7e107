import Foundation
import RoleFitCore

/// A fixed set of sessions on the shipped banks, run in-process with fixed seeds, answers, times
/// and dates, so their result documents (and every report and export of them) are the same bytes
/// on every run.
enum GoldenSessions {
    /// One session of the set: how it is run.
    struct Plan: Sendable {
        /// The file stem of its goldens.
        var name: String
        /// The candidate's name (with characters every output format has to escape).
        var candidate: String
        /// Engine settings, seed included.
        var settings: SessionSettings
        /// Picks the answer to the n-th question (0-based).
        var answer: @Sendable (Int, Item) -> ItemResponse
        /// Seconds taken on the n-th question.
        var seconds: @Sendable (Int) -> Double = { [12, 7.5, 1.5, 30, 9][$0 % 5] }
        /// Undo and resume counts recorded in the metadata.
        var undoCount = 0
        var resumeCount = 0
    }

    /// The set: self-assessment, training, an interview with a target and a time limit, a hybrid,
    /// and a session with skips and fast answers.
    static let plans: [Plan] = [
        Plan(
            name: "self", candidate: "Ada Lovelace", settings: SessionSettings(mode: .selfAssessment, seed: 11),
            answer: { n, item in answer(n, item, bias: 0) }),
        Plan(
            name: "training", candidate: "O'Brien, \"Zoë\" <ops> & co", settings: SessionSettings(mode: .training, seed: 23),
            answer: { n, item in answer(n, item, bias: 1) }, undoCount: 2),
        Plan(
            name: "interview", candidate: "Grace Hopper",
            settings: SessionSettings(
                mode: .interview, targetRole: "tpm",
                timeLimit: 600, seed: 5),
            answer: { n, item in answer(n, item, bias: 2) }, seconds: { _ in 40 }, resumeCount: 1),
        Plan(
            name: "hybrid", candidate: "Hy Brid", settings: SessionSettings(mode: .selfAssessment, seed: hybridSeed),
            answer: { n, item in answer(n, item, bias: hybridBias) }),
        Plan(
            name: "skips", candidate: "Skip *Often* | _md_", settings: SessionSettings(mode: .training, maxItems: 20, seed: 99),
            answer: { n, item in n % 4 == 3 ? .skipped : answer(n, item, bias: 3) }, seconds: { n in n % 2 == 0 ? 1 : 3 }),
    ]

    /// The seed and answer bias of the hybrid session (found once by trying seeds; the golden test
    /// checks it still ends in a hybrid).
    static let hybridSeed: UInt64 = 2
    static let hybridBias = 0

    /// A deterministic answer that depends on the question's position and the bias.
    static func answer(_ n: Int, _ item: Item, bias: Int) -> ItemResponse {
        let count = max(1, item.options.count)
        switch item.kind {
        case .multipleResponse: return .options([(n + bias) % count, (n + bias + 1) % count])
        case .selfRating: return .rating(1 + (n + bias) % 5)
        case .singleChoice, .trueFalse, .gradedScenario, .roleKeyed: return .option((n * 3 + bias) % count)
        }
    }

    /// The shipped banks.
    static func bankSet() throws -> BankSet {
        let folder = RolefitProcess.packageRoot.appendingPathComponent("QuestionBanks")
        let loaded = BankLoader.load(paths: [folder.path])
        guard let bankSet = loaded.bankSet else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(loaded.diagnostics)"])
        }
        return bankSet
    }

    /// Runs one plan to its result document.
    static func document(_ plan: Plan, bankSet: BankSet, index: Int) throws -> ResultDocument? {
        var session = try AssessmentSession(bankSet: bankSet, settings: plan.settings)
        var n = 0
        while let item = session.currentQuestion, n < 200 {
            do {
                try session.record(plan.answer(n, item), seconds: plan.seconds(n))
            } catch {
                try session.record(.skipped, seconds: plan.seconds(n))
            }
            n += 1
        }
        let started = Date(timeIntervalSince1970: 1_796_000_000 + Double(index) * 3600)
        let metadata = SessionMetadata(
            sessionID: "golden-\(plan.name)", candidate: plan.candidate, startedAt: started,
            undoCount: plan.undoCount, resumeCount: plan.resumeCount)
        let finished = started.addingTimeInterval(session.answers.reduce(0) { $0 + $1.seconds } + 17)
        return ResultBuilder(bankSet: bankSet).document(for: session, metadata: metadata, finishedAt: finished)
    }
}
