/// The session's answer: one role, a hybrid of two roles that the evidence does not separate, or no
/// clear fit (docs/engine.md, Stopping and the result).
public enum Recommendation: Sendable, Hashable, Codable {
    /// One role id.
    case role(String)
    /// The leading role id and the runner-up ("A / B").
    case hybrid(String, String)
    /// The answers do not support a recommendation, and why.
    case noClearFit(NoClearFitReason)

    /// The role ids, leader first (empty for no clear fit).
    public var roleIDs: [String] {
        switch self {
        case .role(let id): [id]
        case .hybrid(let first, let second): [first, second]
        case .noClearFit: []
        }
    }

    /// Whether this is a hybrid result.
    public var isHybrid: Bool {
        if case .hybrid = self { return true }
        return false
    }

    /// The reason, when there is no clear fit.
    public var noClearFitReason: NoClearFitReason? {
        if case .noClearFit(let reason) = self { return reason }
        return nil
    }

    enum CodingKeys: String, CodingKey {
        case kind, roles, reason
    }

    /// Encodes as `{"kind": "role", "roles": ["tpm"]}`, `{"kind": "hybrid", "roles": ["product", "program"]}`
    /// or `{"kind": "no-clear-fit", "roles": [], "reason": "inconsistent-answers"}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .role: try container.encode("role", forKey: .kind)
        case .hybrid: try container.encode("hybrid", forKey: .kind)
        case .noClearFit(let reason):
            try container.encode("no-clear-fit", forKey: .kind)
            try container.encode(reason, forKey: .reason)
        }
        try container.encode(roleIDs, forKey: .roles)
    }

    /// Decodes the form written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        let roles = try container.decodeIfPresent([String].self, forKey: .roles) ?? []
        switch (kind, roles.count) {
        case ("role", 1): self = .role(roles[0])
        case ("hybrid", 2): self = .hybrid(roles[0], roles[1])
        case ("no-clear-fit", 0): self = .noClearFit(try container.decode(NoClearFitReason.self, forKey: .reason))
        default:
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected kind 'role' with one role, 'hybrid' with two, or 'no-clear-fit' with none"))
        }
    }
}

/// Why a session ends without a recommendation.
public enum NoClearFitReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The answers fit random responding better than any consistent profile (person-fit).
    case inconsistentAnswers = "inconsistent-answers"
    /// The session ended before either axis separated the roles.
    case tooLittleEvidence = "too-little-evidence"
    /// Preferences point clearly to one role and shown skill clearly to another.
    case preferencesAndSkillsSplit = "preferences-and-skills-split"

    /// The reason in words, for reports.
    public var explanation: String {
        switch self {
        case .inconsistentAnswers:
            "the answers were not consistent enough to read a preference or a skill profile from them"
        case .tooLittleEvidence:
            "the session ended before the answers separated the roles"
        case .preferencesAndSkillsSplit:
            "the preferences point to one role and the skills shown to another"
        }
    }
}
