/// One concrete action in a narrative.
public struct NextStep: Sendable, Hashable {
    /// The gap's area id; nil for the step about areas that lacked evidence.
    public var area: String?
    /// The area's name, or a title for the step.
    public var name: String
    /// What to do.
    public var action: String
}
