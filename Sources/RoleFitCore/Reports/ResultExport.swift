import Foundation

/// `rolefit export`: sessions or answered items of a results folder as RFC 4180 CSV or JSON lines.
public enum ResultExport {
    /// One CSV row per session: fixed columns (the recommendation, the two axes, the interview verdict,
    /// the gap flags, the signals), then `score:<area>` per skill area and `p:<role>` per role (in the
    /// order first met; empty where a session has no value, and for areas not measured precisely enough).
    public static func sessionsCSV(_ results: [LoadedResult]) -> String {
        let rows = results.map(SessionExportRow.init)
        let areaIDs = orderedUnion(results.map { $0.document.areas.map(\.id) })
        let roleIDs = orderedUnion(results.map { $0.document.roles.map(\.id) })
        let header =
            [
                "file", "session_id", "name", "date", "mode", "target_role", "recommendation", "recommended_roles",
                "kind", "confidence", "stop_reason", "no_clear_fit_reason", "depth", "questions", "total_seconds",
                "preference_leader", "preference_confidence", "preference_clear", "capability_leader",
                "capability_confidence", "capability_clear", "p_no_preference", "p_random_responding", "axes_disagree",
                "target_verdict", "target_p_above_average", "self_view_gaps", "rapid_answers", "straight_lining",
                "acquiescence", "person_fit", "rule",
            ]
            + areaIDs.map { "score:\($0)" } + roleIDs.map { "p:\($0)" }
        let body = rows.map { row -> [String] in
            let fixed = recommendationFields(row) + axesFields(row) + signalFields(row)
            let scores = areaIDs.map { id in (row.scores[id] ?? nil).map(String.init) ?? "" }
            return fixed + scores + roleIDs.map { id in row.probabilities[id].map(number) ?? "" }
        }
        return CSVTable(header: header, rows: body).render()
    }

    /// The columns from `file` to `total_seconds`.
    private static func recommendationFields(_ row: SessionExportRow) -> [String] {
        let who: [String] = [
            row.file, CSVTable.text(row.sessionID), CSVTable.text(row.name), row.date, row.mode.rawValue,
            row.targetRole ?? "",
        ]
        let what: [String] = [
            CSVTable.text(row.recommendation), row.recommendedRoles, row.kind.rawValue, number(row.confidence),
            row.stopReason.rawValue, row.noClearFitReason?.rawValue ?? "", row.depth?.rawValue ?? "",
            String(row.questions), seconds(row.totalSeconds),
        ]
        return who + what
    }

    /// The columns from `preference_leader` to `target_p_above_average`.
    private static func axesFields(_ row: SessionExportRow) -> [String] {
        let preference: [String] = [
            CSVTable.text(row.preferenceLeader ?? ""), row.preferenceConfidence.map(number) ?? "", flag(row.preferenceClear),
        ]
        let capability: [String] = [
            CSVTable.text(row.capabilityLeader ?? ""), row.capabilityConfidence.map(number) ?? "", flag(row.capabilityClear),
        ]
        let rest: [String] = [
            row.noPreferenceProbability.map(number) ?? "", row.randomResponderProbability.map(number) ?? "",
            flag(row.axesDisagree), row.targetVerdict?.rawValue ?? "", row.targetAboveAverage.map(number) ?? "",
        ]
        return preference + capability + rest
    }

    /// The columns from `self_view_gaps` to `rule`.
    private static func signalFields(_ row: SessionExportRow) -> [String] {
        [
            CSVTable.text(row.selfViewGaps ?? ""), row.rapidAnswers.map(String.init) ?? "", flag(row.straightLining),
            flag(row.acquiescence), flag(row.personFit), CSVTable.text(row.rule ?? ""),
        ]
    }

    /// One CSV row per question shown (skipped ones included, marked in `skipped`).
    public static func itemsCSV(_ results: [LoadedResult]) -> String {
        let header = [
            "file", "session_id", "name", "date", "mode", "index", "item_id", "kind", "area", "prompt", "response",
            "answer", "skipped", "correct", "score", "max_score", "seconds", "theta", "se", "leading_role",
            "leader_probability",
        ]
        let body = itemRows(results).map { row -> [String] in
            [
                row.file, CSVTable.text(row.sessionID), CSVTable.text(row.name), row.date, row.mode.rawValue, String(row.index),
                row.itemID,
                row.kind.rawValue, row.area, CSVTable.text(row.prompt), row.response, CSVTable.text(row.answer),
                String(row.skipped),
                row.correct.map { String($0) } ?? "", row.score.map(String.init) ?? "", String(row.maxScore),
                seconds(row.seconds), row.theta.map(number) ?? "", row.se.map(number) ?? "", row.leadingRole,
                number(row.leaderProbability),
            ]
        }
        return CSVTable(header: header, rows: body).render()
    }

    /// One JSON object per line per session.
    public static func sessionsJSONLines(_ results: [LoadedResult]) throws -> String {
        try jsonLines(results.map(SessionExportRow.init))
    }

    /// One JSON object per line per question shown.
    public static func itemsJSONLines(_ results: [LoadedResult]) throws -> String {
        try jsonLines(itemRows(results))
    }

    static func itemRows(_ results: [LoadedResult]) -> [ItemExportRow] {
        results.flatMap { result in result.document.items.map { ItemExportRow($0, of: result) } }
    }

    private static func jsonLines(_ rows: [some Encodable]) throws -> String {
        try rows.map { try JSONCoding.lineText($0) + "\n" }.joined()
    }

    /// "true", "false", or empty when unknown.
    static func flag(_ value: Bool?) -> String { value.map { String($0) } ?? "" }

    /// A number as Swift prints it (shortest form that reads back exactly).
    static func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "" }

    /// Seconds to the hundredth, without binary noise: 54.22, not 54.21999999999999 (empty when not finite).
    static func seconds(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return value.isFinite ? "\(value)" : "" }
        return "\((value * 100).rounded() / 100)"
    }

    /// The union of lists, in the order first met.
    static func orderedUnion(_ lists: [[String]]) -> [String] {
        var seen = Set<String>()
        var ordered: [String] = []
        for list in lists { for id in list where seen.insert(id).inserted { ordered.append(id) } }
        return ordered
    }
}
