/// Writes a bank as a `rolefit-bank/1` YAML file, as docs/bank-format.md describes it.
public enum BankYAMLWriter {
    /// The first line of every written bank: lets editors validate against the schema.
    public static let schemaLine = "# yaml-language-server: $schema=schema/bank.schema.json"

    /// The bank as YAML text. `roleIDs` (catalogue order) is needed only to write role-keyed tables.
    public static func write(_ bank: QuestionBank, header: [String] = [], roleIDs: [String] = []) -> String {
        var lines = [schemaLine]
        lines += header.map { "# " + $0 }
        lines.append("format: rolefit-bank/1")
        lines.append("id: " + YAMLScalar.plainOrQuoted(bank.id))
        lines.append("title: " + YAMLScalar.quoted(bank.title))
        if let description = bank.description { lines.append("description: " + YAMLScalar.quoted(description)) }
        if bank.items.isEmpty {
            lines.append("items: []")
        } else {
            lines.append("items:")
            for (index, item) in bank.items.enumerated() {
                if index > 0 { lines.append("") }
                lines += itemLines(item, roleIDs: roleIDs)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of one item, indented under `items:`.
    static func itemLines(_ item: Item, roleIDs: [String]) -> [String] {
        var lines = ["  - id: " + YAMLScalar.plainOrQuoted(item.id)]
        func field(_ key: String, _ value: String) { lines.append("    \(key): \(value)") }
        field("kind", item.kind.rawValue)
        field("area", YAMLScalar.plainOrQuoted(item.area))
        field("prompt", YAMLScalar.quoted(item.prompt))
        switch item.kind {
        case .trueFalse:
            field("answer", TrueFalseAnswer.of(item) ? "true" : "false")
        case .selfRating:
            if item.isReverseKeyed { field("reverse", "true") }
        case .singleChoice, .multipleResponse, .gradedScenario, .roleKeyed:
            field("options", "")
            lines[lines.count - 1].removeLast()
            for option in item.options {
                lines.append("      - text: " + YAMLScalar.quoted(option.text))
                switch item.kind {
                case .singleChoice, .multipleResponse:
                    if option.isCorrect { lines.append("        correct: true") }
                case .gradedScenario:
                    lines.append("        score: \(option.score)")
                case .roleKeyed:
                    lines.append("        roles: " + flowList(option.roles))
                case .trueFalse, .selfRating:
                    break
                }
                if let feedback = option.feedback { lines.append("        feedback: " + YAMLScalar.quoted(feedback)) }
            }
        }
        if let explanation = item.explanation { field("explanation", YAMLScalar.quoted(explanation)) }
        lines += parameterLines(item, roleIDs: roleIDs)
        if !item.tags.isEmpty { field("tags", flowList(item.tags)) }
        return lines
    }

    /// `difficulty:`, `irt:` or `table:` for an item, as its parameter source says.
    static func parameterLines(_ item: Item, roleIDs: [String]) -> [String] {
        switch (item.parameterSource, item.parameters) {
        case (.provisional(let rating), _):
            return ["    difficulty: " + rating.rawValue]
        case (.roleKey, _):
            return []
        case (.explicit, .dichotomous(let a, let b, let c)):
            let guess = c == 0 ? "" : ", c: " + YAMLScalar.number(c)
            return ["    irt: {a: \(YAMLScalar.number(a)), b: \(YAMLScalar.number(b))\(guess)}"]
        case (.explicit, .graded(let a, let thresholds)):
            return [
                "    irt: {a: \(YAMLScalar.number(a)), thresholds: [\(thresholds.map(YAMLScalar.number).joined(separator: ", "))]}"
            ]
        case (.explicit, .partialCredit(let a, let steps)):
            return ["    irt: {a: \(YAMLScalar.number(a)), steps: [\(steps.map(YAMLScalar.number).joined(separator: ", "))]}"]
        case (.explicit, .roleTable(let table)):
            guard roleIDs.count == table.count else { return [] }
            return ["    table:"]
                + zip(roleIDs, table).map { role, row in
                    "      \(YAMLScalar.plainOrQuoted(role)): [\(row.map(YAMLScalar.number).joined(separator: ", "))]"
                }
        }
    }

    /// `[a, "b c"]`.
    static func flowList(_ values: [String]) -> String {
        "[" + values.map(YAMLScalar.plainOrQuoted).joined(separator: ", ") + "]"
    }
}
