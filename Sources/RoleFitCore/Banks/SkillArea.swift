/// A capability that items measure and that role profiles weight.
public struct SkillArea: Sendable, Hashable, Codable {
    /// Stable identifier, for example `schedule-time`.
    public var id: String
    /// Human-readable name, for example "Schedule and time".
    public var name: String
    /// One sentence on what the area covers.
    public var description: String
    /// Concrete actions for someone whose score here is a gap (optional; reports fall back to a generic step).
    public var nextSteps: String?

    /// Creates a skill area.
    public init(id: String, name: String, description: String, nextSteps: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.nextSteps = nextSteps
    }
}
