import RoleFitCore

extension SimulationReport {
    /// A single-role result at this stated confidence or above counts as confident.
    public static let confidentThreshold = 0.90

    /// The integrity-signal keys of `flagRates`, in report order.
    public static let flagKeys = [
        "rapid-answers", "straight-lining", "acquiescence", "acquiescence-measurable", "person-fit",
        "preference-capability-disagreement", "any",
    ]

    /// Share of sessions raising each signal (sessions without an outcome raise none).
    static func flagRates(_ records: [SimuleeRecord]) -> [String: Double] {
        let n = Double(max(1, records.count))
        let tests: [(String, (IntegritySignals) -> Bool)] = [
            ("rapid-answers", { $0.rapidAnswerCount > 0 }), ("straight-lining", \.straightLining),
            ("acquiescence", \.acquiescence), ("acquiescence-measurable", \.acquiescenceMeasurable),
            ("person-fit", \.personFitFlag), ("preference-capability-disagreement", \.preferenceCapabilityDisagreement),
            ("any", \.any),
        ]
        var rates: [String: Double] = [:]
        for (key, test) in tests {
            rates[key] = Double(records.filter { $0.signals.map(test) ?? false }.count) / n
        }
        return rates
    }

    /// The share of (session, area) pairs reported as measured, and the share of those whose 95% band
    /// (combined mean ± 1.96 SD) holds the true θ (nil when no area was measured).
    static func measuredAreas(_ records: [SimuleeRecord]) -> (share: Double, coverage: Double?) {
        var pairs = 0
        var measured = 0
        var covered = 0
        for record in records {
            for (area, isMeasured) in record.measuredAreas.enumerated() {
                pairs += 1
                guard isMeasured, record.estimatedAreas.indices.contains(area), record.trueAreas.indices.contains(area)
                else { continue }
                measured += 1
                let estimate = record.estimatedAreas[area]
                if abs(estimate.mean - record.trueAreas[area]) <= 1.959963984540054 * estimate.standardDeviation {
                    covered += 1
                }
            }
        }
        return (Double(measured) / Double(max(1, pairs)), measured > 0 ? Double(covered) / Double(measured) : nil)
    }

    /// The mean of per-role probability rows, keyed by role id.
    static func meanByRole(_ rows: [[Double]], roleIDs: [String]) -> [String: Double] {
        var result: [String: Double] = [:]
        for (r, id) in roleIDs.enumerated() {
            let values = rows.compactMap { $0.indices.contains(r) ? $0[r] : nil }
            result[id] = values.reduce(0, +) / Double(max(1, values.count))
        }
        return result
    }
}
