import Foundation

/// Role-keyed picks as weak evidence (psychometrics.md §11, docs/engine.md, Preference axis): each
/// person has an unknown consistency, integrated out on a grid of strengths λ that scale every item's
/// table towards uniform, P_λ(option | r) = 1/k + λ·(P(option | r) − 1/k). λ = 0 is "no preference"
/// (every role picks at random); with the default table (hit rate 0.55, four options) the grid
/// λ ∈ {0, 0.5, 1, 1.5, 2} is h ∈ {0.25, 0.40, 0.55, 0.70, 0.85}. Inconsistent picks move weight to
/// λ = 0, which gives every role the same likelihood, so they lower confidence instead of raising it.
public struct PreferenceEvidence: Sendable, Hashable {
    /// The consistency strengths λ, relative to each item's own table.
    public static let strengths: [Double] = [0, 0.5, 1, 1.5, 2]
    /// The prior weight of each strength (equal).
    static let strengthPrior = 1 / Double(strengths.count)
    /// The smallest probability an option keeps when λ > 1 stretches the table.
    static let probabilityFloor = 1e-4

    /// log L(r, λ): per strength, per role.
    private(set) var logLikelihood: [[Double]]
    /// Picks recorded.
    public private(set) var count = 0

    /// No picks for `roles` roles.
    init(roles: Int) {
        logLikelihood = Self.strengths.map { _ in [Double](repeating: 0, count: roles) }
    }

    /// P_λ(option | role) for every role, from the item's table.
    static func probabilities(choice: RoleChoiceModel, option: Int, strength: Double) -> [Double] {
        let k = Double(max(1, choice.optionCount))
        return choice.table.indices.map { role in
            let row = choice.table[role]
            var total = 0.0
            var picked = 0.0
            for (index, p) in row.enumerated() {
                let stretched = max(probabilityFloor, 1 / k + strength * (p - 1 / k))
                total += stretched
                if index == option { picked = stretched }
            }
            return total > 0 ? picked / total : 1 / k
        }
    }

    /// Adds one pick.
    mutating func add(choice: RoleChoiceModel, option: Int) {
        for (s, strength) in Self.strengths.enumerated() {
            let p = Self.probabilities(choice: choice, option: option, strength: strength)
            for role in logLikelihood[s].indices { logLikelihood[s][role] += log(max(1e-300, p[role])) }
        }
        count += 1
    }

    /// log Σ_λ prior(λ) L(r, λ) per role: the evidence for "r is the preferred role", consistency integrated out.
    public var marginalLogLikelihood: [Double] {
        let roles = logLikelihood.first?.count ?? 0
        return (0..<roles).map { role in
            Self.logSumExp(logLikelihood.map { $0[role] + log(Self.strengthPrior) })
        }
    }

    /// log Σ_r Σ_λ (1/R) prior(λ) L(r, λ): how well the picks fit any preference at all.
    var logEvidence: Double {
        let marginal = marginalLogLikelihood
        return Self.logSumExp(marginal) - log(Double(max(1, marginal.count)))
    }

    /// P(role = r | picks) with equal role priors (§11's P(role)): includes each role's share of "no preference".
    public var roleProbabilities: [Double] {
        let marginal = marginalLogLikelihood
        guard let top = marginal.max(), top.isFinite else {
            return [Double](repeating: 1 / Double(max(1, marginal.count)), count: marginal.count)
        }
        let weights = marginal.map { exp($0 - top) }
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }

    /// P(λ = 0 | picks): the probability the picks show no preference at all (§11's P(no preference)).
    public var noPreferenceProbability: Double {
        let joint = logLikelihood.flatMap { $0 }
        guard let top = joint.max(), top.isFinite else { return 1 }
        let total = joint.reduce(0) { $0 + exp($1 - top) }
        let none = logLikelihood[0].reduce(0) { $0 + exp($1 - top) }
        return total > 0 ? none / total : 1
    }

    /// log Σ exp(values), stable.
    static func logSumExp(_ values: [Double]) -> Double {
        guard let top = values.max(), top.isFinite else { return values.max() ?? -.infinity }
        return top + log(values.reduce(0) { $0 + exp($1 - top) })
    }
}
