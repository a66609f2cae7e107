/// The session's answer: one role, or a hybrid of two roles that the evidence does not separate.
public enum Recommendation: Sendable, Hashable, Codable {
    /// One role id.
    case role(String)
    /// The leading role id and the runner-up ("A / B").
    case hybrid(String, String)

    /// The role ids, leader first.
    public var roleIDs: [String] {
        switch self {
        case .role(let id): [id]
        case .hybrid(let first, let second): [first, second]
        }
    }

    /// Whether this is a hybrid result.
    public var isHybrid: Bool {
        if case .hybrid = self { return true }
        return false
    }

    enum CodingKeys: String, CodingKey {
        case kind, roles
    }

    /// Encodes as `{"kind": "role", "roles": ["tpm"]}` or `{"kind": "hybrid", "roles": ["product", "program"]}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isHybrid ? "hybrid" : "role", forKey: .kind)
        try container.encode(roleIDs, forKey: .roles)
    }

    /// Decodes the form written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        let roles = try container.decode([String].self, forKey: .roles)
        switch (kind, roles.count) {
        case ("role", 1): self = .role(roles[0])
        case ("hybrid", 2): self = .hybrid(roles[0], roles[1])
        default:
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected kind 'role' with one role or 'hybrid' with two"))
        }
    }
}
