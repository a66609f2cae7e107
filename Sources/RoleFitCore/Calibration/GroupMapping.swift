/// Which group each person belongs to, read from a CSV of `id,group` rows (first line a header), for DIF.
public struct GroupMapping: Sendable {
    /// The reference group's name.
    public var reference: String
    /// The focal group's name.
    public var focal: String
    /// Per person (response-table row): true = focal, false = reference, nil = not in the mapping.
    public var focalByPerson: [Bool?]
    /// Mapping ids that match no person in the responses.
    public var unmatchedIDs: [String]

    /// Parses the mapping and lines it up with `personIDs`. Exactly two groups are required; the focal
    /// group is `focal` when given, else the smaller group.
    public static func parse(_ bytes: [UInt8], path: String, personIDs: [String], focal: String?) throws -> GroupMapping {
        var lines = LineCursor(bytes: bytes)
        guard lines.next() != nil else {
            throw CalibrationInputError(
                path: path, line: 1, column: nil, reason: "the file is empty; write a header `id,group` and one row per person")
        }
        var groupOf: [String: String] = [:]
        var counts: [String: Int] = [:]
        while let row = lines.next() {
            guard row.fields.count == 2 else {
                throw CalibrationInputError(
                    path: path, line: row.number, column: nil,
                    reason: "this row has \(row.fields.count) fields; write `id,group`")
            }
            let id = String(decoding: row.fields[0], as: UTF8.self).trimmingSpaces
            let group = String(decoding: row.fields[1], as: UTF8.self).trimmingSpaces
            guard !group.isEmpty else {
                throw CalibrationInputError(
                    path: path, line: row.number, column: 2, reason: "the group is empty; name the person's group")
            }
            if let previous = groupOf[id], previous != group {
                throw CalibrationInputError(
                    path: path, line: row.number, column: 1,
                    reason: "person \(id) is already in group \(previous); each person belongs to one group")
            }
            if groupOf[id] == nil { counts[group, default: 0] += 1 }
            groupOf[id] = group
        }
        let names = counts.keys.sorted()
        guard names.count == 2 else {
            throw CalibrationInputError(
                path: path, line: 1, column: nil,
                reason: "DIF compares exactly two groups, found \(names.count) (\(names.joined(separator: ", "))); "
                    + "map the people of interest to two groups")
        }
        let focalName: String
        if let focal {
            guard names.contains(focal) else {
                throw CalibrationInputError(
                    path: path, line: 1, column: nil,
                    reason: "--focal \(focal) is not one of the groups (\(names.joined(separator: ", ")))")
            }
            focalName = focal
        } else {
            focalName = (counts[names[1]] ?? 0) < (counts[names[0]] ?? 0) ? names[1] : names[0]
        }
        let referenceName = names[0] == focalName ? names[1] : names[0]
        let known = Set(personIDs)
        return GroupMapping(
            reference: referenceName, focal: focalName,
            focalByPerson: personIDs.map { id in groupOf[id].map { $0 == focalName } },
            unmatchedIDs: groupOf.keys.filter { !known.contains($0) }.sorted())
    }
}
