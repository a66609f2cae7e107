import RoleFitCore

/// Selection strategies side by side on the same simulees (issue 7, item 3; issue 12, item 9): for
/// each, the share whose leading role equals the full-bank decision after a fixed number of items (the
/// session runs with minItems = maxItems, so no decision stop cuts it short), and the figures under
/// the stopping rules. DEC is compared with every baseline at DEC's own mean length, and any saving is
/// claimed against the best baseline only.
public struct ComparisonReport: Sendable, Hashable, Codable {
    /// One strategy's figures.
    public struct Row: Sendable, Hashable, Codable {
        /// The strategy.
        public var selection: String
        /// Leader agreement with the full-bank decision after 1, 2, … `fixedLength` items.
        public var agreementCurve: [Double]
        /// The same at the reported lengths, keyed by length.
        public var agreementAt: [String: Double]
        /// The same at the matched length (DEC's mean length under the stopping rules).
        public var agreementAtMatchedLength: Double
        /// Mean length under the stopping rules.
        public var meanLength: Double
        /// 90th percentile length under the stopping rules.
        public var p90Length: Int
        /// Agreement with the full-bank decision (hybrids containing it count) under the stopping rules.
        public var agreementFullBankWithHybrid: Double
        /// Agreement with the true best role (hybrids containing it count) under the stopping rules.
        public var agreementTruthWithHybrid: Double?
        /// Hybrid share under the stopping rules.
        public var hybridShare: Double
        /// No-clear-fit share under the stopping rules.
        public var noClearFitShare: Double

        enum CodingKeys: String, CodingKey {
            case selection
            case agreementCurve = "agreement_curve"
            case agreementAt = "agreement_at"
            case agreementAtMatchedLength = "agreement_at_matched_length"
            case meanLength = "mean_length"
            case p90Length = "p90_length"
            case agreementFullBankWithHybrid = "agreement_full_bank_with_hybrid"
            case agreementTruthWithHybrid = "agreement_truth_with_hybrid"
            case hybridShare = "hybrid_share"
            case noClearFitShare = "no_clear_fit_share"
        }
    }

    /// Simulees per strategy.
    public var simulees: Int
    /// The study seed.
    public var seed: UInt64
    /// The population the simulees came from.
    public var population: String
    /// The lengths reported.
    public var lengths: [Int]
    /// One row per strategy (`strategies` order).
    public var rows: [Row]
    /// DEC's mean length under the stopping rules, rounded (at least 1, at most the longest length).
    public var matchedLength: Int
    /// The baseline (every strategy but DEC) with the highest leader agreement at the matched length.
    public var bestBaseline: String
    /// The highest leader agreement any baseline reaches at the longest length.
    public var bestBaselineAgreement: Double
    /// Fewest items at which DEC's leader agreement reaches `bestBaselineAgreement` (nil if it never does).
    public var decItemsToMatchBest: Int?
    /// Fewest items at which the baseline that reaches `bestBaselineAgreement` does so.
    public var bestBaselineItems: Int
    /// 1 − decItemsToMatchBest / bestBaselineItems: the saving claimed, against the best baseline.
    public var decSavingVsBest: Double?
    /// Fewest items at which DEC's leader agreement reaches random order's at the longest length
    /// (nil if it never does within that length).
    public var decItemsToMatchRandom: Int?
    /// 1 − decItemsToMatchRandom / longest length (kept for comparison with earlier figures; random
    /// order is not the best baseline).
    public var decSaving: Double?
    /// Wall-clock seconds.
    public var wallSeconds: Double

    enum CodingKeys: String, CodingKey {
        case simulees, seed, population, lengths, rows
        case matchedLength = "matched_length"
        case bestBaseline = "best_baseline"
        case bestBaselineAgreement = "best_baseline_agreement"
        case decItemsToMatchBest = "dec_items_to_match_best"
        case bestBaselineItems = "best_baseline_items"
        case decSavingVsBest = "dec_saving_vs_best"
        case decItemsToMatchRandom = "dec_items_to_match_random"
        case decSaving = "dec_saving"
        case wallSeconds = "wall_s"
    }

    /// The strategies compared: DEC first, then the baselines.
    public static let strategies: [SelectionStrategy] = [
        .decision, .information, .random, .contentBalancedRandom, .randomRoleKeyed,
    ]

    /// Runs every strategy at a fixed length and under the stopping rules on the same simulees.
    public static func run(bankSet: BankSet, configuration: SimulationConfiguration, lengths: [Int] = [10, 20, 30, 40])
        throws(SimulationError) -> ComparisonReport
    {
        let clock = ContinuousClock()
        let start = clock.now
        let longest = lengths.max() ?? 40
        var curves: [[Double]] = []
        var reports: [SimulationReport] = []
        for strategy in strategies {
            var fixed = configuration
            fixed.settings.selection = strategy
            fixed.settings.maxItems = longest
            fixed.settings.minItems = longest
            let fixedRecords = try SimulationStudy(bankSet: bankSet, configuration: fixed).records()
            curves.append(
                (1...longest).map { length in
                    Double(fixedRecords.filter { $0.leaders.count >= length && $0.leaders[length - 1] == $0.fullBankRole }.count)
                        / Double(max(1, fixedRecords.count))
                })
            var stopping = configuration
            stopping.settings.selection = strategy
            let study = try SimulationStudy(bankSet: bankSet, configuration: stopping)
            reports.append(SimulationReport(records: study.records(), configuration: stopping, plan: study.plan, wallSeconds: 0))
        }
        let matched = min(longest, max(1, Int(reports[0].meanLength.rounded())))
        let rows = strategies.indices.map { s in
            Row(
                selection: strategies[s].rawValue, agreementCurve: curves[s],
                agreementAt: Dictionary(uniqueKeysWithValues: lengths.map { (String($0), curves[s][$0 - 1]) }),
                agreementAtMatchedLength: curves[s][matched - 1], meanLength: reports[s].meanLength,
                p90Length: reports[s].p90Length, agreementFullBankWithHybrid: reports[s].agreementFullBankWithHybrid,
                agreementTruthWithHybrid: reports[s].agreementTruthWithHybrid, hybridShare: reports[s].hybridShare,
                noClearFitShare: reports[s].noClearFitShare)
        }
        let baselines = Array(rows.dropFirst())
        let best = baselines.max { $0.agreementAtMatchedLength < $1.agreementAtMatchedLength } ?? rows[0]
        let strongest = baselines.max { ($0.agreementCurve.last ?? 0) < ($1.agreementCurve.last ?? 0) } ?? rows[0]
        let target = strongest.agreementCurve.last ?? 0
        let decItems = Self.itemsToReach(target, rows[0].agreementCurve)
        let baselineItems = Self.itemsToReach(target, strongest.agreementCurve) ?? longest
        let randomTarget = rows.first { $0.selection == SelectionStrategy.random.rawValue }?.agreementCurve.last
        let decRandom = randomTarget.flatMap { Self.itemsToReach($0, rows[0].agreementCurve) }
        return ComparisonReport(
            simulees: configuration.simulees, seed: configuration.seed, population: configuration.population.kind.rawValue,
            lengths: lengths, rows: rows, matchedLength: matched, bestBaseline: best.selection,
            bestBaselineAgreement: target, decItemsToMatchBest: decItems, bestBaselineItems: baselineItems,
            decSavingVsBest: decItems.map { 1 - Double($0) / Double(max(1, baselineItems)) },
            decItemsToMatchRandom: decRandom, decSaving: decRandom.map { 1 - Double($0) / Double(longest) },
            wallSeconds: (clock.now - start).seconds)
    }

    /// The fewest items at which `curve` reaches `target` (1-based), nil if it never does.
    static func itemsToReach(_ target: Double, _ curve: [Double]) -> Int? {
        curve.firstIndex { $0 >= target }.map { $0 + 1 }
    }
}
