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

    /// The set: consistent people who end in one role (self-assessment, training), an interview whose
    /// candidate shows the target's skills and one who picks its options but answers every skill
    /// question wrong, a hybrid, preferences and skills that point to different roles, answers that
    /// fit no profile, and a quick session with skips and fast answers.
    static let plans: [Plan] = [
        Plan(
            name: "self", candidate: "Ada Lovelace", settings: SessionSettings(mode: .selfAssessment, seed: 11),
            answer: profile(drawnTo: "product", strong: defining("product"), selfRating: honest(defining("product")))),
        Plan(
            name: "training", candidate: "O'Brien, \"Zoë\" <ops> & co", settings: SessionSettings(mode: .training, seed: 23),
            answer: profile(drawnTo: "program", strong: defining("program"), selfRating: honest(defining("program"))),
            undoCount: 2),
        Plan(
            name: "interview", candidate: "Grace Hopper",
            settings: SessionSettings(mode: .interview, targetRole: "tpm", timeLimit: 1200, seed: 5),
            answer: profile(drawnTo: "tpm", strong: defining("tpm"), selfRating: { _ in 4 }), seconds: { _ in 40 },
            resumeCount: 1),
        Plan(
            name: "faker", candidate: "Faker <all wrong>",
            settings: SessionSettings(mode: .interview, targetRole: "tpm", timeLimit: 1200, seed: 5),
            answer: profile(drawnTo: "tpm", strong: [], selfRating: { _ in 5 }), seconds: { _ in 40 }),
        Plan(
            name: "hybrid", candidate: "Hy Brid", settings: SessionSettings(mode: .selfAssessment, seed: hybridSeed),
            answer: alternating(
                profile(drawnTo: "program", strong: hybridStrong, selfRating: { _ in 3 }),
                profile(drawnTo: "product", strong: hybridStrong, selfRating: { _ in 3 }))),
        Plan(
            name: "split", candidate: "Split [Two] Ways", settings: SessionSettings(mode: .selfAssessment, seed: 2),
            answer: profile(drawnTo: "product", strong: defining("program"), selfRating: { _ in 5 })),
        Plan(
            name: "random", candidate: "Pat Tern", settings: SessionSettings(mode: .training, seed: 23),
            answer: { n, item in answer(n, item, bias: 2) }),
        Plan(
            name: "skips", candidate: "Skip *Often* | _md_",
            settings: SessionSettings(mode: .training, maxItems: 20, seed: 99, depth: .quick),
            answer: { n, item in n % 4 == 3 ? .skipped : answer(n, item, bias: 3) }, seconds: { n in n % 2 == 0 ? 1 : 3 }),
    ]

    /// The seed of the hybrid session (found once by trying seeds; the golden test checks it still
    /// ends in a hybrid).
    static let hybridSeed: UInt64 = 3

    /// The hybrid's strong areas: both roles' defining areas.
    static let hybridStrong = defining("program").union(defining("product"))

    /// Answers from `first` on even questions and from `second` on odd ones.
    static func alternating(
        _ first: @escaping @Sendable (Int, Item) -> ItemResponse, _ second: @escaping @Sendable (Int, Item) -> ItemResponse
    ) -> @Sendable (Int, Item) -> ItemResponse {
        { n, item in n % 2 == 0 ? first(n, item) : second(n, item) }
    }

    /// The areas a role weights at 0.10 or more in the shipped catalogue (empty if the banks cannot be read).
    static func defining(_ role: String) -> Set<String> {
        let weights = (try? bankSet())?.catalogue.role(role)?.weights ?? [:]
        return Set(weights.filter { $0.value >= 0.10 }.map(\.key))
    }

    /// Self-ratings of 4 in `strong` areas and 2 elsewhere.
    static func honest(_ strong: Set<String>) -> @Sendable (String) -> Int { { strong.contains($0) ? 4 : 2 } }

    /// A deterministic answer that depends on the question's position and the bias.
    static func answer(_ n: Int, _ item: Item, bias: Int) -> ItemResponse {
        let count = max(1, item.options.count)
        switch item.kind {
        case .multipleResponse: return .options([(n + bias) % count, (n + bias + 1) % count])
        case .selfRating: return .rating(1 + (n + bias) % 5)
        case .singleChoice, .trueFalse, .gradedScenario, .roleKeyed: return .option((n * 3 + bias) % count)
        }
    }

    /// A consistent person: picks the options keyed to `drawnTo` (the first option when none is),
    /// answers right (or best) in `strong` areas and wrong (or worst) elsewhere, and rates themself
    /// `selfRating(area)` on every statement (reverse-keyed ones mirrored, so the rating means the same).
    static func profile(
        drawnTo: String, strong: Set<String>, selfRating: @escaping @Sendable (String) -> Int
    ) -> @Sendable (Int, Item) -> ItemResponse {
        { _, item in
            let good = strong.contains(item.area)
            switch item.kind {
            case .roleKeyed:
                return .option(item.options.firstIndex { $0.roles.contains(drawnTo) } ?? 0)
            case .selfRating:
                let rating = min(5, max(1, selfRating(item.area)))
                return .rating(item.isReverseKeyed ? 6 - rating : rating)
            case .multipleResponse:
                let right = item.options.indices.filter { item.options[$0].isCorrect }
                let wrong = item.options.indices.filter { !item.options[$0].isCorrect }
                return .options(Set(good ? right : Array(wrong.prefix(2))))
            case .singleChoice, .trueFalse:
                return .option(item.options.firstIndex { $0.isCorrect == good } ?? 0)
            case .gradedScenario:
                let scores = item.options.map(\.score)
                let target = good ? scores.max() : scores.min()
                return .option(scores.firstIndex { $0 == target } ?? 0)
            }
        }
    }

    /// The shipped banks.
    static func bankSet() throws -> BankSet {
        let folder = RolefitProcess.shippedBanks
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
