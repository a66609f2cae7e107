/// The kind of a question in a result: a bank item kind, or `unknown` when the item was no longer
/// in the banks when the result was built.
public enum RecordedItemKind: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
    /// A kind the banks define.
    case known(ItemKind)
    /// The item was not found.
    case unknown

    /// The kind for an item that may be missing.
    public init(_ kind: ItemKind?) {
        self = kind.map(RecordedItemKind.known) ?? .unknown
    }

    /// Reads the written form: an item kind's raw value or "unknown".
    public init?(rawValue: String) {
        if let kind = ItemKind(rawValue: rawValue) {
            self = .known(kind)
        } else if rawValue == "unknown" {
            self = .unknown
        } else {
            return nil
        }
    }

    /// The written form.
    public var rawValue: String {
        switch self {
        case .known(let kind): kind.rawValue
        case .unknown: "unknown"
        }
    }

    /// The bank kind, nil when unknown.
    public var itemKind: ItemKind? {
        if case .known(let kind) = self { return kind }
        return nil
    }

    /// The kind's label ("Knowledge", "Scenario" …), or the written form when unknown.
    public var label: String { itemKind?.label ?? rawValue }

    /// The written form.
    public var description: String { rawValue }
}
