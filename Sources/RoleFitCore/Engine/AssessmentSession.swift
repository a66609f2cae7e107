import Foundation

/// An adaptive session as a pure value: given the bank set, the settings (with the seed) and the
/// answers so far, it yields the next question or the final result. The same inputs always give
/// the same session, so a journal of answers reproduces it exactly, and undo is a replay without
/// the last answer.
public struct AssessmentSession: Sendable {
    /// The precomputed plan (shared between copies).
    public let plan: AssessmentPlan
    /// The answer log.
    public private(set) var answers: [AnsweredItem] = []
    /// The next question, or the result.
    public private(set) var next: SessionStep
    /// The current beliefs about areas and roles.
    public private(set) var decision: DecisionState
    /// One entry per answer: the state after it.
    public private(set) var trace: [AnswerTrace] = []

    private var beliefs: Beliefs
    private var presented: Set<Int> = []
    /// Answered items that measure each area (role-keyed items measure roles, not areas).
    private var answeredPerArea: [Int]
    private var answeredPerDimension: [Int]
    private var elapsedSeconds = 0.0

    /// Starts a session; throws for invalid settings or banks without usable items.
    public init(bankSet: BankSet, settings: SessionSettings) throws(SessionError) {
        self.init(plan: try AssessmentPlan(bankSet: bankSet, settings: settings))
    }

    /// Starts a session from a prepared plan.
    public init(plan: AssessmentPlan) {
        self.plan = plan
        let beliefs = Beliefs(plan: plan)
        self.beliefs = beliefs
        decision = DecisionState(beliefs: beliefs, plan: plan)
        answeredPerArea = [Int](repeating: 0, count: plan.bankSet.catalogue.areas.count)
        answeredPerDimension = [Int](repeating: 0, count: plan.dimensions.count)
        next = .question(plan.items[0])
        next = decideNext()
    }

    /// Rebuilds a session from a journal of answers.
    public static func replaying(_ answers: [AnsweredItem], bankSet: BankSet, settings: SessionSettings)
        throws(SessionError) -> AssessmentSession
    {
        try AssessmentSession(bankSet: bankSet, settings: settings).replaying(answers)
    }

    /// A fresh session on the same plan with `answers` recorded in order.
    public func replaying(_ answers: [AnsweredItem]) throws(SessionError) -> AssessmentSession {
        var session = AssessmentSession(plan: plan)
        for answer in answers { try session.record(answer) }
        return session
    }

    /// The session without its last answer (unchanged when nothing has been answered).
    public func undoing() -> AssessmentSession {
        guard !answers.isEmpty else { return self }
        // Replaying answers this session accepted cannot fail.
        return (try? replaying(Array(answers.dropLast()))) ?? AssessmentSession(plan: plan)
    }

    /// The settings.
    public var settings: SessionSettings { plan.settings }

    /// The question being asked, if the session is running.
    public var currentQuestion: Item? {
        if case .question(let item) = next { return item }
        return nil
    }

    /// The result, once the session has finished.
    public var outcome: AssessmentOutcome? {
        if case .finished(let outcome) = next { return outcome }
        return nil
    }

    /// Whether the session is over.
    public var isFinished: Bool { outcome != nil }

    /// Records the answer to the current question. An invalid answer throws and changes nothing.
    public mutating func record(_ response: ItemResponse, seconds: Double) throws(SessionError) {
        guard case .question(let item) = next else { throw .sessionFinished }
        try record(AnsweredItem(itemID: item.id, response: response, seconds: seconds))
    }

    /// Records a journal entry; its item must be the current question.
    public mutating func record(_ answer: AnsweredItem) throws(SessionError) {
        guard case .question(let item) = next else { throw .sessionFinished }
        guard answer.itemID == item.id else { throw .unexpectedItem(expected: item.id, got: answer.itemID) }
        guard SessionDuration.isValidAnswer(answer.seconds) else { throw .invalidDuration(answer.seconds) }
        guard let index = plan.index(ofItem: item.id) else { throw .unexpectedItem(expected: item.id, got: answer.itemID) }
        let category = try ResponseScoring.category(
            of: answer.response, for: item,
            categoryCount: plan.models[index].categoryCount)
        presented.insert(index)
        answers.append(answer)
        elapsedSeconds += answer.seconds
        if let category {
            beliefs.add(item: index, category: category, plan: plan)
            if let dimension = plan.dimensionOfItem[index] {
                answeredPerDimension[dimension] += 1
                answeredPerArea[plan.areaOfItem[index]] += 1
            }
        }
        decision = DecisionState(beliefs: beliefs, plan: plan)
        trace.append(traceEntry(item: item, index: index, category: category, seconds: answer.seconds))
        next = decideNext()
    }

    /// Progress for the status line.
    public var snapshot: SessionSnapshot {
        SessionSnapshot(
            presentedCount: answers.count, answeredCount: answeredCount,
            leadingRole: plan.roleIDs[decision.leader], leaderProbability: decision.probabilities[decision.leader],
            runnerUp: plan.roleIDs[decision.runnerUp], estimatedRemaining: isFinished ? 0 : estimatedRemaining(),
            elapsedSeconds: elapsedSeconds)
    }

    /// Questions answered (not skipped).
    public var answeredCount: Int { trace.filter { $0.category != nil }.count }

    // MARK: - Deciding what comes next

    private func decideNext() -> SessionStep {
        let settings = plan.settings
        let rule =
            answeredCount >= settings.minItems
            ? StoppingRules.decisionRule(decision, thresholds: settings.thresholds, target: plan.targetRole) : nil
        let selector = ItemSelector(plan: plan)
        let candidates = selector.eligible(presented: presented)
        let deficient = deficientAreas(candidates: candidates)
        if let rule, deficient.isEmpty { return .finished(makeOutcome(rule)) }
        if let limit = settings.timeLimit, elapsedSeconds >= limit { return .finished(makeOutcome(.timeLimit)) }
        if answers.count >= settings.maxItems { return .finished(makeOutcome(.maxItems)) }
        let deficit = deficient.reduce(0) { $0 + settings.contentMinimum - answeredPerArea[$1] }
        let mustCover = !deficient.isEmpty && (rule != nil || settings.maxItems - answers.count <= deficit)
        var generator = SeededGenerator(seed: settings.seed, stream: UInt64(answers.count))
        let contrasts = DecisionContrasts(
            state: decision, plan: plan,
            orientationLogLikelihood: beliefs.orientationLogLikelihood)
        guard
            let chosen = selector.select(
                candidates: candidates, restrictedTo: mustCover ? Set(deficient) : nil, contrasts: contrasts,
                state: decision, generator: &generator
            )
        else { return .finished(makeOutcome(.bankExhausted)) }
        return .question(plan.items[chosen])
    }

    /// Coverage areas still below the minimum that some eligible measuring item could fill.
    private func deficientAreas(candidates: [Int]) -> [Int] {
        let minimum = plan.settings.contentMinimum
        let reachable = Set(candidates.filter { plan.dimensionOfItem[$0] != nil }.map { plan.areaOfItem[$0] })
        return plan.coverageAreas.filter { answeredPerArea[$0] < minimum && reachable.contains($0) }
    }

    /// About how many more questions the session needs (a rough Gaussian extrapolation).
    private func estimatedRemaining() -> Int {
        let settings = plan.settings
        let cap = max(0, settings.maxItems - answers.count)
        let candidates = ItemSelector(plan: plan).eligible(presented: presented)
        let deficit = deficientAreas(candidates: candidates).reduce(0) { $0 + settings.contentMinimum - answeredPerArea[$1] }
        let floor = max(1, settings.minItems - answeredCount, deficit)
        let focus = decision.focus
        if StoppingRules.decisionRule(decision, thresholds: settings.thresholds, target: plan.targetRole) != nil {
            return min(cap, max(floor, 1))
        }
        let competitor = focus == decision.leader ? decision.runnerUp : decision.leader
        let contrasts = DecisionContrasts(
            state: decision, plan: plan,
            orientationLogLikelihood: beliefs.orientationLogLikelihood)
        let z = StandardNormal.quantile(settings.thresholds.confidence)
        let reduction = contrasts.bestRelativeReduction(against: competitor, candidates: candidates, plan: plan)
        guard let gap = contrasts.standardizedGapSquared(to: competitor), gap > 1e-12, reduction > 1e-12 else {
            return min(cap, max(floor, cap))
        }
        // V shrinks roughly like V/(1 + m·r) after m items; the gap is clear when δ²/V reaches z².
        let needed = ((z * z / gap - 1) / reduction).rounded(.up)
        guard needed.isFinite else { return cap }
        return min(cap, max(floor, Int(max(0, min(needed, Double(cap))))))
    }

    // MARK: - Results

    private func traceEntry(item: Item, index: Int, category: Int?, seconds: Double) -> AnswerTrace {
        let dimension = plan.dimensionOfItem[index]
        let summary = dimension.map { decision.areaOnly[$0] }
        let source: EvidenceSource? = category == nil ? nil : dimension.map { plan.dimensions[$0].source } ?? .orientation
        return AnswerTrace(
            itemID: item.id, areaID: item.area, source: source, category: category,
            theta: category == nil ? nil : summary?.mean, standardError: category == nil ? nil : summary?.standardDeviation,
            leadingRole: plan.roleIDs[decision.leader], leaderProbability: decision.probabilities[decision.leader],
            seconds: seconds)
    }

    private func makeOutcome(_ reason: StopReason) -> AssessmentOutcome {
        let (recommendation, confidence) = StoppingRules.recommendation(
            decision, reason: reason, thresholds: plan.settings.thresholds, roleIDs: plan.roleIDs)
        let roles = plan.roleIDs.indices.map { r in
            RoleResult(
                roleID: plan.roleIDs[r], fit: decision.fit.mean[r],
                fitStandardError: max(0, decision.fit.covariance[r, r]).squareRoot(),
                probability: decision.probabilities[r], capabilityProbability: decision.capabilityProbabilities[r],
                orientationProbability: decision.orientationProbabilities[r])
        }
        let catalogue = plan.bankSet.catalogue
        let areas = catalogue.areas.indices.map { area in
            AreaResult(
                areaID: catalogue.areas[area].id, performance: dimensionResult(area),
                selfReport: plan.dimensions.firstIndex { $0.areaIndex == area && $0.source == .selfReport }
                    .map(dimensionResult))
        }
        return AssessmentOutcome(
            recommendation: recommendation, confidence: confidence, stopReason: reason,
            targetRole: plan.targetRole.map { plan.roleIDs[$0] }, answeredCount: answeredCount,
            skippedCount: answers.count - answeredCount, elapsedSeconds: elapsedSeconds, roles: roles, areas: areas,
            trace: trace)
    }

    private func dimensionResult(_ dimension: Int) -> DimensionResult {
        let areaOnly = decision.areaOnly[dimension]
        return DimensionResult(
            areaOnly: areaOnly,
            combined: PosteriorSummary(
                mean: decision.combinedMean[dimension],
                standardDeviation: max(0, decision.combinedCovariance[dimension, dimension]).squareRoot()),
            itemCount: answeredPerDimension[dimension], atEdgeOfScale: areaOnly.isAtEdgeOfScale)
    }
}
