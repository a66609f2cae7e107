import RoleFitCore

/// Who the simulees are (issue 12, item 7): the engine's own model, or a population that breaks one
/// of its assumptions. `docs/engine.md`, Simulation, describes each.
public enum PopulationKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// θ ~ MVN(0, R); picks from the keyed table at the population's hit rate (the engine's model).
    case inModel = "in-model"
    /// Every answer uniform over the item's options (ratings 1–5; a random non-empty subset for
    /// multiple-response items).
    case random
    /// Always the first option (rating 1).
    case straightFirst = "straight-first"
    /// Always the last option (rating 5).
    case straightLast = "straight-last"
    /// In-model answers, except every self-rating is a raw 4 or 5 (agreement), whatever its keying.
    case acquiescent
    /// Every knowledge and scenario answer scores lowest; every pick is keyed to the faked role;
    /// self-ratings at the favourable end.
    case fakerWrong = "faker-wrong"
    /// Every knowledge and scenario answer scores highest; otherwise as `fakerWrong`.
    case fakerRight = "faker-right"
    /// In-model capability; picks follow a role drawn uniformly, independently of the profile.
    case independent
    /// In-model, with each simulee's hit rate 0.25 + 0.6·Beta(2, 2) (range 0.25–0.85, mean 0.55).
    case betaHit = "beta-hit"
    /// In-model, with answers drawn from parameters perturbed from the bank's (b + N(0, 0.5²) on every
    /// location, a × U(0.6, 1.4)); the engine keeps the bank's parameters.
    case perturbed
    /// Every θ = +2; picks uniform over the options.
    case allHigh = "all-high"
    /// Every θ = −2; picks uniform over the options.
    case allLow = "all-low"

    /// Whether a true best role exists (agreement and ECE are reported only then).
    public var hasTrueRole: Bool {
        switch self {
        case .inModel, .acquiescent, .independent, .betaHit, .perturbed: true
        case .random, .straightFirst, .straightLast, .fakerWrong, .fakerRight, .allHigh, .allLow: false
        }
    }

    /// Whether a true θ per area exists (area coverage is reported only then).
    public var hasTrueProfile: Bool { hasTrueRole || self == .allHigh || self == .allLow }

    /// The kinds named on a command line: a name, or "all".
    public static func parse(_ names: [String]) throws(SimulationError) -> [PopulationKind] {
        var kinds: [PopulationKind] = []
        for name in names {
            if name == "all" {
                kinds += allCases
            } else if let kind = PopulationKind(rawValue: name) {
                kinds.append(kind)
            } else {
                throw .invalid(
                    "unknown population '\(name)'; choose from \(allCases.map(\.rawValue).joined(separator: ", ")) or all")
            }
        }
        var seen = Set<PopulationKind>()
        return kinds.filter { seen.insert($0).inserted }
    }
}
