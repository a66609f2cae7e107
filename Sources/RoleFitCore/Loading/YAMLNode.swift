/// A parsed YAML/JSON value that remembers where it came from.
public struct YAMLNode: Sendable {
    /// The shape of a node.
    public enum Value: Sendable {
        /// A scalar; `isPlain` is false when it was quoted or a block scalar (then it is always a string).
        case scalar(String, isPlain: Bool)
        /// A mapping with its entries in file order.
        case mapping([(key: YAMLNode, value: YAMLNode)])
        /// A sequence.
        case sequence([YAMLNode])
    }

    /// The value.
    public var value: Value
    /// Where it starts.
    public var location: SourceLocation
    /// How many characters an underline of it should cover.
    public var length: Int

    /// Creates a node.
    public init(_ value: Value, at location: SourceLocation, length: Int = 1) {
        self.value = value
        self.location = location
        self.length = length
    }

    /// The scalar text, if this is a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// The entries, if this is a mapping.
    public var entries: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The elements, if this is a sequence.
    public var elements: [YAMLNode]? {
        if case .sequence(let elements) = value { return elements }
        return nil
    }

    /// Whether this is a plain scalar YAML reads as null (`~`, `null` or nothing).
    public var isNull: Bool {
        if case .scalar(let text, true) = value { return text.isEmpty || text == "~" || text.lowercased() == "null" }
        return false
    }

    /// YAML's special floats by name: ".nan" is not a number, ".inf" is infinity.
    static func specialNumberName(_ text: String) -> String? {
        switch text {
        case ".nan", ".NaN", ".NAN": "not-a-number (.nan)"
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": "infinity (\(text))"
        case "-.inf", "-.Inf", "-.INF": "minus infinity (\(text))"
        default: nil
        }
    }

    /// "a mapping", "a list", "a string" … for messages about wrong types.
    public var kindDescription: String {
        switch value {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let text, let isPlain):
            if isNull {
                "nothing"
            } else if isPlain, let special = Self.specialNumberName(text) {
                special
            } else if isPlain, let number = Double(text) {
                number.isFinite ? "a number" : "a number too large to represent (\(text.prefix(40)))"
            } else {
                "text"
            }
        }
    }
}
