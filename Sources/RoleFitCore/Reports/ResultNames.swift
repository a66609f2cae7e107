/// Looks up area and role names and area scores of one document, falling back to the id.
public struct ResultNames: Sendable {
    /// Role names by id.
    public let roles: [String: String]
    /// Area names by id.
    public let areas: [String: String]
    private let scores: [String: Int]
    private let measuredAreas: Set<String>

    /// Creates the lookup for a document.
    public init(_ document: ResultDocument) {
        roles = Dictionary(document.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        areas = Dictionary(document.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        scores = Dictionary(
            document.areas.map { ($0.id, ReportText.clampedScore($0.score)) }, uniquingKeysWith: { first, _ in first })
        measuredAreas = Set(document.areas.filter(\.isMeasured).map(\.id))
    }

    /// The role's name, or its id.
    public func role(_ id: String) -> String { roles[id] ?? id }
    /// The area's name, or its id.
    public func area(_ id: String) -> String { areas[id] ?? id }
    /// Whether the area was measured precisely enough for a number.
    public func isMeasured(_ id: String) -> Bool { measuredAreas.contains(id) }
    /// The area's 0–100 score, if the document has the area.
    public func score(_ id: String) -> Int? { scores[id] }
}
