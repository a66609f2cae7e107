/// Decides the skill area of each imported question from its category and the command's options.
///
/// In order: a `--map CATEGORY=AREA` for the category (full name or its last `/` segment); the
/// category itself when it is a well-formed area id (and known, when a catalogue is available);
/// the `--area` default. Otherwise the question has no area, which is an error.
public struct AreaResolver: Sendable, Hashable {
    /// The area for questions no category decides (`--area`).
    public var defaultArea: String?
    /// Category name → area id (`--map`).
    public var map: [String: String]
    /// The catalogue's area ids, when a catalogue is available.
    public var knownAreas: Set<String>?

    /// Creates a resolver.
    public init(defaultArea: String? = nil, map: [String: String] = [:], knownAreas: Set<String>? = nil) {
        self.defaultArea = defaultArea
        self.map = map
        self.knownAreas = knownAreas
    }

    /// The area for a question in `category` (nil: none applies).
    public func area(for category: String?) -> String? {
        if let category {
            let last = Self.lastSegment(category)
            if let mapped = map[category] ?? map[last] { return mapped }
            if Slug.isAreaID(last), knownAreas?.contains(last) ?? true { return last }
        }
        return defaultArea
    }

    /// Checks an area id given on the command line; returns a message when it cannot be used.
    public func problem(with area: String) -> String? {
        guard Slug.isAreaID(area) else {
            return "'\(area)' is not a skill area id (lower-case letters, digits and '-')"
        }
        if let knownAreas, !knownAreas.contains(area) {
            let known = knownAreas.sorted()
            let suggestion = Suggestion.didYouMean(area, in: known)
            return "unknown skill area '\(area)'"
                + (suggestion.isEmpty ? "; known areas: " + known.joined(separator: ", ") : suggestion)
        }
        return nil
    }

    /// The part after the last '/' of a Moodle category path such as `$course$/top/Risk`.
    static func lastSegment(_ category: String) -> String {
        let parts = category.split(separator: "/", omittingEmptySubsequences: true)
        return parts.last.map { GiftBlock.trim(String($0)) } ?? category
    }
}
