/// The roles and skill areas every bank refers to.
public struct Catalogue: Sendable, Hashable {
    /// Skill areas in file order.
    public var areas: [SkillArea]
    /// Roles in file order.
    public var roles: [Role]
    /// Role distinctions items may be tagged with, in file order.
    public var distinctions: [Distinction]

    /// Creates a catalogue.
    public init(areas: [SkillArea], roles: [Role], distinctions: [Distinction] = []) {
        self.areas = areas
        self.roles = roles
        self.distinctions = distinctions
    }

    /// The skill area with this id, if any.
    public func area(_ id: String) -> SkillArea? { areas.first { $0.id == id } }
    /// The role with this id, if any.
    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }
    /// The distinction with this id, if any.
    public func distinction(_ id: String) -> Distinction? { distinctions.first { $0.id == id } }
    /// Position of a skill area in `areas`.
    public func areaIndex(_ id: String) -> Int? { areas.firstIndex { $0.id == id } }
    /// Position of a role in `roles`.
    public func roleIndex(_ id: String) -> Int? { roles.firstIndex { $0.id == id } }
}
