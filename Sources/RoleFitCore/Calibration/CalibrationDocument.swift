import Foundation

/// The calibration file `rolefit calibrate` writes beside the banks (`calibration.json`,
/// `format: rolefit-calibration/1`) and the bank loader applies over the authored parameters
/// (docs/calibration.md). It holds per item the estimates, their standard errors and N, plus when,
/// from what and from how many sessions, and the fingerprint of every bank it was fitted against.
public struct CalibrationDocument: Sendable, Codable, Hashable {
    /// The `format:` value.
    public static let formatIdentifier = "rolefit-calibration/1"
    /// The file name beside the banks.
    public static let fileName = "calibration.json"

    /// Always `rolefit-calibration/1`.
    public var format: String
    /// When it was made (ISO 8601, UTC).
    public var created: String
    /// Where the sessions came from (a results folder or a database address without password).
    public var source: String
    /// Sessions that contributed answers.
    public var sessions: Int
    /// The answer minimum below which items kept their authored parameters.
    public var minAnswers: Int
    /// The banks fitted against (id, SHA-256, item count).
    public var banks: [BankFingerprint]
    /// The pooled role-choice hit rate, when measured.
    public var roleChoice: HitRate?
    /// The items whose parameters change.
    public var items: [Entry]
    /// Items that keep their authored parameters, with N and why.
    public var kept: [Kept]

    /// The measured hit rate.
    public struct HitRate: Sendable, Codable, Hashable {
        /// P(an option keyed to one's own role).
        public var hitRate: Double
        /// Its approximate standard error.
        public var se: Double
        /// Sessions with role-keyed answers.
        public var sessions: Int
        /// Role-keyed answers.
        public var answers: Int
    }

    /// IRT values in the bank format's `irt:` keys.
    public struct Values: Sendable, Codable, Hashable {
        /// Discrimination.
        public var a: Double
        /// Difficulty (knowledge and true/false items).
        public var b: Double?
        /// Guessing (dichotomous items with a chance rate).
        public var c: Double?
        /// GRM thresholds (self-ratings).
        public var thresholds: [Double]?
        /// GPCM steps (graded scenarios).
        public var steps: [Double]?
    }

    /// One calibrated item.
    public struct Entry: Sendable, Codable, Hashable {
        /// Item id.
        public var id: String
        /// Answers it was fitted from.
        public var n: Int
        /// New IRT parameters (not for role-keyed items).
        public var irt: Values?
        /// Their standard errors, same keys.
        public var se: Values?
        /// New role table, role id → P(option | role) (role-keyed items).
        public var table: [String: [Double]]?
        /// True when the table follows the pooled hit rate rather than the item's own answers.
        public var pooled: Bool?
    }

    /// An item left at its authored parameters.
    public struct Kept: Sendable, Codable, Hashable {
        /// Item id.
        public var id: String
        /// Its answers.
        public var n: Int
        /// Why.
        public var reason: String
    }

    /// The file for a calibration of `banks`.
    public init(calibration: BankCalibration, banks: BankSet, source: String, created: Date) {
        format = Self.formatIdentifier
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        self.created = formatter.string(from: created)
        self.source = source
        sessions = calibration.sessionCount
        minAnswers = calibration.minimumAnswers
        self.banks = banks.banks.map { BankFingerprint(id: $0.id, sha256: $0.contentHash, items: $0.items.count) }
        roleChoice = calibration.roleChoice.map {
            HitRate(
                hitRate: Self.rounded($0.hitRate), se: Self.rounded($0.standardError), sessions: $0.sessions, answers: $0.answers)
        }
        let roleIDs = banks.catalogue.roles.map(\.id)
        var entries: [Entry] = []
        var kept: [Kept] = []
        for outcome in calibration.items {
            guard let parameters = outcome.calibrated else {
                kept.append(Kept(id: outcome.id, n: outcome.answerCount, reason: outcome.keptBecause ?? "not estimated"))
                continue
            }
            var entry = Entry(id: outcome.id, n: outcome.answerCount)
            if case .roleTable(let table) = parameters {
                entry.table = Dictionary(
                    zip(roleIDs, table.map { $0.map(Self.rounded) }), uniquingKeysWith: { first, _ in first })
                entry.pooled = outcome.fromPooledHitRate ? true : nil
            } else {
                entry.irt = Self.values(parameters)
                entry.se = outcome.standardErrors.flatMap { Self.values(errors: $0, like: parameters) }
            }
            entries.append(entry)
        }
        items = entries
        self.kept = kept
    }

    /// Six decimals: far below any standard error, and stable text.
    static func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }

    /// The `irt:` form of parameters.
    static func values(_ parameters: ItemParameters) -> Values? {
        switch parameters {
        case .dichotomous(let a, let b, let c): Values(a: rounded(a), b: rounded(b), c: c > 0 ? rounded(c) : nil)
        case .graded(let a, let thresholds): Values(a: rounded(a), thresholds: thresholds.map(rounded))
        case .partialCredit(let a, let steps): Values(a: rounded(a), steps: steps.map(rounded))
        case .roleTable: nil
        }
    }

    /// Standard errors in the `irt:` form of `parameters`.
    static func values(errors: ReportedItemParameters, like parameters: ItemParameters) -> Values? {
        switch parameters {
        case .dichotomous(_, _, let c):
            Values(a: rounded(errors.a), b: errors.b.first.map(rounded), c: c > 0 ? errors.c.map(rounded) : nil)
        case .graded: Values(a: rounded(errors.a), thresholds: errors.b.map(rounded))
        case .partialCredit: Values(a: rounded(errors.a), steps: errors.b.map(rounded))
        case .roleTable: nil
        }
    }

    /// The file's text: pretty JSON with sorted keys, ending in a newline.
    public func text() throws -> String {
        try Self.prettyText(self)
    }

    /// `value` as the calibration file is written: pretty JSON with sorted keys, ending in a newline.
    static func prettyText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
