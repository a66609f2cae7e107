import RoleFitCore

/// One simulated person: a true profile (where the population has one), the role that truly fits
/// best, the role its picks follow, and one fixed answer to every item, drawn once (docs/engine.md,
/// Simulation). The adaptive session reads its answers from `responses`, and the full-bank decision
/// uses all of `categories`.
struct Simulee: Sendable {
    /// The simulee's number (0-based) in the study.
    let number: Int
    /// True θ per truth dimension: the areas' performance first (catalogue order), then self-report;
    /// zeros for populations without a profile.
    let theta: [Double]
    /// argmax_r w_rᵀθ over the performance dimensions; nil when the population has no true role.
    let trueRole: Int?
    /// The role the role-keyed picks follow (nil when they follow none).
    let pickRole: Int?
    /// The fixed answer to every item of the plan, in `plan.items` order.
    let responses: [ItemResponse]
    /// The category each answer scores as (nil if it scores as none).
    let categories: [Int?]
}
