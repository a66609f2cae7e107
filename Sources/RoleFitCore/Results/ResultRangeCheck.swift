/// Checks a decoded result document against the ranges the published schema
/// (`Results/schema/result.schema.json`) gives: probabilities in [0, 1] (the axes', the target's and
/// the signals' too), area scores 0–100, counts and standard errors and seconds non-negative, every
/// number finite. The enumerations' words need no
/// check here: they are typed, so decoding already refuses any other word. The schema is the
/// contract: a file outside it is named with the field, never read into a report or a team's statistics.
public enum ResultRangeCheck {
    /// The first value outside its range, as "field = value must …", or nil when all are in range.
    public static func firstProblem(in document: ResultDocument) -> String? {
        var check = Checker()
        check.probability(document.recommendation.confidence, "recommendation.confidence")
        check.atLeast(document.settings.maxItems, 1, "settings.maxItems")
        check.atLeast(document.settings.randomesqueCount, 1, "settings.randomesqueCount")
        let precision = document.settings.areaPrecision
        if !(precision > 0 && precision <= 1) { check.fail("settings.areaPrecision", precision, "must lie in (0, 1]") }
        let prior = document.settings.randomResponderPrior
        if !(prior >= 0 && prior < 1) { check.fail("settings.randomResponderPrior", prior, "must lie in [0, 1)") }
        if let limit = document.settings.timeLimit {
            check.finite(limit, "settings.timeLimit")
            if limit.isFinite && !(limit > 0) { check.fail("settings.timeLimit", limit, "must be greater than 0") }
        }
        for (index, bank) in document.banks.enumerated() { check.atLeast(bank.items, 0, "banks[\(index)].items") }
        for (index, role) in document.roles.enumerated() {
            let field = "roles[\(index)]"
            check.finite(role.fit, "\(field).fit")
            check.nonNegative(role.fitSE, "\(field).fitSE")
            check.probability(role.probability, "\(field).probability")
            check.probability(role.capabilityProbability, "\(field).capabilityProbability")
            check.probability(role.orientationProbability, "\(field).orientationProbability")
        }
        for (index, area) in document.areas.enumerated() {
            let field = "areas[\(index)]"
            check.estimate(area.areaOnly, "\(field).areaOnly")
            check.estimate(area.combined, "\(field).combined")
            if let rating = area.selfRating { check.estimate(rating, "\(field).selfRating") }
            check.score(area.score, "\(field).score")
            check.score(area.scoreLow, "\(field).scoreLow")
            check.score(area.scoreHigh, "\(field).scoreHigh")
            check.atLeast(area.itemCount, 0, "\(field).itemCount")
            check.atLeast(area.selfRatingCount, 0, "\(field).selfRatingCount")
        }
        if let axes = document.axes { check.axes(axes) }
        if let target = document.target {
            check.estimate(target.level, "target.level")
            check.atLeast(target.capabilityItemCount, 0, "target.capabilityItemCount")
            check.probability(target.probabilityAboveAverage, "target.probabilityAboveAverage")
            check.probability(target.capabilityProbability, "target.capabilityProbability")
            check.probability(target.selfReportedPreference, "target.selfReportedPreference")
        }
        for (index, line) in (document.selfView ?? []).enumerated() {
            let field = "selfView[\(index)]"
            check.estimate(line.selfRating, "\(field).selfRating")
            check.estimate(line.shown, "\(field).shown")
            check.atLeast(line.selfRatingCount, 0, "\(field).selfRatingCount")
            check.finite(line.difference, "\(field).difference")
        }
        for (index, item) in document.items.enumerated() {
            let field = "items[\(index)]"
            check.atLeast(item.index, 1, "\(field).index")
            check.nonNegative(item.seconds, "\(field).seconds")
            if let score = item.score { check.atLeast(score, 0, "\(field).score") }
            check.atLeast(item.maxScore, 0, "\(field).maxScore")
            if let theta = item.theta { check.finite(theta, "\(field).theta") }
            if let se = item.se { check.nonNegative(se, "\(field).se") }
            check.probability(item.leaderProbability, "\(field).leaderProbability")
        }
        let integrity = document.integrity
        check.atLeast(integrity.undoCount, 0, "integrity.undoCount")
        check.atLeast(integrity.skippedCount, 0, "integrity.skippedCount")
        check.atLeast(integrity.resumeCount, 0, "integrity.resumeCount")
        if let fast = integrity.fastAnswerCount { check.atLeast(fast, 0, "integrity.fastAnswerCount") }
        if let signals = integrity.signals {
            check.atLeast(signals.rapidAnswerCount, 0, "integrity.signals.rapidAnswerCount")
            check.probability(signals.randomResponderProbability, "integrity.signals.randomResponderProbability")
        }
        check.nonNegative(integrity.totalSeconds, "integrity.totalSeconds")
        return check.problem
    }

    /// Collects the first problem; later checks do nothing once one is found.
    private struct Checker {
        var problem: String?

        mutating func fail(_ field: String, _ value: some CustomStringConvertible, _ rule: String) {
            if problem == nil { problem = "\(field) = \(value) \(rule)" }
        }

        mutating func finite(_ value: Double, _ field: String) {
            if !value.isFinite { fail(field, value, "must be a finite number") }
        }

        mutating func probability(_ value: Double, _ field: String) {
            if !(value >= 0 && value <= 1) { fail(field, value, "must lie between 0 and 1") }
        }

        mutating func nonNegative(_ value: Double, _ field: String) {
            if !(value >= 0 && value.isFinite) { fail(field, value, "must be a finite number of at least 0") }
        }

        mutating func estimate(_ estimate: Estimate, _ field: String) {
            finite(estimate.theta, "\(field).theta")
            nonNegative(estimate.se, "\(field).se")
        }

        mutating func axes(_ axes: AxesSummary) {
            for (name, axis) in [("preference", axes.preference), ("capability", axes.capability)] {
                axisValues(axis, "axes.\(name)")
            }
            probability(axes.noPreferenceProbability, "axes.noPreferenceProbability")
            probability(axes.randomResponderProbability, "axes.randomResponderProbability")
        }

        mutating func axisValues(_ axis: AxisSummary, _ field: String) {
            probability(axis.confidence, "\(field).confidence")
            atLeast(axis.evidenceCount, 0, "\(field).evidenceCount")
            for (index, role) in axis.roles.enumerated() {
                probability(role.probability, "\(field).roles[\(index)].probability")
            }
        }

        mutating func score(_ value: Int, _ field: String) {
            if !(0...100).contains(value) { fail(field, value, "must lie between 0 and 100") }
        }

        mutating func atLeast(_ value: Int, _ lowest: Int, _ field: String) {
            if value < lowest { fail(field, value, "must be at least \(lowest)") }
        }
    }
}
