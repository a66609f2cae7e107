import Foundation

/// Reads a calibration file (`format: rolefit-calibration/1`, written by `rolefit calibrate`) and
/// applies it over the authored parameters of the loaded banks. Everything malformed is a located
/// error, like the rest of the loader. A bank whose SHA-256 differs from the one the calibration was
/// fitted against keeps its authored parameters, with one warning at its fingerprint (the rest of
/// the calibration still applies); entries for items no loaded bank holds are warned about and ignored.
struct CalibrationDecoder {
    /// Where problems go.
    let sink: DiagnosticSink
    /// Role ids in catalogue order (table rows).
    let roleIDs: [String]

    /// The top-level keys.
    static let keys = ["format", "created", "source", "sessions", "minAnswers", "banks", "roleChoice", "items", "kept"]

    /// Applies the calibration in `root` to `banks`; returns how many items changed.
    @discardableResult
    func apply(_ root: YAMLNode, to banks: inout [QuestionBank]) -> Int {
        guard let reader = MappingReader(root, subject: "the calibration file", knownKeys: Self.keys, sink: sink) else {
            return 0
        }
        _ = reader.string("created", required: true)
        _ = reader.string("source", required: true)
        for key in ["sessions", "minAnswers"] {
            if let value = reader.integer(key, required: true), value.value < 0 {
                sink.error(value.node, "'\(key)' in the calibration file must not be negative")
            }
        }
        if let node = reader.value("roleChoice") {
            if let choice = MappingReader(
                node, subject: "'roleChoice' in the calibration file", knownKeys: ["hitRate", "se", "sessions", "answers"],
                sink: sink),
                let rate = choice.number("hitRate", required: true), !(rate.value > 0 && rate.value < 1)
            {
                sink.error(rate.node, "the hit rate must lie between 0 and 1")
            }
        }
        if let kept = reader.list("kept", required: false) {
            for element in kept.elements {
                _ = MappingReader(element, subject: "an entry of 'kept'", knownKeys: ["id", "n", "reason"], sink: sink)
            }
        }
        let stale = checkFingerprints(reader, banks: banks)
        guard let (elements, _) = reader.list("items", required: true) else { return 0 }
        var place: [String: (bank: Int, item: Int)] = [:]
        for (b, bank) in banks.enumerated() {
            for (i, item) in bank.items.enumerated() where place[item.id] == nil { place[item.id] = (b, i) }
        }
        let errorsBefore = sink.errorCount
        var updates: [(bank: Int, item: Int, parameters: ItemParameters)] = []
        var seen: [String: YAMLNode] = [:]
        for element in elements {
            guard
                let entry = MappingReader(
                    element, subject: "a calibrated item", knownKeys: ["id", "n", "irt", "se", "table", "pooled"], sink: sink),
                let id = entry.string("id", required: true)
            else { continue }
            if let first = seen[id] {
                sink.error(element, "item '\(id)' is calibrated twice (first at \(first.location)); keep one entry")
                continue
            }
            seen[id] = element
            if let n = entry.integer("n", required: true), n.value < 0 {
                sink.error(n.node, "'n' of item '\(id)' must not be negative")
            }
            _ = entry.bool("pooled")
            guard let location = place[id] else {
                sink.warning(element, "item '\(id)' is not in the loaded banks; its calibration is ignored")
                continue
            }
            let bank = banks[location.bank]
            if stale.contains(bank.id) { continue }
            let item = bank.items[location.item]
            if let parameters = decode(entry, item: item) { updates.append((location.bank, location.item, parameters)) }
        }
        guard sink.errorCount == errorsBefore else { return 0 }
        for update in updates {
            banks[update.bank].items[update.item].parameters = update.parameters
            banks[update.bank].items[update.item].parameterSource = .explicit
        }
        return updates.count
    }

    /// Checks `banks:` against the loaded banks; returns the ids of banks that changed since.
    private func checkFingerprints(_ reader: MappingReader, banks: [QuestionBank]) -> Set<String> {
        var stale = Set<String>()
        var fingerprinted = Set<String>()
        guard let (elements, _) = reader.list("banks", required: true) else { return stale }
        for element in elements {
            guard
                let fingerprint = MappingReader(
                    element, subject: "a bank fingerprint", knownKeys: ["id", "sha256", "items"], sink: sink),
                let id = fingerprint.string("id", required: true), let hash = fingerprint.string("sha256", required: true)
            else { continue }
            _ = fingerprint.integer("items", required: false)
            fingerprinted.insert(id)
            guard let bank = banks.first(where: { $0.id == id }) else {
                sink.warning(element, "bank '\(id)' is not among the loaded banks; its calibrated items are ignored")
                continue
            }
            if bank.contentHash != hash {
                stale.insert(id)
                sink.warning(
                    element,
                    "bank '\(id)' has changed since this calibration (fitted against \(hash.prefix(12))…, now \(bank.contentHash.prefix(12))…); its items keep their authored parameters",
                    hint: "run `rolefit calibrate` again to calibrate the new version")
            }
        }
        for bank in banks where !fingerprinted.contains(bank.id) { stale.insert(bank.id) }
        return stale
    }

    /// The new parameters of one entry, checked against the item's kind and the calibration ranges.
    private func decode(_ entry: MappingReader, item: Item) -> ItemParameters? {
        let subject = "the calibration of item '\(item.id)'"
        if item.kind == .roleKeyed {
            if let node = entry.keyNode("irt") {
                sink.error(node, "\(subject) gives 'irt', but role-keyed items take a 'table'")
                return nil
            }
            guard let node = entry.value("table") else {
                entry.reportMissing("table", hint: "role-keyed items take a table of P(option | role) per role")
                return nil
            }
            return table(node, item: item, subject: subject)
        }
        if let node = entry.keyNode("table") {
            sink.error(node, "\(subject) gives a 'table', but \(item.kind.rawValue) items take 'irt' parameters")
            return nil
        }
        guard let node = entry.value("irt") else {
            entry.reportMissing("irt")
            return nil
        }
        if let se = entry.value("se") { checkStandardErrors(se, subject: subject) }
        let keys: [String] =
            switch item.kind {
            case .gradedScenario: ["a", "steps"]
            case .selfRating: ["a", "thresholds"]
            default: ["a", "b", "c"]
            }
        guard let irt = MappingReader(node, subject: "the irt values of \(subject)", knownKeys: keys, sink: sink) else {
            return nil
        }
        let errorsBefore = sink.errorCount
        let a = irt.number("a", required: true)
        let parameters: ItemParameters?
        switch item.parameters {
        case .dichotomous(_, _, let authoredC):
            let b = irt.number("b", required: true)
            let c = irt.number("c", required: false)
            parameters = a.flatMap { a in b.map { .dichotomous(a: a.value, b: $0.value, c: c?.value ?? authoredC) } }
        case .graded(_, let authored):
            let values = numbers(irt, key: "thresholds", count: authored.count, subject: subject)
            parameters = a.flatMap { a in values.map { .graded(a: a.value, thresholds: $0) } }
        case .partialCredit(_, let authored):
            let values = numbers(irt, key: "steps", count: authored.count, subject: subject)
            parameters = a.flatMap { a in values.map { .partialCredit(a: a.value, steps: $0) } }
        case .roleTable:
            parameters = nil
        }
        guard sink.errorCount == errorsBefore, let parameters else { return nil }
        if let problem = ParameterRanges.calibrationProblem(parameters) {
            sink.error(node, "\(subject) is out of range: \(problem)", hint: "run `rolefit calibrate` again, or remove the entry")
            return nil
        }
        return parameters
    }

    /// A list of `count` numbers under `key`.
    private func numbers(_ reader: MappingReader, key: String, count: Int, subject: String) -> [Double]? {
        guard let (elements, node) = reader.list(key, required: true) else { return nil }
        var values: [Double] = []
        for element in elements {
            guard let value = MappingReader.number(element) else {
                sink.error(element, MappingReader.notANumber("an entry of '\(key)' in \(subject)", element))
                return nil
            }
            values.append(value)
        }
        guard values.count == count else {
            sink.error(node, "\(subject) has \(values.count) \(key) but the item has \(count)")
            return nil
        }
        return values
    }

    /// Standard errors: a mapping of non-negative numbers or lists of them.
    private func checkStandardErrors(_ node: YAMLNode, subject: String) {
        guard let entries = node.entries else {
            sink.error(node, "'se' of \(subject) must be a mapping like its 'irt', not \(node.kindDescription)")
            return
        }
        for (_, value) in entries {
            for element in value.elements ?? [value] where !(MappingReader.number(element).map { $0 >= 0 } ?? false) {
                sink.error(element, "standard errors of \(subject) must be non-negative numbers, not \(element.kindDescription)")
            }
        }
    }

    /// A role table: every catalogue role a row of one probability per option.
    private func table(_ node: YAMLNode, item: Item, subject: String) -> ItemParameters? {
        guard let entries = node.entries else {
            sink.error(node, "'table' of \(subject) must map each role to a list of probabilities, not \(node.kindDescription)")
            return nil
        }
        var rows: [String: [Double]] = [:]
        let errorsBefore = sink.errorCount
        for (key, value) in entries {
            guard let role = key.scalar, roleIDs.contains(role) else {
                sink.error(
                    key, "unknown role '\(key.scalar ?? "")' in \(subject)\(Suggestion.didYouMean(key.scalar ?? "", in: roleIDs))"
                )
                continue
            }
            guard let elements = value.elements, elements.count == item.options.count else {
                sink.error(
                    value, "the row for '\(role)' in \(subject) must list \(item.options.count) probabilities, one per option")
                continue
            }
            var row: [Double] = []
            for element in elements {
                guard let number = MappingReader.number(element) else {
                    sink.error(element, MappingReader.notANumber("a probability in \(subject)", element))
                    break
                }
                row.append(number)
            }
            rows[role] = row
        }
        let missing = roleIDs.filter { rows[$0] == nil }
        if sink.errorCount == errorsBefore && !missing.isEmpty {
            sink.error(node, "the table of \(subject) has no row for \(missing.map { "'\($0)'" }.joined(separator: ", "))")
        }
        guard sink.errorCount == errorsBefore else { return nil }
        let table = ItemParameters.roleTable(roleIDs.compactMap { rows[$0] })
        if let problem = ParameterRanges.calibrationProblem(table) {
            sink.error(node, "the table of \(subject) is not valid: \(problem)")
            return nil
        }
        // Rows were written to six decimals: make each sum to exactly 1 again.
        return .roleTable(roleIDs.compactMap { rows[$0] }.map { row in row.map { $0 / row.reduce(0, +) } })
    }
}
