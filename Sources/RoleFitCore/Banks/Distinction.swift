/// A difference between the roles that items can be written to probe (for example the time horizon
/// a person thinks in); the catalogue lists them so banks can be checked for coverage.
public struct Distinction: Sendable, Hashable, Codable {
    /// Stable identifier, for example `time-horizon`.
    public var id: String
    /// Human-readable name, for example "Time horizon".
    public var name: String
    /// One sentence on how the roles differ along it.
    public var description: String

    /// Creates a distinction.
    public init(id: String, name: String, description: String) {
        self.id = id
        self.name = name
        self.description = description
    }
}
