import Foundation

/// Reads typed fields from a YAML mapping, reporting unknown keys, missing fields and wrong types.
struct MappingReader {
    /// The mapping node itself (for locating "missing field" errors).
    let node: YAMLNode
    /// What the mapping is, for messages: "item 'rd-001'", "the catalogue".
    let subject: String
    private let sink: DiagnosticSink
    /// Known entries in file order; mappings are small, so a linear search beats hashing.
    private var entries: [(name: String, key: YAMLNode, value: YAMLNode)] = []

    /// Reads `node` as a mapping; reports and returns nil when it is something else.
    init?(
        _ node: YAMLNode, subject: String, knownKeys: [String], sink: DiagnosticSink,
        explainKey: (String) -> String? = { _ in nil }
    ) {
        guard let pairs = node.entries else {
            sink.error(node, "\(subject) must be a mapping of `key: value` lines, not \(node.kindDescription)")
            return nil
        }
        self.node = node
        self.subject = subject
        self.sink = sink
        for (key, value) in pairs {
            guard let name = key.scalar else {
                sink.error(key, "keys in \(subject) must be plain words, not \(key.kindDescription)")
                continue
            }
            if knownKeys.contains(name) {
                entries.append((name, key, value))
            } else if let explanation = explainKey(name) {
                sink.error(key, explanation)
            } else {
                sink.error(
                    key, "unknown key '\(name)' in \(subject)\(Suggestion.didYouMean(name, in: knownKeys))",
                    hint: "allowed keys: \(knownKeys.joined(separator: ", "))")
            }
        }
    }

    /// Whether the key is present (even with a null value).
    func has(_ key: String) -> Bool { entry(key) != nil }

    private func entry(_ key: String) -> (name: String, key: YAMLNode, value: YAMLNode)? {
        entries.first { $0.name == key }
    }

    /// The value node of a key, if present.
    func value(_ key: String) -> YAMLNode? { entry(key)?.value }

    /// The key node of a key, if present (to point at `weights:` rather than its content).
    func keyNode(_ key: String) -> YAMLNode? { entry(key)?.key }

    /// Reports a missing required key at the mapping.
    func reportMissing(_ key: String, hint: String? = nil) {
        sink.error(node, "\(subject) is missing required field '\(key)'", hint: hint)
    }

    /// A string field; `required` reports its absence. Empty or whitespace-only text is reported too.
    func string(_ key: String, required: Bool, hint: String? = nil, allowEmpty: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { reportMissing(key, hint: hint) }
            return nil
        }
        guard let text = value.scalar, !value.isNull || !required else {
            sink.error(value, "'\(key)' in \(subject) must be text, not \(value.kindDescription)", hint: hint)
            return nil
        }
        if value.isNull && !required { return nil }
        if !allowEmpty && text.isBlank {
            sink.error(value, "'\(key)' in \(subject) is empty; write the text", hint: hint)
            return nil
        }
        guard checkCharacters(text, key: key, node: value) else { return nil }
        return text
    }

    /// Reports a control character or bidirectional override (written as an escape such as "\e" in
    /// a quoted string; the raw characters are refused when the file is read); false when found.
    private func checkCharacters(_ text: String, key: String, node: YAMLNode) -> Bool {
        guard let (scalar, _) = ControlCharacters.firstForbidden(in: text) else { return true }
        sink.error(
            node,
            "'\(key)' in \(subject) contains \(ControlCharacters.name(scalar)); bank text must not contain control characters or bidirectional overrides — remove it"
        )
        return false
    }

    /// A number field.
    func number(_ key: String, required: Bool) -> (value: Double, node: YAMLNode)? {
        guard let value = value(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard let number = Self.number(value) else {
            sink.error(value, Self.notANumber("'\(key)' in \(subject)", value))
            return nil
        }
        return (number, value)
    }

    /// An integer field.
    func integer(_ key: String, required: Bool) -> (value: Int, node: YAMLNode)? {
        guard let value = value(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard let text = value.scalar, case .scalar(_, true) = value.value, let number = Int(text) else {
            sink.error(value, "'\(key)' in \(subject) must be a whole number, not \(value.kindDescription)")
            return nil
        }
        return (number, value)
    }

    /// A boolean field (`true` or `false`).
    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        if case .scalar(let text, true) = value.value {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        sink.error(value, "'\(key)' in \(subject) must be true or false, not \(value.kindDescription)")
        return nil
    }

    /// A list field; reports a non-list.
    func list(_ key: String, required: Bool, hint: String? = nil) -> (elements: [YAMLNode], node: YAMLNode)? {
        guard let value = value(key) else {
            if required { reportMissing(key, hint: hint) }
            return nil
        }
        guard let elements = value.elements else {
            sink.error(value, "'\(key)' in \(subject) must be a list, not \(value.kindDescription)", hint: hint)
            return nil
        }
        return (elements, value)
    }

    /// A list of strings.
    func strings(_ key: String) -> [String]? {
        guard let (elements, _) = list(key, required: false) else { return nil }
        var result: [String] = []
        for element in elements {
            guard let text = element.scalar, !element.isNull else {
                sink.error(element, "entries of '\(key)' in \(subject) must be text, not \(element.kindDescription)")
                continue
            }
            guard checkCharacters(text, key: key, node: element) else { continue }
            result.append(text)
        }
        return result
    }

    /// Reads a plain scalar as a finite number.
    /// "'b' in item x must be a number, not text", or, for 1e400, that it is out of range.
    static func notANumber(_ what: String, _ node: YAMLNode) -> String {
        if case .scalar(let text, true) = node.value, let number = Double(text), !number.isFinite {
            return "\(what) is \(text.prefix(40)), out of range: too large to be represented as a number"
        }
        return "\(what) must be a number, not \(node.kindDescription)"
    }

    static func number(_ node: YAMLNode) -> Double? {
        guard case .scalar(let text, true) = node.value, let number = Double(text), number.isFinite else { return nil }
        return number
    }
}

extension String {
    /// Whether the text is empty or only whitespace.
    var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}
