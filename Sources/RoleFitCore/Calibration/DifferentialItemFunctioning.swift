import Foundation

/// Differential item functioning between a reference and a focal group, matched on the total score:
/// Mantel–Haenszel with the ETS A/B/C categories for dichotomous items (Δ = −2.35 ln α_MH, the
/// Robins–Breslow–Greenland variance), and for polytomous items Mantel's ordinal test with the
/// standardized mean difference (SMD / SD of the item) and Zwick's AA/BB/CC-style rules. Every item gets
/// a row; items that cannot be tested say why. People missing the item or a group are left out of
/// that item's strata only (the matching score is valid for complete designs; say so when data are sparse).
public struct DifferentialItemFunctioning: Sendable {
    /// One item's result.
    public struct ItemResult: Sendable, Hashable, Encodable {
        /// Item index.
        public var item: Int
        /// "A", "B" or "C" (ETS), nil when not tested.
        public var category: String?
        /// ETS delta (dichotomous): −2.35 ln α_MH; negative = harder for the focal group.
        public var delta: Double?
        /// Standard error of delta.
        public var deltaStandardError: Double?
        /// Standardized mean difference, focal − reference, over the item's SD (polytomous).
        public var standardizedMeanDifference: Double?
        /// The Mantel–Haenszel (or Mantel) χ² with 1 df, and its p value.
        public var chiSquare: Double?
        /// p value of the χ².
        public var pValue: Double?
        /// Why the item was not tested.
        public var note: String?

        enum CodingKeys: String, CodingKey {
            case item, category, delta
            case deltaStandardError = "delta_se"
            case standardizedMeanDifference = "smd"
            case chiSquare = "chi_square"
            case pValue = "p"
            case note
        }
    }

    /// The strata tables per item: for each total score, [group][category] counts.
    public static func analyze(_ responses: ResponseMatrix, focal: [Bool?]) -> [ItemResult] {
        // The matching score counts only the items every grouped person answered, so that it means the
        // same for everyone (a total over different item sets would not).
        var answeredBy = [Int](repeating: 0, count: responses.itemCount)
        var grouped = 0
        for person in 0..<responses.personCount where person < focal.count && focal[person] != nil {
            grouped += 1
            for index in responses.rowStart[person]..<responses.rowStart[person + 1] {
                answeredBy[Int(responses.items[index])] += 1
            }
        }
        let common = answeredBy.map { $0 == grouped && grouped > 0 }
        let scores = (0..<responses.personCount).map { person in
            (responses.rowStart[person]..<responses.rowStart[person + 1]).reduce(0) {
                common[Int(responses.items[$1])] ? $0 + Int(responses.categories[$1]) : $0
            }
        }
        return analyze(responses, focal: focal, strata: scores)
    }

    /// The same analysis matched on given strata (one non-negative level per person, e.g. a binned θ
    /// estimate when people answered different items); `itemCategories` gives each item's own category
    /// count when items of different models share the matrix (2: Mantel–Haenszel, more: Mantel).
    public static func analyze(
        _ responses: ResponseMatrix, focal: [Bool?], strata levels: [Int], itemCategories: [Int]? = nil
    ) -> [ItemResult] {
        let categories = responses.categoryCount
        let levelCount = (levels.max() ?? 0) + 1
        var tables = [[[[Double]]]](
            repeating: [[[Double]]](
                repeating: [[Double]](repeating: [Double](repeating: 0, count: categories), count: 2),
                count: levelCount), count: responses.itemCount)
        for person in 0..<responses.personCount {
            guard person < focal.count, person < levels.count, levels[person] >= 0, let isFocal = focal[person] else { continue }
            for index in responses.rowStart[person]..<responses.rowStart[person + 1] {
                tables[Int(responses.items[index])][levels[person]][isFocal ? 1 : 0][Int(responses.categories[index])] += 1
            }
        }
        return tables.enumerated().map { item, strata in
            let own = itemCategories?[safe: item] ?? categories
            return own == 2
                ? mantelHaenszel(item: item, strata: strata) : mantel(item: item, strata: strata, categories: own)
        }
    }

    /// Dichotomous: α_MH, Δ, RBG standard error, the continuity-corrected χ², and the ETS category
    /// (A: |Δ| < 1 or χ² not significant at .05; C: |Δ| ≥ 1.5 and |Δ| significantly above 1 at .05; else B).
    static func mantelHaenszel(item: Int, strata: [[[Double]]]) -> ItemResult {
        var numerator = 0.0
        var denominator = 0.0
        var sumA = 0.0
        var sumExpected = 0.0
        var sumVariance = 0.0
        var rbgP = 0.0
        var rbgPQ = 0.0
        var rbgQ = 0.0
        for table in strata {
            // A = reference right, B = reference wrong, C = focal right, D = focal wrong.
            let a = table[0][1]
            let b = table[0][0]
            let c = table[1][1]
            let d = table[1][0]
            let total = a + b + c + d
            guard total > 1, a + b > 0, c + d > 0, a + c > 0, b + d > 0 else { continue }
            let r = a * d / total
            let s = b * c / total
            numerator += r
            denominator += s
            sumA += a
            sumExpected += (a + b) * (a + c) / total
            sumVariance += (a + b) * (c + d) * (a + c) * (b + d) / (total * total * (total - 1))
            let p = (a + d) / total
            let q = (b + c) / total
            rbgP += p * r
            rbgPQ += p * s + q * r
            rbgQ += q * s
        }
        guard numerator > 0, denominator > 0, sumVariance > 0 else {
            return ItemResult(item: item, note: "no score level has both groups answering both ways; collect more answers")
        }
        let alpha = numerator / denominator
        let delta = -2.35 * log(alpha)
        let logVariance =
            rbgP / (2 * numerator * numerator) + rbgPQ / (2 * numerator * denominator) + rbgQ / (2 * denominator * denominator)
        let standardError = 2.35 * logVariance.squareRoot()
        let difference = max(0, abs(sumA - sumExpected) - 0.5)
        let chiSquare = difference * difference / sumVariance
        let pValue = chiSquareUpperTail(chiSquare)
        let category: String
        if abs(delta) < 1 || pValue >= 0.05 {
            category = "A"
        } else if abs(delta) >= 1.5 && (abs(delta) - 1) / standardError > 1.645 {
            category = "C"
        } else {
            category = "B"
        }
        return ItemResult(
            item: item, category: category, delta: delta, deltaStandardError: standardError,
            chiSquare: chiSquare, pValue: pValue)
    }

    /// Polytomous: Mantel's χ² for the item score across strata and the SMD over the item's SD;
    /// A: p ≥ .05 or |SMD/SD| ≤ .17; C: p < .05 and |SMD/SD| > .25; else B.
    static func mantel(item: Int, strata: [[[Double]]], categories: Int) -> ItemResult {
        var sumF = 0.0
        var sumExpected = 0.0
        var sumVariance = 0.0
        var focalTotal = 0.0
        var focalMean = 0.0
        var weightedReference = 0.0
        var allCount = 0.0
        var allSum = 0.0
        var allSquares = 0.0
        for table in strata {
            let reference = table[0]
            let focal = table[1]
            let nR = reference.reduce(0, +)
            let nF = focal.reduce(0, +)
            let total = nR + nF
            for k in 0..<categories {
                let count = reference[k] + focal[k]
                allCount += count
                allSum += Double(k) * count
                allSquares += Double(k * k) * count
            }
            guard nR > 0, nF > 0, total > 1 else { continue }
            var scoreSum = 0.0
            var squareSum = 0.0
            var focalSum = 0.0
            var referenceSum = 0.0
            for k in 0..<categories {
                scoreSum += Double(k) * (reference[k] + focal[k])
                squareSum += Double(k * k) * (reference[k] + focal[k])
                focalSum += Double(k) * focal[k]
                referenceSum += Double(k) * reference[k]
            }
            sumF += focalSum
            sumExpected += nF / total * scoreSum
            sumVariance += nR * nF / (total * total * (total - 1)) * (total * squareSum - scoreSum * scoreSum)
            focalTotal += nF
            focalMean += focalSum
            weightedReference += nF * referenceSum / nR
        }
        let variance = allCount > 1 ? (allSquares - allSum * allSum / allCount) / (allCount - 1) : 0
        guard focalTotal > 0, sumVariance > 0, variance > 0 else {
            return ItemResult(item: item, note: "no score level has both groups with varied answers; collect more answers")
        }
        let smd = (focalMean - weightedReference) / focalTotal / variance.squareRoot()
        let chiSquare = (sumF - sumExpected) * (sumF - sumExpected) / sumVariance
        let pValue = chiSquareUpperTail(chiSquare)
        let category = pValue >= 0.05 || abs(smd) <= 0.17 ? "A" : (abs(smd) > 0.25 ? "C" : "B")
        return ItemResult(item: item, category: category, standardizedMeanDifference: smd, chiSquare: chiSquare, pValue: pValue)
    }

    /// P(χ²₁ > x) = erfc(√(x/2)).
    static func chiSquareUpperTail(_ x: Double) -> Double {
        erfc((max(0, x) / 2).squareRoot())
    }
}
