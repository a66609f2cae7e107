import Foundation

extension ParameterRanges {
    /// Whether calibrated parameters may replace authored ones, and if not, why: a in (0, 4], every
    /// b, threshold and step within ±5, c in [0, 1) (an estimate may pass the authoring limit of 0.5
    /// for true/false items whose chance rate is 0.5), GRM thresholds increasing (GPCM steps may be
    /// reversed), and every role-table row a distribution with no zero (a zero would make a choice impossible).
    /// `rolefit calibrate` keeps an item's authored values when this finds a problem; the loader refuses it.
    public static func calibrationProblem(_ parameters: ItemParameters) -> String? {
        func number(_ value: Double) -> String { String(format: "%.4g", value) }
        func slope(_ a: Double) -> String? {
            a.isFinite && a > 0 && a <= maximumDiscrimination
                ? nil : "discrimination a = \(number(a)) must be > 0 and ≤ \(number(maximumDiscrimination))"
        }
        func locations(_ values: [Double], _ name: String) -> String? {
            values.first { !($0.isFinite && abs($0) <= maximumLocation) }
                .map { "\(name) \(number($0)) must lie within ±\(number(maximumLocation))" }
        }
        switch parameters {
        case .dichotomous(let a, let b, let c):
            if let problem = slope(a) ?? locations([b], "difficulty b =") { return problem }
            return c.isFinite && c >= 0 && c < 1 ? nil : "guessing c = \(number(c)) must be ≥ 0 and < 1"
        case .graded(let a, let thresholds):
            if let problem = slope(a) ?? locations(thresholds, "threshold") { return problem }
            return zip(thresholds, thresholds.dropFirst()).contains { $0 >= $1 } ? "the thresholds are not increasing" : nil
        case .partialCredit(let a, let steps):
            return slope(a) ?? locations(steps, "step")
        case .roleTable(let table):
            for (index, row) in table.enumerated() {
                if let bad = row.first(where: { !($0.isFinite && $0 > 0 && $0 <= 1) }) {
                    return "row \(index + 1) has probability \(number(bad)); each must be > 0 and ≤ 1"
                }
                let total = row.reduce(0, +)
                if abs(total - 1) > 1e-4 { return "row \(index + 1) sums to \(number(total)), not 1" }
            }
            return nil
        }
    }
}
