import Foundation

/// Decodes a bank file's tree into a `QuestionBank`, checking each item against the catalogue.
struct BankDecoder {
    let sink: DiagnosticSink
    let catalogue: Catalogue?
    let file: String

    private static let bankKeys = ["format", "id", "title", "description", "items"]
    private static let itemKeys = [
        "id", "kind", "area", "prompt", "options", "explanation", "tags", "difficulty",
        "irt", "answer", "reverse", "labels", "scale", "table", "distinctions", "notApplicable", "pretest",
    ]
    /// Keys that only some kinds use, with the kinds that use them.
    private static let kindSpecificKeys: [String: [ItemKind]] = [
        "options": [.singleChoice, .multipleResponse, .gradedScenario, .roleKeyed],
        "answer": [.trueFalse],
        "reverse": [.selfRating], "labels": [.selfRating], "scale": [.selfRating], "notApplicable": [.selfRating],
        "table": [.roleKeyed],
        "difficulty": [.singleChoice, .multipleResponse, .trueFalse, .gradedScenario, .selfRating],
        "irt": [.singleChoice, .multipleResponse, .trueFalse, .gradedScenario, .selfRating],
        "pretest": [.singleChoice, .multipleResponse, .trueFalse, .gradedScenario, .selfRating],
    ]
    static let defaultLikertLabels = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]

    /// Decodes the root mapping of a bank file.
    func decode(_ root: YAMLNode, contentHash: String) -> QuestionBank? {
        guard let reader = MappingReader(root, subject: "the bank", knownKeys: Self.bankKeys, sink: sink) else { return nil }
        let id = reader.string("id", required: true, hint: "give the bank a short unique id such as `role-differences`") ?? ""
        if let node = reader.value("id"), !id.isEmpty, !FileFormat.isValidIdentifier(id) {
            sink.error(node, "bank id '\(id)' is not a valid id; use lower-case letters, digits and '-'")
        }
        let title = reader.string("title", required: true) ?? id
        let description = reader.string("description", required: false)
        var items: [Item] = []
        if let (elements, node) = reader.list("items", required: true, hint: "list the bank's questions under `items:`") {
            if elements.isEmpty { sink.warning(node, "the bank has no items") }
            var seen: [String: YAMLNode] = [:]
            for element in elements {
                if let item = decodeItem(element, seen: &seen) { items.append(item) }
            }
        }
        return QuestionBank(id: id, title: title, description: description, file: file, contentHash: contentHash, items: items)
    }

    // MARK: - Items

    private func decodeItem(_ node: YAMLNode, seen: inout [String: YAMLNode]) -> Item? {
        // The kind decides which keys are allowed, so read it first.
        let kindNode = node.entries?.first { $0.key.scalar == "kind" }?.value
        let kind = kindNode.flatMap { $0.scalar }.flatMap(ItemKind.init(rawValue:))
        let idText = node.entries?.first { $0.key.scalar == "id" }?.value.scalar
        let subject = idText.map { "item '\($0)'" } ?? "an item"
        guard let reader = MappingReader(node, subject: subject, knownKeys: Self.itemKeys, sink: sink) else { return nil }
        let errorsBefore = sink.errorCount

        let id = readItemID(reader, seen: &seen)
        guard let kindNode = reader.value("kind") else {
            reader.reportMissing("kind", hint: "one of: \(ItemKind.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        guard let kind else {
            let text = kindNode.scalar ?? ""
            sink.error(
                kindNode, "unknown item kind '\(text)'\(Suggestion.didYouMean(text, in: ItemKind.allCases.map(\.rawValue)))",
                hint: "one of: \(ItemKind.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        for (key, kinds) in Self.kindSpecificKeys where !kinds.contains(kind) {
            if let keyNode = reader.keyNode(key) {
                sink.error(
                    keyNode,
                    "\(kind.rawValue) items take no '\(key)'; it is used by \(kinds.map(\.rawValue).joined(separator: ", ")) items"
                )
            }
        }
        let area = readArea(reader)
        let prompt = reader.string("prompt", required: true, hint: "write the question or statement") ?? ""
        let explanation = reader.string("explanation", required: false)
        let tags = reader.strings("tags") ?? []
        let distinctions = readDistinctions(reader)
        let allowsNotApplicable = kind == .selfRating ? (reader.bool("notApplicable") ?? false) : false
        let options = readOptions(reader, kind: kind, subject: subject)
        let rating = readDifficulty(reader)
        let parameters = readParameters(reader, kind: kind, subject: subject, options: options, rating: rating)
        let reverse = kind == .selfRating ? (reader.bool("reverse") ?? false) : false
        let pretest = kind != .roleKeyed ? (reader.bool("pretest") ?? false) : false
        let finalOptions = kind == .selfRating ? likertOptions(reader, subject: subject, reverse: reverse) : options

        guard sink.errorCount == errorsBefore, let id, let area, let parameters else { return nil }
        if !reader.has("explanation") {
            sink.warning(node, "\(subject) has no explanation; add one — training mode shows it after the answer")
        }
        return Item(
            id: id, kind: kind, area: area, prompt: prompt, options: finalOptions, explanation: explanation,
            tags: tags, distinctions: distinctions, allowsNotApplicable: allowsNotApplicable, parameters: parameters.value,
            parameterSource: parameters.source,
            isReverseKeyed: reverse, location: node.location, isPretest: pretest)
    }

    private func readItemID(_ reader: MappingReader, seen: inout [String: YAMLNode]) -> String? {
        guard let id = reader.string("id", required: true, hint: "give every item a unique id such as `rd-001`"),
            let node = reader.value("id")
        else { return nil }
        guard FileFormat.isValidIdentifier(id) else {
            sink.error(node, "item id '\(id)' is not a valid id; use lower-case letters, digits and '-'")
            return nil
        }
        if let first = seen[id] {
            sink.error(node, "duplicate item id '\(id)' (first used at line \(first.location.line)); item ids must be unique")
            return nil
        }
        seen[id] = node
        return id
    }

    private func readArea(_ reader: MappingReader) -> String? {
        guard let area = reader.string("area", required: true, hint: "name the skill area the item measures"),
            let node = reader.value("area")
        else { return nil }
        if let catalogue, catalogue.area(area) == nil {
            let ids = catalogue.areas.map(\.id)
            sink.error(
                node, "unknown skill area '\(area)'\(Suggestion.didYouMean(area, in: ids))",
                hint: Suggestion.closest(to: area, in: ids) == nil ? "known areas: \(ids.joined(separator: ", "))" : nil)
            return nil
        }
        return area
    }

    private func readDistinctions(_ reader: MappingReader) -> [String] {
        guard let ids = reader.strings("distinctions"), let node = reader.value("distinctions") else { return [] }
        guard let catalogue else { return ids }
        let known = catalogue.distinctions.map(\.id)
        var seen = Set<String>()
        for id in ids {
            let element = node.elements?.first { $0.scalar == id } ?? node
            if catalogue.distinction(id) == nil {
                sink.error(
                    element, "unknown distinction '\(id)'\(Suggestion.didYouMean(id, in: known))",
                    hint: known.isEmpty
                        ? "the catalogue lists no distinctions; add them under `distinctions:` in catalogue.yaml"
                        : Suggestion.closest(to: id, in: known) == nil
                            ? "known distinctions: \(known.joined(separator: ", "))" : nil)
            } else if !seen.insert(id).inserted {
                sink.error(element, "distinction '\(id)' is listed twice; name each distinction once")
            }
        }
        return ids
    }

    // MARK: - Options

    private func readOptions(_ reader: MappingReader, kind: ItemKind, subject: String) -> [ItemOption] {
        switch kind {
        case .trueFalse:
            guard let answer = reader.bool("answer") else {
                if !reader.has("answer") { reader.reportMissing("answer", hint: "write `answer: true` or `answer: false`") }
                return []
            }
            return [
                ItemOption(text: "True", isCorrect: answer, score: answer ? 1 : 0),
                ItemOption(text: "False", isCorrect: !answer, score: answer ? 0 : 1),
            ]
        case .selfRating:
            return []
        case .singleChoice, .multipleResponse, .gradedScenario, .roleKeyed:
            break
        }
        guard
            let (elements, listNode) = reader.list(
                "options", required: true, hint: "list at least two options, each with `text:`")
        else {
            return []
        }
        let optionKeys = ["text", "correct", "score", "roles", "feedback"]
        let used: [String] =
            switch kind {
            case .singleChoice, .multipleResponse: ["text", "correct", "feedback"]
            case .gradedScenario: ["text", "score", "feedback"]
            case .roleKeyed: ["text", "roles", "feedback"]
            case .trueFalse, .selfRating: []
            }
        var options: [ItemOption] = []
        var texts: [String: Int] = [:]
        for (index, element) in elements.enumerated() {
            let optionSubject = "option \(index + 1) of \(subject)"
            guard
                let option = MappingReader(
                    element, subject: optionSubject, knownKeys: optionKeys, sink: sink, explainKey: { _ in nil })
            else {
                continue
            }
            for key in optionKeys where !used.contains(key) {
                if let keyNode = option.keyNode(key) {
                    sink.error(keyNode, "'\(key)' does not apply to \(kind.rawValue) options; \(usageOfOptionKey(key))")
                }
            }
            let text = option.string("text", required: true, hint: "write what the person reads") ?? ""
            let normalized = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
            if !normalized.isEmpty, let first = texts[normalized], let node = option.value("text") {
                sink.error(node, "\(optionSubject) repeats the text of option \(first + 1); every option must differ")
            }
            texts[normalized] = texts[normalized] ?? index
            var result = ItemOption(text: text, feedback: option.string("feedback", required: false))
            switch kind {
            case .singleChoice, .multipleResponse:
                result.isCorrect = option.bool("correct") ?? false
                result.score = result.isCorrect ? 1 : 0
            case .gradedScenario:
                if let (score, node) = option.integer("score", required: true) {
                    if score < 0 || score > 9 {
                        sink.error(node, "scores run from 0 to at most 9; \(score) is out of range")
                    }
                    result.score = score
                }
            case .roleKeyed:
                result.score = index
                result.roles = readOptionRoles(option, subject: optionSubject)
            case .trueFalse, .selfRating:
                break
            }
            options.append(result)
        }
        checkOptionSet(options, kind: kind, subject: subject, listNode: listNode, reader: reader)
        return options
    }

    private func usageOfOptionKey(_ key: String) -> String {
        switch key {
        case "correct": "only single-choice and multiple-response options are marked correct"
        case "score": "only graded-scenario options carry a score"
        case "roles": "only role-keyed options name roles"
        default: "remove it"
        }
    }

    private func readOptionRoles(_ option: MappingReader, subject: String) -> [String] {
        guard let roles = option.strings("roles") else {
            if !option.has("roles") {
                option.reportMissing("roles", hint: "key the option to the role(s) it is typical of, e.g. `roles: [product]`")
            }
            return []
        }
        if roles.isEmpty, let node = option.value("roles") {
            sink.error(node, "\(subject) names no role; key it to at least one")
        }
        if let catalogue, let node = option.value("roles") {
            let ids = catalogue.roles.map(\.id)
            for role in roles where catalogue.role(role) == nil {
                let element = node.elements?.first { $0.scalar == role } ?? node
                sink.error(
                    element, "unknown role '\(role)'\(Suggestion.didYouMean(role, in: ids))",
                    hint: "known roles: \(ids.joined(separator: ", "))")
            }
        }
        return roles
    }

    private func checkOptionSet(
        _ options: [ItemOption], kind: ItemKind, subject: String, listNode: YAMLNode, reader: MappingReader
    ) {
        let anchor = reader.keyNode("options") ?? listNode
        guard options.count >= 2 else {
            sink.error(anchor, "\(subject) has \(options.count) option\(options.count == 1 ? "" : "s"); give it at least 2")
            return
        }
        switch kind {
        case .singleChoice:
            let correct = options.count { $0.isCorrect }
            if correct != 1 {
                sink.error(
                    anchor, "single-choice \(subject) has \(correct) options marked correct; mark exactly one",
                    hint: correct > 1
                        ? "use kind: multiple-response when several options are right" : "add `correct: true` to the right option"
                )
            }
        case .multipleResponse:
            if !options.contains(where: \.isCorrect) {
                sink.error(
                    anchor, "multiple-response \(subject) has no option marked correct; mark at least one with `correct: true`")
            }
        case .gradedScenario:
            let scores = Set(options.map(\.score))
            let listed = options.map(\.score).map(String.init).joined(separator: ", ")
            if !scores.contains(0) || (scores.max() ?? 0) < 1 {
                sink.error(
                    anchor,
                    "graded-scenario \(subject) must score its weakest option 0 and its best at least 1 (scores: \(listed))")
            } else if let top = scores.max(), let gap = (0...top).first(where: { !scores.contains($0) }) {
                sink.error(
                    anchor,
                    "graded-scenario \(subject) has no option scoring \(gap) (scores: \(listed)); scores must run 0, 1, 2, … without gaps"
                )
            }
        case .roleKeyed, .trueFalse, .selfRating:
            break
        }
    }

    private func likertOptions(_ reader: MappingReader, subject: String, reverse: Bool) -> [ItemOption] {
        if let scale = reader.value("scale") {
            if let scaleReader = MappingReader(scale, subject: "the scale of \(subject)", knownKeys: ["min", "max"], sink: sink) {
                let low = scaleReader.integer("min", required: true)
                let high = scaleReader.integer("max", required: true)
                if let low, let high, low.value != 1 || high.value != ParameterRanges.likertPoints {
                    sink.error(
                        scale, "the Likert scale of \(subject) runs from \(low.value) to \(high.value); self-ratings use 1–5",
                        hint: "write `scale: {min: 1, max: 5}` or leave the scale out")
                }
            }
        }
        var labels = Self.defaultLikertLabels
        if let custom = reader.strings("labels"), let node = reader.value("labels") {
            if custom.count == ParameterRanges.likertPoints {
                labels = custom
            } else {
                sink.error(node, "\(subject) has \(custom.count) scale labels; a 1–5 scale needs exactly 5")
            }
        }
        return labels.enumerated().map { index, label in
            let category = reverse ? ParameterRanges.likertPoints - 1 - index : index
            return ItemOption(text: label, score: category)
        }
    }

    // MARK: - Parameters

    private func readDifficulty(_ reader: MappingReader) -> DifficultyRating? {
        guard let node = reader.value("difficulty") else { return nil }
        let names = DifficultyRating.allCases.map(\.rawValue)
        guard let text = node.scalar, let rating = DifficultyRating(rawValue: text) else {
            let text = node.scalar ?? ""
            sink.error(
                node, "unknown difficulty '\(text)'\(Suggestion.didYouMean(text, in: names))",
                hint: "one of: \(names.joined(separator: ", "))")
            return nil
        }
        return rating
    }

    private func readParameters(
        _ reader: MappingReader, kind: ItemKind, subject: String, options: [ItemOption],
        rating: DifficultyRating?
    ) -> (value: ItemParameters, source: ParameterSource)? {
        if kind == .roleKeyed { return readRoleTable(reader, subject: subject, options: options) }
        let irtNode = reader.value("irt")
        if irtNode != nil, let keyNode = reader.keyNode("difficulty") {
            sink.error(keyNode, "\(subject) gives both 'difficulty' and 'irt'; keep one (irt parameters replace the rating)")
            return nil
        }
        let categoriesAbove0 = (options.map(\.score).max() ?? 1)
        if let irtNode {
            return readIRT(irtNode, kind: kind, subject: subject, steps: categoriesAbove0).map { ($0, .explicit) }
        }
        guard let rating else {
            if !reader.has("difficulty") {
                reader.reportMissing(
                    "difficulty",
                    hint: "add `difficulty: easy` (very-easy, easy, hard, very-hard) or calibrated `irt:` parameters")
            }
            return nil
        }
        let value = ProvisionalParameters.parameters(kind: kind, options: options, rating: rating)
        return (value, .provisional(rating))
    }

    private func readIRT(_ node: YAMLNode, kind: ItemKind, subject: String, steps: Int) -> ItemParameters? {
        let keys: [String] =
            switch kind {
            case .gradedScenario: ["a", "steps"]
            case .selfRating: ["a", "thresholds"]
            default: ["a", "b", "c"]
            }
        let irtSubject = "the irt parameters of \(subject)"
        guard
            let irt = MappingReader(
                node, subject: irtSubject, knownKeys: keys, sink: sink,
                explainKey: { key in
                    ["b", "c", "steps", "thresholds"].contains(key)
                        ? "'\(key)' is not a parameter of \(kind.rawValue) items; they take \(keys.joined(separator: ", "))" : nil
                })
        else { return nil }
        let errorsBefore = sink.errorCount
        let a = irt.number("a", required: true)
        if let a, !(a.value > 0 && a.value <= ParameterRanges.maximumDiscrimination) {
            sink.error(
                a.node,
                "discrimination a = \(formatted(a.value)) is out of range; it must be > 0 and ≤ \(formatted(ParameterRanges.maximumDiscrimination))"
            )
        }
        switch kind {
        case .gradedScenario:
            let values = locations(irt, key: "steps", subject: irtSubject)
            if let values, let node = irt.value("steps") {
                if values.count != steps {
                    sink.error(
                        node,
                        "\(subject) has \(values.count) steps but its scores run 0–\(steps); give one step per score above 0 (\(steps))"
                    )
                } else if zip(values, values.dropFirst()).contains(where: { $0 >= $1 }) {
                    sink.error(
                        node,
                        "the steps of \(subject) are not increasing; GPCM steps must satisfy d1 < d2 < … (one per score above 0)")
                }
            }
            guard sink.errorCount == errorsBefore, let a, let values else { return nil }
            return .partialCredit(a: a.value, steps: values)
        case .selfRating:
            let values = locations(irt, key: "thresholds", subject: irtSubject)
            if let values, let node = irt.value("thresholds") {
                if values.count != ParameterRanges.likertPoints - 1 {
                    sink.error(node, "\(subject) has \(values.count) thresholds; a 1–5 rating needs exactly 4")
                } else if zip(values, values.dropFirst()).contains(where: { $0 >= $1 }) {
                    sink.error(
                        node, "the thresholds of \(subject) are not increasing; GRM thresholds must satisfy b1 < b2 < b3 < b4")
                }
            }
            guard sink.errorCount == errorsBefore, let a, let values else { return nil }
            return .graded(a: a.value, thresholds: values)
        default:
            let b = irt.number("b", required: true)
            if let b, abs(b.value) > ParameterRanges.maximumLocation {
                sink.error(
                    b.node,
                    "difficulty b = \(formatted(b.value)) is out of range; |b| must be ≤ \(formatted(ParameterRanges.maximumLocation))"
                )
            }
            let c = irt.number("c", required: false)
            if let c, !(c.value >= 0 && c.value < ParameterRanges.guessingLimit) {
                sink.error(
                    c.node,
                    "guessing c = \(formatted(c.value)) is out of range; it must be ≥ 0 and < \(formatted(ParameterRanges.guessingLimit))"
                )
            }
            guard sink.errorCount == errorsBefore, let a, let b else { return nil }
            return .dichotomous(a: a.value, b: b.value, c: c?.value ?? 0)
        }
    }

    private func locations(_ irt: MappingReader, key: String, subject: String) -> [Double]? {
        guard let (elements, _) = irt.list(key, required: true) else { return nil }
        var values: [Double] = []
        for element in elements {
            guard let value = MappingReader.number(element) else {
                sink.error(element, MappingReader.notANumber("an entry of '\(key)' in \(subject)", element))
                return nil
            }
            if abs(value) > ParameterRanges.maximumLocation {
                sink.error(
                    element,
                    "\(key) value \(formatted(value)) is out of range; |value| must be ≤ \(formatted(ParameterRanges.maximumLocation))"
                )
            }
            values.append(value)
        }
        return values
    }

    private func readRoleTable(_ reader: MappingReader, subject: String, options: [ItemOption]) -> (
        value: ItemParameters, source: ParameterSource
    )? {
        let roleIDs = catalogue?.roles.map(\.id) ?? []
        guard let node = reader.value("table") else {
            let table = RoleChoiceModel(optionRoles: options.map(\.roles), roleIDs: roleIDs).table
            return (.roleTable(table), .roleKey)
        }
        guard let entries = node.entries else {
            sink.error(node, "'table' of \(subject) must map each role to a list of probabilities, not \(node.kindDescription)")
            return nil
        }
        var rows: [String: [Double]] = [:]
        for (key, value) in entries {
            guard let role = key.scalar else { continue }
            guard roleIDs.isEmpty || roleIDs.contains(role) else {
                sink.error(key, "unknown role '\(role)' in the table of \(subject)\(Suggestion.didYouMean(role, in: roleIDs))")
                continue
            }
            guard let numbers = value.elements?.compactMap(MappingReader.number), numbers.count == value.elements?.count else {
                sink.error(value, "the row of '\(role)' must be a list of numbers, one per option")
                continue
            }
            if numbers.count != options.count {
                sink.error(value, "the row of '\(role)' has \(numbers.count) probabilities for \(options.count) options")
            } else if numbers.contains(where: { $0 < 0 || $0 > 1 }) {
                sink.error(value, "the row of '\(role)' has a probability outside 0–1")
            } else if numbers.contains(0) {
                sink.error(
                    value,
                    "the row of '\(role)' has a probability of 0, which would discard every other answer's evidence about this role; use a small positive value such as 0.01"
                )
            } else if abs(numbers.reduce(0, +) - 1) > CatalogueDecoder.weightTolerance {
                sink.error(value, "the row of '\(role)' sums to \(formatted(numbers.reduce(0, +))); each row must sum to 1")
            }
            rows[role] = numbers
        }
        let missing = roleIDs.filter { rows[$0] == nil }
        if !missing.isEmpty {
            sink.error(
                node,
                "the table of \(subject) has no row for \(missing.map { "'\($0)'" }.joined(separator: ", ")); give every role a row"
            )
            return nil
        }
        return (.roleTable(roleIDs.compactMap { rows[$0] }), .explicit)
    }
}
