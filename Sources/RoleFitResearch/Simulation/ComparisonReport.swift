import RoleFitCore

/// Selection strategies side by side on the same simulees (issue 7, item 3): for each, the share
/// whose leading role equals the full-bank decision after a fixed number of items (the session
/// runs with minItems = maxItems, so no decision stop cuts it short), and the figures under the
/// stopping rules.
public struct ComparisonReport: Sendable, Hashable, Codable {
    /// One strategy's figures.
    public struct Row: Sendable, Hashable, Codable {
        /// The strategy.
        public var selection: String
        /// Leader agreement with the full-bank decision after 1, 2, … `fixedLength` items.
        public var agreementCurve: [Double]
        /// The same at the reported lengths, keyed by length.
        public var agreementAt: [String: Double]
        /// Mean length under the stopping rules.
        public var meanLength: Double
        /// 90th percentile length under the stopping rules.
        public var p90Length: Int
        /// Agreement with the full-bank decision (hybrids containing it count) under the stopping rules.
        public var agreementFullBankWithHybrid: Double
        /// Hybrid share under the stopping rules.
        public var hybridShare: Double

        enum CodingKeys: String, CodingKey {
            case selection
            case agreementCurve = "agreement_curve"
            case agreementAt = "agreement_at"
            case meanLength = "mean_length"
            case p90Length = "p90_length"
            case agreementFullBankWithHybrid = "agreement_full_bank_with_hybrid"
            case hybridShare = "hybrid_share"
        }
    }

    /// Simulees per strategy.
    public var simulees: Int
    /// The study seed.
    public var seed: UInt64
    /// The lengths reported.
    public var lengths: [Int]
    /// One row per strategy (dec, info, random).
    public var rows: [Row]
    /// Fewest items at which DEC's leader agreement reaches random order's at the longest length
    /// (nil if it never does within that length).
    public var decItemsToMatchRandom: Int?
    /// 1 − decItemsToMatchRandom / longest length.
    public var decSaving: Double?
    /// Wall-clock seconds.
    public var wallSeconds: Double

    enum CodingKeys: String, CodingKey {
        case simulees, seed, lengths, rows
        case decItemsToMatchRandom = "dec_items_to_match_random"
        case decSaving = "dec_saving"
        case wallSeconds = "wall_s"
    }

    /// The strategies compared.
    public static let strategies: [SelectionStrategy] = [.decision, .information, .random]

    /// Runs every strategy at a fixed length and under the stopping rules on the same simulees.
    public static func run(bankSet: BankSet, configuration: SimulationConfiguration, lengths: [Int] = [10, 20, 30, 40])
        throws(SimulationError) -> ComparisonReport
    {
        let clock = ContinuousClock()
        let start = clock.now
        let longest = lengths.max() ?? 40
        var rows: [Row] = []
        for strategy in strategies {
            var fixed = configuration
            fixed.settings.selection = strategy
            fixed.settings.maxItems = longest
            fixed.settings.minItems = longest
            let fixedRecords = try SimulationStudy(bankSet: bankSet, configuration: fixed).records()
            let curve = (1...longest).map { length in
                Double(fixedRecords.filter { $0.leaders.count >= length && $0.leaders[length - 1] == $0.fullBankRole }.count)
                    / Double(max(1, fixedRecords.count))
            }
            var stopping = configuration
            stopping.settings.selection = strategy
            let study = try SimulationStudy(bankSet: bankSet, configuration: stopping)
            let report = SimulationReport(records: study.records(), configuration: stopping, plan: study.plan, wallSeconds: 0)
            rows.append(
                Row(
                    selection: strategy.rawValue, agreementCurve: curve,
                    agreementAt: Dictionary(uniqueKeysWithValues: lengths.map { (String($0), curve[$0 - 1]) }),
                    meanLength: report.meanLength, p90Length: report.p90Length,
                    agreementFullBankWithHybrid: report.agreementFullBankWithHybrid, hybridShare: report.hybridShare))
        }
        var matched: Int?
        if let dec = rows.first(where: { $0.selection == SelectionStrategy.decision.rawValue }),
            let random = rows.first(where: { $0.selection == SelectionStrategy.random.rawValue }),
            let target = random.agreementCurve.last
        {
            matched = dec.agreementCurve.firstIndex { $0 >= target }.map { $0 + 1 }
        }
        return ComparisonReport(
            simulees: configuration.simulees, seed: configuration.seed, lengths: lengths, rows: rows,
            decItemsToMatchRandom: matched, decSaving: matched.map { 1 - Double($0) / Double(longest) },
            wallSeconds: (clock.now - start).seconds)
    }
}
