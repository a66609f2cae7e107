import Foundation

/// Decodes a catalogue file's tree into a `Catalogue`, reporting every problem.
struct CatalogueDecoder {
    /// How far role weights may be from summing to 1.
    static let weightTolerance = 0.001

    let sink: DiagnosticSink

    /// Decodes the root mapping of a catalogue file.
    func decode(_ root: YAMLNode) -> Catalogue? {
        guard
            let reader = MappingReader(
                root, subject: "the catalogue", knownKeys: ["format", "areas", "roles", "distinctions"], sink: sink)
        else {
            return nil
        }
        let areas = decodeAreas(reader)
        let roles = decodeRoles(reader, areas: areas)
        return Catalogue(areas: areas, roles: roles, distinctions: decodeDistinctions(reader))
    }

    private func decodeAreas(_ reader: MappingReader) -> [SkillArea] {
        let entries = decodeNamedEntries(
            reader, key: "areas", noun: "skill area", required: true, optionalText: "next-steps")
        if let node = reader.value("areas"), node.elements?.isEmpty == true {
            sink.error(node, "the catalogue lists no skill areas; add at least one")
        }
        return entries.map { SkillArea(id: $0.id, name: $0.name, description: $0.description, nextSteps: $0.extra) }
    }

    private func decodeDistinctions(_ reader: MappingReader) -> [Distinction] {
        decodeNamedEntries(reader, key: "distinctions", noun: "distinction", required: false)
            .map { Distinction(id: $0.id, name: $0.name, description: $0.description) }
    }

    /// Reads a list of `{id, name, description}` entries (skill areas, distinctions), reporting bad and
    /// duplicate ids; `optionalText` names one more optional, non-empty text key (`next-steps` of areas).
    private func decodeNamedEntries(
        _ reader: MappingReader, key: String, noun: String,
        required: Bool, optionalText: String? = nil
    ) -> [(id: String, name: String, description: String, extra: String?)] {
        guard
            let (elements, _) = reader.list(
                key, required: required, hint: "list the \(noun)s, each with id, name and description")
        else {
            return []
        }
        var entries: [(id: String, name: String, description: String, extra: String?)] = []
        var seen: [String: YAMLNode] = [:]
        let keys = ["id", "name", "description"] + (optionalText.map { [$0] } ?? [])
        for element in elements {
            guard let entry = MappingReader(element, subject: "a \(noun)", knownKeys: keys, sink: sink),
                let id = identifier(entry, subject: noun, seen: &seen)
            else { continue }
            let extra = optionalText.flatMap {
                entry.string($0, required: false, hint: "say what to do to grow in this area, or leave the key out")
            }
            entries.append(
                (id, entry.string("name", required: true) ?? id, entry.string("description", required: true) ?? "", extra))
        }
        return entries
    }

    private func decodeRoles(_ reader: MappingReader, areas: [SkillArea]) -> [Role] {
        guard
            let (elements, node) = reader.list(
                "roles", required: true, hint: "list the roles, each with id, name, focus and weights")
        else {
            return []
        }
        if elements.count < 2 { sink.error(node, "the catalogue needs at least two roles to choose between") }
        let areaIDs = areas.map(\.id)
        var roles: [Role] = []
        var seen: [String: YAMLNode] = [:]
        for element in elements {
            guard
                let role = MappingReader(
                    element, subject: "a role", knownKeys: ["id", "name", "focus", "rationale", "weights"], sink: sink),
                let id = identifier(role, subject: "role", seen: &seen)
            else { continue }
            let subject = "role '\(id)'"
            let name = role.string("name", required: true) ?? id
            let focus = role.string("focus", required: true) ?? ""
            let rationale = role.string("rationale", required: false)
            let weights = decodeWeights(role, subject: subject, areaIDs: areaIDs)
            roles.append(Role(id: id, name: name, focus: focus, rationale: rationale, weights: weights))
        }
        return roles
    }

    private func decodeWeights(_ role: MappingReader, subject: String, areaIDs: [String]) -> [String: Double] {
        guard let node = role.value("weights") else {
            role.reportMissing("weights", hint: "give each skill area that matters for the role a weight; weights sum to 1")
            return [:]
        }
        guard let entries = node.entries else {
            sink.error(node, "'weights' of \(subject) must map skill area ids to numbers, not \(node.kindDescription)")
            return [:]
        }
        var weights: [String: Double] = [:]
        var valid = true
        for (key, value) in entries {
            guard let areaID = key.scalar else { continue }
            guard areaIDs.contains(areaID) else {
                sink.error(
                    key,
                    "unknown skill area '\(areaID)' in the weights of \(subject)\(Suggestion.didYouMean(areaID, in: areaIDs))")
                valid = false
                continue
            }
            guard let weight = MappingReader.number(value) else {
                sink.error(value, "the weight of '\(areaID)' in \(subject) must be a number, not \(value.kindDescription)")
                valid = false
                continue
            }
            guard weight >= 0 else {
                sink.error(value, "the weight of '\(areaID)' in \(subject) is negative; weights are between 0 and 1")
                valid = false
                continue
            }
            weights[areaID] = weight
        }
        let total = weights.values.reduce(0, +)
        if valid, abs(total - 1) > Self.weightTolerance {
            let shown = role.keyNode("weights") ?? node
            sink.error(
                shown, "the weights of \(subject) sum to \(formatted(total)); they must sum to 1 (± \(Self.weightTolerance))",
                hint: "adjust the weights so they add up to exactly 1")
        }
        return weights
    }

    /// Reads and checks an `id`, reporting malformed and duplicate ids.
    private func identifier(_ reader: MappingReader, subject: String, seen: inout [String: YAMLNode]) -> String? {
        guard let id = reader.string("id", required: true), let node = reader.value("id") else { return nil }
        guard FileFormat.isValidIdentifier(id) else {
            sink.error(node, "\(subject) id '\(id)' is not a valid id; use lower-case letters, digits and '-'")
            return nil
        }
        if let first = seen[id] {
            sink.error(node, "duplicate \(subject) id '\(id)' (first defined at line \(first.location.line)); ids must be unique")
            return nil
        }
        seen[id] = node
        return id
    }
}

/// A number shown with up to 4 decimals and no trailing zeros; with the digits it needs when 4
/// decimals would hide a difference (4.0000001), and in exponent form when very large or small (1e+308).
func formatted(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "not-a-number" : (value > 0 ? "infinity" : "-infinity") }
    if value != 0 && (abs(value) >= 1e7 || abs(value) < 1e-4) { return "\(value)" }
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    // 4 decimals hide a real difference (4.0000001 is not 4): show up to 15 significant digits, which
    // still drops floating-point noise (0.8999999999999999 stays 0.9).
    return Double(text) == value ? text : String(format: "%.15g", value)
}
