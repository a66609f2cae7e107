import Foundation

/// Facts about a session that the engine does not know: who, when, and how it went.
public struct SessionMetadata: Sendable, Hashable, Codable {
    /// The session id.
    public var sessionID: String
    /// The candidate's name as typed.
    public var candidate: String
    /// When the session started.
    public var startedAt: Date
    /// How often answers were taken back.
    public var undoCount: Int
    /// How often the session was resumed after a quit or crash.
    public var resumeCount: Int
    /// Answers typed after the time limit (recorded as skipped, kept for the interviewer).
    public var lateAnswers: [LateAnswer]

    /// Creates metadata.
    public init(
        sessionID: String, candidate: String, startedAt: Date, undoCount: Int = 0, resumeCount: Int = 0,
        lateAnswers: [LateAnswer] = []
    ) {
        self.sessionID = sessionID
        self.candidate = candidate
        self.startedAt = startedAt
        self.undoCount = undoCount
        self.resumeCount = resumeCount
        self.lateAnswers = lateAnswers
    }
}

/// Builds the result document of a finished session.
public struct ResultBuilder: Sendable {
    /// The banks the session ran on.
    public let bankSet: BankSet

    /// Creates a builder.
    public init(bankSet: BankSet) {
        self.bankSet = bankSet
    }

    /// The document for a finished session, or nil while it is still running.
    public func document(for session: AssessmentSession, metadata: SessionMetadata, finishedAt: Date) -> ResultDocument? {
        guard let outcome = session.outcome else { return nil }
        let catalogue = bankSet.catalogue
        let itemsByID = Dictionary(bankSet.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let roles = outcome.roles
            .map { result in
                RoleSummary(
                    id: result.roleID, name: catalogue.role(result.roleID)?.name ?? result.roleID,
                    fit: result.fit, fitSE: result.fitStandardError, probability: result.probability,
                    capabilityProbability: result.capabilityProbability,
                    orientationProbability: result.orientationProbability)
            }
            .sorted { $0.probability > $1.probability }
        let areas = outcome.areas.map { area(result: $0) }
        let records = zip(session.answers, outcome.trace).enumerated().map { index, pair in
            record(index: index + 1, answer: pair.0, trace: pair.1, item: itemsByID[pair.0.itemID])
        }
        let roleName = { (id: String) in catalogue.role(id)?.name ?? id }
        let recommendation = RecommendationSummary(
            kind: RecommendationKind(outcome.recommendation),
            roles: outcome.recommendation.roleIDs,
            label: outcome.recommendation.noClearFitReason == nil
                ? outcome.recommendation.roleIDs.map(roleName).joined(separator: " / ")
                : RecommendationSummary.noClearFitLabel,
            confidence: outcome.confidence,
            confidenceWords: ConfidenceWords(probability: outcome.confidence),
            stopReason: outcome.stopReason, reason: outcome.recommendation.noClearFitReason, rule: outcome.axes.rule)
        let axes = AxesSummary(outcome.axes, roleIDs: outcome.roles.map(\.roleID), roleName: roleName)
        let target = ResultSections.target(outcome.target)
        var document = ResultDocument(
            schema: ResultDocument.schemaIdentifier, sessionID: metadata.sessionID, candidate: metadata.candidate,
            mode: session.settings.mode, targetRole: session.settings.targetRole,
            startedAt: metadata.startedAt, finishedAt: finishedAt, engineVersion: RoleFitVersion.current,
            seed: session.settings.seed, settings: session.settings,
            banks: bankSet.banks.map { BankFingerprint(id: $0.id, sha256: $0.contentHash, items: $0.items.count) },
            recommendation: recommendation, roles: roles, areas: areas, items: records,
            summary: Narrative(strongest: [], weakest: [], why: ""),
            integrity: integrity(records: records, metadata: metadata, outcome: outcome),
            disclaimer: ResultDocument.disclaimer, depth: outcome.depth, axes: axes,
            target: target, selfView: ResultSections.selfView(outcome.selfView))
        document.summary = ResultNarrative(document).stored
        return document
    }

    private func area(result: AreaResult) -> AreaSummary {
        let combined = result.performance.combined
        let score = ScoreScale.score(combined.mean)
        let low = ScoreScale.score(combined.mean - 1.96 * combined.standardDeviation)
        let high = ScoreScale.score(combined.mean + 1.96 * combined.standardDeviation)
        return AreaSummary(
            id: result.areaID, name: bankSet.catalogue.area(result.areaID)?.name ?? result.areaID,
            areaOnly: Estimate(theta: result.performance.areaOnly.mean, se: result.performance.areaOnly.standardDeviation),
            combined: Estimate(theta: combined.mean, se: combined.standardDeviation),
            score: score, scoreLow: low, scoreHigh: high, band: ScoreBand(score: score),
            itemCount: result.performance.itemCount,
            selfRating: result.selfReport.map { Estimate(theta: $0.combined.mean, se: $0.combined.standardDeviation) },
            selfRatingCount: result.selfReport?.itemCount ?? 0, measured: result.isMeasured,
            nextSteps: bankSet.catalogue.area(result.areaID)?.nextSteps)
    }

    private func record(index: Int, answer: AnsweredItem, trace: AnswerTrace, item: Item?) -> ItemRecord {
        let kind = item?.kind
        let correct = item.flatMap { AnswerFeedback(item: $0, category: trace.category).correct }
        let keyedRoles: [String]? =
            if kind == .roleKeyed, case .option(let index) = answer.response,
                let option = item?.options[safe: index]
            { option.roles } else { nil }
        return ItemRecord(
            index: index, id: answer.itemID, kind: RecordedItemKind(kind), area: trace.areaID,
            prompt: item?.prompt ?? "", options: item.map { $0.options.map(\.text) }, response: answer.response,
            answerText: item.map { AnswerText.describe(answer.response, for: $0) } ?? "",
            correct: correct, score: kind == .roleKeyed ? nil : trace.category,
            maxScore: max(0, (item?.categoryCount ?? 1) - 1), keyedRoles: keyedRoles, seconds: answer.seconds,
            theta: trace.theta, se: trace.standardError, leadingRole: trace.leadingRole,
            leaderProbability: trace.leaderProbability, provisional: item?.isProvisional, pretest: trace.pretest)
    }

    private func integrity(records: [ItemRecord], metadata: SessionMetadata, outcome: AssessmentOutcome) -> Integrity {
        let signals = SignalsSummary(outcome.signals)
        let skipped = records.count { $0.response == .skipped }
        var notes: [String] = []
        if metadata.undoCount > 0 {
            notes.append("\(metadata.undoCount) answer\(metadata.undoCount == 1 ? "" : "s") taken back with :undo.")
        }
        if skipped > 0 { notes.append("\(skipped) question\(skipped == 1 ? "" : "s") skipped.") }
        let notApplicable = records.count { $0.response == .notApplicable }
        if notApplicable > 0 {
            notes.append("\(notApplicable) statement\(notApplicable == 1 ? "" : "s") answered 'not applicable'.")
        }
        if metadata.resumeCount > 0 {
            notes.append(
                "The session was interrupted and resumed \(metadata.resumeCount) time\(metadata.resumeCount == 1 ? "" : "s").")
        }
        if outcome.stopReason == .timeLimit { notes.append("The time limit ended the session.") }
        for late in metadata.lateAnswers {
            let number = records.last { $0.id == late.itemID }.map { "Question \($0.index)" } ?? "A question"
            notes.append(
                late.text.isEmpty
                    ? "\(number) was still open when the time ran out; it counts as skipped."
                    : "\(number) was answered after the time limit (typed: \"\(late.text)\"); it was not scored.")
        }
        return Integrity(
            notes: notes, undoCount: metadata.undoCount, skippedCount: skipped,
            resumeCount: metadata.resumeCount, totalSeconds: records.reduce(0) { $0 + $1.seconds }, signals: signals,
            lateAnswers: metadata.lateAnswers.isEmpty ? nil : metadata.lateAnswers)
    }
}
