/// The result of writing banks as GIFT: the text, and what could not be written.
public struct GiftExport: Sendable, Hashable {
    /// An item GIFT cannot express.
    public struct Skip: Sendable, Hashable {
        /// The item id.
        public var itemID: String
        /// Its kind.
        public var kind: ItemKind
        /// Why it was skipped.
        public var reason: String
    }

    /// The GIFT text.
    public var text: String
    /// The number of items written.
    public var exportedCount: Int
    /// The items left out.
    public var skipped: [Skip]
    /// Details lost on the way (for example calibrated IRT parameters).
    public var notes: [String]

    /// One line: "Exported 12 items, skipped 2 (2 role-keyed)."
    public var summary: String {
        var kinds: [ItemKind: Int] = [:]
        for skip in skipped { kinds[skip.kind, default: 0] += 1 }
        let detail = ItemKind.allCases.compactMap { kind in kinds[kind].map { "\($0) \(kind.rawValue)" } }.joined(separator: ", ")
        return "Exported \(exportedCount) item\(exportedCount == 1 ? "" : "s"), skipped \(skipped.count)"
            + (detail.isEmpty ? "" : " (\(detail))") + "."
    }
}
