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
    /// Answered capability (knowledge and scenario) items per area.
    private var answeredPerArea: [Int]
    private var answeredPerDimension: [Int]
    /// Areas whose self-view question has been presented (answered or not).
    private var selfViewAsked: Set<Int> = []
    /// Role-keyed questions skipped.
    private var skippedPicks = 0
    private var elapsedSeconds = 0.0
    /// Whether a decision rule held after the previous answer (a rule must hold twice in a row to stop).
    private var ruleHeldBefore = false
    /// Pretest items shown so far, and how many answers in `answers` are theirs.
    private var pretestPresented: Set<String> = []
    private var pretestCount = 0

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
        if item.isPretest { return try recordPretest(answer, item: item) }
        guard let index = plan.index(ofItem: item.id) else { throw .unexpectedItem(expected: item.id, got: answer.itemID) }
        let category = try ResponseScoring.category(
            of: answer.response, for: item,
            categoryCount: plan.models[index].categoryCount)
        let settings = plan.settings
        ruleHeldBefore =
            answeredCount >= settings.minItems
            && StoppingRules.decisionRule(decision, thresholds: settings.thresholds, target: plan.targetRole) != nil
        presented.insert(index)
        answers.append(answer)
        elapsedSeconds += answer.seconds
        if item.kind == .selfRating { selfViewAsked.insert(plan.areaOfItem[index]) }
        if item.kind == .roleKeyed && category == nil { skippedPicks += 1 }
        if let category {
            beliefs.add(item: index, category: category, plan: plan)
            if let dimension = plan.dimensionOfItem[index] {
                answeredPerDimension[dimension] += 1
                if plan.dimensions[dimension].source == .performance { answeredPerArea[plan.areaOfItem[index]] += 1 }
            }
        }
        decision = DecisionState(beliefs: beliefs, plan: plan)
        trace.append(traceEntry(item: item, index: index, category: category, seconds: answer.seconds))
        next = decideNext()
    }

    /// A pretest answer: checked and recorded, never scored. Nothing the engine decides reads it (not
    /// the beliefs, the stopping rules, the counts, the time or the integrity signals).
    private mutating func recordPretest(_ answer: AnsweredItem, item: Item) throws(SessionError) {
        let category = try ResponseScoring.category(of: answer.response, for: item, categoryCount: item.categoryCount)
        answers.append(answer)
        pretestCount += 1
        pretestPresented.insert(item.id)
        trace.append(
            AnswerTrace(
                itemID: item.id, areaID: item.area, source: nil, category: category, theta: nil, standardError: nil,
                leadingRole: plan.roleIDs[decision.leader], leaderProbability: decision.probabilities[decision.leader],
                seconds: answer.seconds, pretest: true))
        next = decideNext()
    }

    /// Answers to operational (not pretest) questions, skips included.
    private var operationalCount: Int { answers.count - pretestCount }

    /// Progress for the status line.
    public var snapshot: SessionSnapshot {
        SessionSnapshot(
            presentedCount: answers.count, answeredCount: answeredCount,
            leadingRole: plan.roleIDs[decision.leader], leaderProbability: decision.probabilities[decision.leader],
            runnerUp: plan.roleIDs[decision.runnerUp], estimatedRemaining: isFinished ? 0 : estimatedRemaining(),
            elapsedSeconds: elapsedSeconds)
    }

    /// Questions answered (not skipped).
    public var answeredCount: Int { trace.filter { $0.category != nil && $0.pretest != true }.count }

    // MARK: - Deciding what comes next

    /// Salts the pretest draws' seed, so they never share a stream with the operational choices.
    static let pretestSeedSalt: UInt64 = 0x5052_4554_4553_5421

    /// The operational step, or before an operational question, at the pretest rate, a pretest item
    /// not yet shown (drawn from its own seeded stream: the operational sequence is the same with or
    /// without pretest items).
    private func decideNext() -> SessionStep {
        let step = operationalNext()
        guard case .question = step, let rate = plan.settings.pretestRate, rate > 0 else { return step }
        let waiting = plan.pretestItems.filter { !pretestPresented.contains($0.id) }
        guard !waiting.isEmpty else { return step }
        var generator = SeededGenerator(seed: plan.settings.seed ^ Self.pretestSeedSalt, stream: UInt64(answers.count))
        guard generator.nextUnit() < rate else { return step }
        return .question(waiting[generator.nextIndex(below: waiting.count)])
    }

    private func operationalNext() -> SessionStep {
        let settings = plan.settings
        let rule =
            answeredCount >= settings.minItems
            ? StoppingRules.decisionRule(decision, thresholds: settings.thresholds, target: plan.targetRole) : nil
        if rule == .inconsistentAnswers { return .finished(makeOutcome(.inconsistentAnswers)) }
        // Optional stopping: checking after every answer lets a lucky run of picks cross a threshold that
        // the next answer would undo, so a rule stops the session only when it also held one answer earlier.
        let confirmedRule = ruleHeldBefore ? rule : nil
        let selector = ItemSelector(plan: plan)
        let candidates = selector.eligible(presented: presented)
        let deficient = deficientAreas(candidates: candidates)
        var generator = SeededGenerator(seed: settings.seed, stream: UInt64(operationalCount))
        if let rule = confirmedRule, deficient.isEmpty {
            let precision = precisionAreas(candidates: candidates)
            let selfView = selfViewAreas(candidates: candidates)
            if precision.isEmpty && selfView.isEmpty { return .finished(makeOutcome(rule)) }
            if let stop = limitReached() { return .finished(makeOutcome(stop)) }
            if !precision.isEmpty,
                let chosen = selector.mostInformative(
                    candidates: candidates, areas: precision, state: decision, generator: &generator)
            {
                return .question(plan.items[chosen])
            }
            if let chosen = selector.selfRating(
                candidates: candidates, areas: selfView, reverseNeeded: selfRatingBalance.reverse == 0,
                forwardNeeded: selfRatingBalance.forward == 0, generator: &generator)
            {
                return .question(plan.items[chosen])
            }
            return .finished(makeOutcome(rule))
        }
        if let stop = limitReached() { return .finished(makeOutcome(stop)) }
        // The self-view is asked even when the decision runs to the cap: its questions take the last places.
        let pendingSelfView = selfViewAreas(candidates: candidates)
        if !pendingSelfView.isEmpty, settings.maxItems - operationalCount <= pendingSelfView.count,
            let chosen = selector.selfRating(
                candidates: candidates, areas: pendingSelfView, reverseNeeded: selfRatingBalance.reverse == 0,
                forwardNeeded: selfRatingBalance.forward == 0, generator: &generator)
        {
            return .question(plan.items[chosen])
        }
        let preferenceOpen = preferenceQuestionsOpen
        // Adaptive selection leaves self-ratings to the self-view block (they never move the decision);
        // the fixed form and random selection keep every kind, as a questionnaire would.
        let adaptive = settings.selection == .decision || settings.selection == .information
        let decisionPool = candidates.filter { index in
            switch plan.items[index].kind {
            case .selfRating: !adaptive
            case .roleKeyed: preferenceOpen
            default: true
            }
        }
        if !preferencesAvailable(decisionPool), deficient.isEmpty, answeredCount >= settings.minItems,
            precisionAreas(candidates: candidates, roles: [decision.leader, decision.runnerUp]).isEmpty
        {
            return .finished(makeOutcome(.preferencesDeclined))
        }
        let deficit = deficient.reduce(0) { $0 + plan.coverageMinimum - answeredPerArea[$1] }
        let mustCover =
            !deficient.isEmpty
            && (confirmedRule != nil || settings.maxItems - operationalCount <= deficit || plan.targetRole != nil)
        let contrasts = DecisionContrasts(
            state: decision, plan: plan,
            orientationLogLikelihood: beliefs.orientationLogLikelihood)
        guard
            let chosen = selector.select(
                candidates: decisionPool, restrictedTo: mustCover ? Set(deficient) : nil, contrasts: contrasts,
                state: decision, generator: &generator
            )
        else { return .finished(makeOutcome(rule ?? .bankExhausted)) }
        return .question(plan.items[chosen])
    }

    /// The time limit or the question cap, when reached.
    private func limitReached() -> StopReason? {
        let settings = plan.settings
        if let limit = settings.timeLimit, elapsedSeconds >= limit { return .timeLimit }
        if operationalCount >= settings.maxItems { return .maxItems }
        return nil
    }

    /// Whether role-keyed questions may still be asked: not after the person declined them (three or
    /// more skipped, more than answered), and in target-role mode at most one per three capability
    /// answers and four in all (they are reported, never decisive).
    private var preferenceQuestionsOpen: Bool {
        let answeredPicks = beliefs.orientationCount
        if skippedPicks >= Self.declinedPreferenceSkips && skippedPicks > answeredPicks { return false }
        if plan.targetRole != nil {
            let asked = answeredPicks + skippedPicks
            return asked < min(Self.interviewPreferenceLimit, decision.capabilityCount / 3)
        }
        return true
    }

    /// Whether the decision pool still holds a role-keyed question, or the person has already given preferences.
    private func preferencesAvailable(_ pool: [Int]) -> Bool {
        plan.targetRole != nil || beliefs.orientationCount > 0
            || pool.contains { plan.items[$0].kind == .roleKeyed }
    }

    /// Skipped role-keyed questions after which (when they outnumber the answered ones) no more are asked.
    static let declinedPreferenceSkips = 3
    /// The most role-keyed questions an interview asks.
    static let interviewPreferenceLimit = 4

    /// Coverage areas still below the minimum that some eligible capability item could fill.
    private func deficientAreas(candidates: [Int]) -> [Int] {
        let minimum = plan.coverageMinimum
        let reachable = Set(
            candidates.filter { index in
                plan.dimensionOfItem[index].map { plan.dimensions[$0].source == .performance } ?? false
            }
            .map { plan.areaOfItem[$0] })
        return plan.coverageAreas.filter { answeredPerArea[$0] < minimum && reachable.contains($0) }
    }

    /// Areas the depth asks to measure: none (quick), the defining areas of `roles` (standard; the
    /// focus role by default), or every area (thorough).
    private func depthAreas(roles: [Int]? = nil) -> [Int] {
        switch plan.settings.depth {
        case .quick: return []
        case .standard:
            let chosen = roles ?? [decision.focus]
            return Array(Set(chosen.flatMap { plan.definingAreas[$0] })).sorted()
        case .thorough: return Array(0..<plan.bankSet.catalogue.areas.count)
        }
    }

    /// Depth areas whose performance SD is above the area precision and that an eligible item can still improve.
    private func precisionAreas(candidates: [Int], roles: [Int]? = nil) -> [Int] {
        let areas = depthAreas(roles: roles)
        guard !areas.isEmpty else { return [] }
        let reachable = Set(
            candidates.filter { index in
                plan.dimensionOfItem[index].map { plan.dimensions[$0].source == .performance } ?? false
            }
            .map { plan.areaOfItem[$0] })
        return areas.filter { area in
            reachable.contains(area)
                && max(0, decision.combinedCovariance[area, area]).squareRoot() > plan.settings.areaPrecision
        }
    }

    /// Areas still due a self-view question, with an eligible self-rating: the depth's areas that have
    /// capability answers, topped up with the most-measured other areas to `selfViewMinimum` (so a
    /// role with one defining area still gets a self-view, and acquiescence can be measured).
    private func selfViewAreas(candidates: [Int]) -> [Int] {
        guard plan.settings.depth.asksSelfView else { return [] }
        let available = Set(candidates.filter { plan.items[$0].kind == .selfRating }.map { plan.areaOfItem[$0] })
        // The counts by value: closures that read `self` copy the whole session (a retain per field) per call.
        let counts = answeredPerArea
        var chosen = depthAreas().filter { counts[$0] > 0 }
        // Until a forward- and a reverse-keyed rating are both answered, two more areas may be asked.
        let balance = selfRatingBalance
        let wanted = Self.selfViewMinimum + (balance.forward == 0 || balance.reverse == 0 ? 2 : 0)
        if chosen.count < wanted {
            let others = counts.indices.filter { counts[$0] > 0 && !chosen.contains($0) }
                .sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
            chosen += others.prefix(wanted - chosen.count)
        }
        return chosen.filter { !selfViewAsked.contains($0) && available.contains($0) }
    }

    /// The fewest self-view questions a standard or thorough session asks (when enough areas are measured).
    static let selfViewMinimum = 3

    /// Self-ratings answered so far, forward- and reverse-keyed.
    private var selfRatingBalance: (forward: Int, reverse: Int) {
        var forward = 0
        var reverse = 0
        for (answer, entry) in zip(answers, trace) where entry.category != nil {
            guard let index = plan.index(ofItem: answer.itemID), plan.items[index].kind == .selfRating else { continue }
            if plan.items[index].isReverseKeyed { reverse += 1 } else { forward += 1 }
        }
        return (forward, reverse)
    }

    /// About how many more questions the session needs (a rough Gaussian extrapolation).
    private func estimatedRemaining() -> Int {
        let settings = plan.settings
        let cap = max(0, settings.maxItems - operationalCount)
        let candidates = ItemSelector(plan: plan).eligible(presented: presented)
        let deficit = deficientAreas(candidates: candidates).reduce(0) { $0 + plan.coverageMinimum - answeredPerArea[$1] }
        let depthWork =
            2 * precisionAreas(candidates: candidates).count + selfViewAreas(candidates: candidates).count
        let floor = max(1, settings.minItems - answeredCount, deficit)
        let focus = decision.focus
        if StoppingRules.decisionRule(decision, thresholds: settings.thresholds, target: plan.targetRole) != nil {
            return min(cap, max(floor, depthWork, 1))
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
        return min(cap, max(floor, Int(max(0, min(needed, Double(cap)))) + depthWork))
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
        let thresholds = plan.settings.thresholds
        let target = targetAssessment()
        var (recommendation, confidence) = StoppingRules.recommendation(
            decision, reason: reason, thresholds: thresholds, roleIDs: plan.roleIDs)
        // An interview's recommendation is its verdict when the target's capability is demonstrated.
        if let target, target.verdict == .demonstrated {
            recommendation = .role(target.roleID)
            confidence = target.probabilityAboveAverage
        }
        let roles = plan.roleIDs.indices.map { r in
            RoleResult(
                roleID: plan.roleIDs[r], fit: decision.fit.mean[r],
                fitStandardError: max(0, decision.fit.covariance[r, r]).squareRoot(),
                probability: decision.probabilities[r], capabilityProbability: decision.capabilityProbabilities[r],
                orientationProbability: decision.orientationProbabilities[r])
        }
        let catalogue = plan.bankSet.catalogue
        let areas = catalogue.areas.indices.map { area in
            let performance = dimensionResult(area)
            return AreaResult(
                areaID: catalogue.areas[area].id, performance: performance,
                selfReport: selfDimension(of: area).map(dimensionResult),
                isMeasured: performance.itemCount > 0
                    && performance.combined.standardDeviation <= plan.settings.areaPrecision)
        }
        let axes = FitAxes(
            preference: axis(decision.orientationProbabilities, count: decision.preferenceCount, clear: decision.clearPreference),
            noPreferenceProbability: decision.noPreferenceProbability,
            capability: axis(
                decision.capabilityProbabilities, count: decision.measuredAreaCount >= 2 ? decision.capabilityCount : 0,
                clear: decision.clearCapability),
            randomResponderProbability: decision.randomResponderProbability, disagree: decision.axesDisagree,
            rule: StoppingRules.ruleDescription(
                thresholds: thresholds, targetRole: plan.targetRole.map { catalogue.roles[$0].name }))
        let operational = zip(answers, trace).filter { $0.1.pretest != true }
        let indices = operational.map { plan.index(ofItem: $0.0.itemID) }
        let signals = IntegritySignals.measure(
            answers: operational.map(\.0), items: indices.map { $0.map { plan.items[$0] } },
            reading: indices.map { $0.map { plan.readingSeconds[$0] } ?? 0 }, scored: operational.map { $0.1.category != nil },
            randomResponderProbability: decision.randomResponderProbability,
            personFitThreshold: StoppingRules.inconsistentResult, disagreement: decision.axesDisagree)
        return AssessmentOutcome(
            recommendation: recommendation, confidence: confidence, depth: plan.settings.depth, axes: axes,
            target: target, selfView: selfView(areas: areas), signals: signals, stopReason: reason,
            targetRole: plan.targetRole.map { plan.roleIDs[$0] }, answeredCount: answeredCount,
            skippedCount: operationalCount - answeredCount, elapsedSeconds: elapsedSeconds, roles: roles, areas: areas,
            trace: trace)
    }

    private func selfDimension(of area: Int) -> Int? {
        plan.dimensions.firstIndex { $0.areaIndex == area && $0.source == .selfReport }
    }

    private func axis(_ probabilities: [Double], count: Int, clear: Int?) -> FitAxis {
        let top = DecisionState.argmax(probabilities)
        return FitAxis(
            probabilities: probabilities, leader: count > 0 ? plan.roleIDs[top] : nil,
            confidence: probabilities.isEmpty ? 0 : probabilities[top], evidenceCount: count, isClear: clear != nil)
    }

    /// The interview verdict on the target role.
    private func targetAssessment() -> TargetAssessment? {
        guard let target = plan.targetRole, let level = decision.targetLevel, let above = decision.targetAboveAverage else {
            return nil
        }
        let confidence = plan.settings.thresholds.confidence
        let defining = plan.definingAreas[target]
        let verdict: TargetAssessment.Verdict =
            decision.randomResponderProbability >= StoppingRules.inconsistentResult
            ? .notEnoughEvidence
            : (above >= confidence ? .demonstrated : (above <= 1 - confidence ? .notDemonstrated : .notEnoughEvidence))
        return TargetAssessment(
            roleID: plan.roleIDs[target], definingAreas: defining.map { plan.bankSet.catalogue.areas[$0].id },
            capabilityItemCount: defining.reduce(0) { $0 + answeredPerArea[$1] }, level: level,
            probabilityAboveAverage: above, capabilityProbability: decision.capabilityProbabilities[target],
            preferenceProbability: decision.orientationProbabilities[target], verdict: verdict)
    }

    /// Self-rating beside shown level where both were answered; a gap of a full SD of the reference population flags.
    private func selfView(areas: [AreaResult]) -> [SelfViewComparison] {
        areas.compactMap { area in
            guard let selfReport = area.selfReport, selfReport.itemCount > 0, area.performance.itemCount > 0 else {
                return nil
            }
            let difference = selfReport.areaOnly.mean - area.performance.combined.mean
            let gap: SelfViewComparison.Gap =
                difference >= Self.selfViewGap ? .ratesAbove : (difference <= -Self.selfViewGap ? .ratesBelow : .none)
            return SelfViewComparison(
                areaID: area.areaID, selfRating: selfReport.areaOnly, shown: area.performance.combined,
                selfRatingCount: selfReport.itemCount, difference: difference, gap: gap)
        }
    }

    /// The self − shown difference (θ units) from which the gap report flags an area.
    static let selfViewGap = 1.0

    private func dimensionResult(_ dimension: Int) -> DimensionResult {
        let areaOnly = decision.areaOnly[dimension]
        // Self-ratings send no message to the combination, so their own estimate is the self-view.
        let isSelfReport = plan.dimensions[dimension].source == .selfReport
        return DimensionResult(
            areaOnly: areaOnly,
            combined: isSelfReport
                ? areaOnly
                : PosteriorSummary(
                    mean: decision.combinedMean[dimension],
                    standardDeviation: max(0, decision.combinedCovariance[dimension, dimension]).squareRoot()),
            itemCount: answeredPerDimension[dimension], atEdgeOfScale: areaOnly.isAtEdgeOfScale)
    }
}
