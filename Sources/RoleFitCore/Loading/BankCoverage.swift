import Foundation

/// Checks that a loaded set of banks can carry a session: it has items at all, and every skill area
/// a role weights has items (an area without any is a warning, an error under `--strict`). Files
/// checked one by one (an import's self-check, `banks validate FILE`, the catalogue on its own) skip
/// it; `banks validate FOLDER` and every command that loads a banks folder apply it.
public enum BankCoverage {
    /// The coverage problems of a load result (none when it did not produce a bank set).
    public static func diagnostics(for result: BankLoadResult) -> [Diagnostic] {
        guard let set = result.bankSet else { return [] }
        let catalogueFile =
            result.files.first { result.sources[$0]?.text.contains(FileFormat.catalogue.rawValue) == true }
            ?? result.files.first ?? "."
        let at = SourceLocation(file: catalogueFile, line: 0, column: 0)
        guard !set.items.isEmpty else {
            return [
                Diagnostic(
                    .error, at: at, "the banks hold no items; a session needs at least one bank with items next to the catalogue")
            ]
        }
        var counts: [String: Int] = [:]
        for item in set.items { counts[item.area, default: 0] += 1 }
        var found: [Diagnostic] = []
        for area in set.catalogue.areas where counts[area.id, default: 0] == 0 {
            let weighting = set.catalogue.roles.filter { $0.weight(of: area.id) > 0 }
            if let role = weighting.first {
                found.append(
                    Diagnostic(
                        .error, at: at,
                        "skill area '\(area.id)' has no items, but role '\(role.id)' weights it \(formatted(role.weight(of: area.id))); add items for it or set its weight to 0"
                    ))
            } else {
                found.append(Diagnostic(.warning, at: at, "skill area '\(area.id)' has no items; add some or remove the area"))
            }
        }
        return found
    }
}
