import Yams

/// Parses YAML or JSON text into a located `YAMLNode` tree, turning every failure into a diagnostic.
public enum YAMLDocumentReader {
    /// The most nodes a document may expand to (aliases included) before it is refused.
    public static let maximumNodeCount = 1_000_000

    /// The node budget for a text: without aliases a document cannot hold more than two nodes per byte
    /// (a key and an empty value), so anything beyond that came from alias expansion.
    static func nodeBudget(forTextOfLength bytes: Int) -> Int {
        min(maximumNodeCount, 2 * bytes + 1_000)
    }

    /// Parses `text` from `file`; returns the root node or the diagnostics that explain why not.
    public static func parse(_ text: String, file: String) -> Result<YAMLNode, Diagnostic> {
        if let finding = NestingScanner.scan(text) {
            switch finding {
            case .tooDeep(let line, let column):
                return .failure(
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: line, column: column),
                        "the document is nested more than \(NestingScanner.maximumDepth) levels deep; banks never need this — flatten it"
                    ))
            case .aliasKey(let line, let column):
                return .failure(
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: line, column: column),
                        "an alias (*name) is used as a mapping key; write the key out instead"))
            }
        }
        let root: Node?
        do {
            // The basic resolver skips Yams' regular-expression tag resolution: scalars are typed here, by the decoders.
            // UTF-8 is Swift's native encoding (Yams' default); naming it spares Yams reading the whole
            // process environment on every parse (a twelfth of a small bank's load time).
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file))
        } catch {
            return .failure(
                Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "could not parse the file: \(error)"))
        }
        guard let root else {
            return .failure(
                Diagnostic(
                    .error, at: SourceLocation(file: file, line: 1, column: 1),
                    "the file is empty; a bank starts with `format: rolefit-bank/1`"))
        }
        var budget = nodeBudget(forTextOfLength: text.utf8.count)
        var converter = Converter(file: file)
        guard let node = converter.convert(root, budget: &budget) else {
            return .failure(
                Diagnostic(
                    .error, at: SourceLocation(file: file, line: 1, column: 1),
                    "the document expands to far more values than it has characters through anchors and aliases (an alias bomb?); remove the aliases"
                ))
        }
        return .success(node)
    }

    /// Converts a Yams error into a located diagnostic.
    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return Diagnostic(.error, at: at(mark), message, hint: syntaxHint(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(.error, at: at(context.mark), "duplicate key \(keys) in one mapping; keep one of them")
        case .reader(let problem, let offset, _, _):
            return Diagnostic(
                .error, at: SourceLocation(file: file, line: 1, column: 1),
                "unreadable text: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            return Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "could not parse the file: \(error)")
        }
    }

    private static func syntaxHint(_ problem: String) -> String? {
        if problem.contains("mapping values are not allowed") {
            return "a value that contains ': ' must be quoted, for example prompt: \"Risk: what now?\""
        }
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        return nil
    }

    /// Walks Yams nodes into `YAMLNode`s, counting every node against a budget.
    private struct Converter {
        let file: String

        mutating func convert(_ node: Node, budget: inout Int) -> YAMLNode? {
            budget -= 1
            guard budget >= 0 else { return nil }
            let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
            switch node {
            case .scalar(let scalar):
                let isPlain = scalar.style == .plain || scalar.style == .any
                return YAMLNode(
                    .scalar(scalar.string, isPlain: isPlain), at: location,
                    length: scalarLength(scalar))
            case .mapping(let mapping):
                var entries: [(key: YAMLNode, value: YAMLNode)] = []
                entries.reserveCapacity(mapping.count)
                for (key, value) in mapping {
                    guard let key = convert(key, budget: &budget), let value = convert(value, budget: &budget) else { return nil }
                    entries.append((key, value))
                }
                return YAMLNode(.mapping(entries), at: location)
            case .sequence(let sequence):
                var elements: [YAMLNode] = []
                elements.reserveCapacity(sequence.count)
                for element in sequence {
                    guard let element = convert(element, budget: &budget) else { return nil }
                    elements.append(element)
                }
                return YAMLNode(.sequence(elements), at: location)
            case .alias:
                return YAMLNode(.scalar("", isPlain: true), at: location)
            }
        }

        /// The visible width of a scalar on its first line, quotes included (the renderer clips it to the line).
        private func scalarLength(_ scalar: Node.Scalar) -> Int {
            switch scalar.style {
            case .literal, .folded: return 1
            case .singleQuoted, .doubleQuoted: return firstLineLength(scalar.string) + 2
            default: return max(1, firstLineLength(scalar.string))
            }
        }

        private func firstLineLength(_ text: String) -> Int {
            var count = 0
            for scalar in text.unicodeScalars {
                if scalar == "\n" { break }
                count += 1
            }
            return count
        }
    }
}
