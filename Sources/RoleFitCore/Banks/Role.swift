/// One of the roles RoleFit recommends, with its weight profile over skill areas.
public struct Role: Sendable, Hashable, Codable {
    /// Stable identifier, for example `tpm`.
    public var id: String
    /// Human-readable name, for example "Technical program manager".
    public var name: String
    /// The role in one line.
    public var focus: String
    /// Why the weights look the way they do.
    public var rationale: String?
    /// Weight per skill area id; non-negative and summing to 1.
    public var weights: [String: Double]

    /// Creates a role.
    public init(id: String, name: String, focus: String, rationale: String? = nil, weights: [String: Double]) {
        self.id = id
        self.name = name
        self.focus = focus
        self.rationale = rationale
        self.weights = weights
    }

    /// The weight of one skill area (0 when the profile does not name it).
    public func weight(of areaID: String) -> Double { weights[areaID] ?? 0 }
}
