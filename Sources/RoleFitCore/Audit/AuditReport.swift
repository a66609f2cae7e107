/// What `rolefit banks audit` found: one result per check with its figure and limit, and the items behind it.
public struct AuditReport: Sendable, Codable, Hashable {
    /// One check against one threshold.
    public struct Check: Sendable, Codable, Hashable {
        /// Stable id, for example `decodability`.
        public var id: String
        /// What was measured, in words, with the figure ("62% of 288 role-keyed options …").
        public var measured: String
        /// The limit in words ("≤ 40%").
        public var limit: String
        /// Whether the banks are within the limit.
        public var passed: Bool
    }

    /// One item (or pair of items) behind a check's figure.
    public struct Finding: Sendable, Codable, Hashable {
        /// The check it belongs to.
        public var check: String
        /// The item.
        public var itemID: String
        /// Where the item starts.
        public var file: String
        /// Line of the item.
        public var line: Int
        /// Column of the item.
        public var column: Int
        /// What is wrong and what to do.
        public var message: String

        /// A finding located at an item.
        public init(check: String, item: Item, message: String) {
            self.check = check
            itemID = item.id
            file = item.location.file
            line = item.location.line
            column = item.location.column
            self.message = message
        }
    }

    /// One test-wise rule's result on one group of items.
    public struct CueRule: Sendable, Codable, Hashable {
        /// The group: "graded scenarios", "knowledge (single choice)" or "true/false".
        public var group: String
        /// The rule in words.
        public var rule: String
        /// Items in the group.
        public var items: Int
        /// Expected share of best answers when following the rule (ties and abstentions guessed at random).
        public var hitRate: Double
        /// Expected share by blind guessing.
        public var chance: Double
        /// hitRate − chance.
        public var advantage: Double { hitRate - chance }
    }

    /// Decodability of the role-keyed options.
    public struct Decodability: Sendable, Codable, Hashable {
        /// Role-keyed options.
        public var options: Int
        /// Options whose keyed role the classifier names.
        public var decoded: Int
        /// Share decoded per role id.
        public var byRole: [String: Double]
        /// Role-keyed items.
        public var items: Int
        /// Items whose every option is decoded.
        public var fullyDecoded: Int
        /// Share expected by guessing (1 / number of roles).
        public var chance: Double
        /// decoded / options.
        public var share: Double { options == 0 ? 0 : Double(decoded) / Double(options) }
    }

    /// The checks, in report order.
    public var checks: [Check]
    /// The items behind them.
    public var findings: [Finding]
    /// Every cue rule's result.
    public var cueRules: [CueRule]
    /// Decodability figures.
    public var decodability: Decodability
    /// Items per catalogue distinction id.
    public var itemsPerDistinction: [String: Int]
    /// The thresholds used.
    public var thresholds: AuditThresholds
    /// Whether every check passed.
    public var passed: Bool { checks.allSatisfy(\.passed) }
}
