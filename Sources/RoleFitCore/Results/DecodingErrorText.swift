/// Turns a `DecodingError` into one line naming the field: "items[3].seconds: expected a number".
enum DecodingErrorText {
    /// The error as "path: problem".
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "\(location(context.codingPath + [key])): missing"
        case .typeMismatch(let type, let context):
            return "\(location(context.codingPath)): expected \(name(of: type))"
        case .valueNotFound(let type, let context):
            return "\(location(context.codingPath)): expected \(name(of: type)), found null"
        case .dataCorrupted(let context):
            return "\(location(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// `items[3].response` for a coding path.
    static func location(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "the document" : text
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is UInt64.Type: "a whole number"
        case is Double.Type: "a number"
        default: "\(type)"
        }
    }
}
