import RoleFitCore

/// What one simulee's adaptive session and full-bank decision produced; the metrics are computed
/// from these records after all simulees have run.
struct SimuleeRecord: Sendable {
    /// The role that truly fits best.
    let trueRole: Int
    /// The engine's leader after every item has been answered (the full-bank decision).
    let fullBankRole: Int
    /// The full-bank decision probability of that leader.
    let fullBankProbability: Double
    /// The leader of the full-bank capability probabilities alone (role-keyed answers left out).
    let fullBankCapabilityRole: Int
    /// The recommended role indices (one, or two for a hybrid, leader first).
    let recommended: [Int]
    /// The stated confidence of the recommendation.
    let confidence: Double
    /// Why the session stopped.
    let stopReason: StopReason
    /// Items presented.
    let presented: [Int]
    /// The leading role after each answer.
    let leaders: [Int]
    /// True performance θ per area.
    let trueAreas: [Double]
    /// Combined (borrowed-strength) estimate per area's performance dimension.
    let estimatedAreas: [PosteriorSummary]

    /// Whether the result is a hybrid.
    var isHybrid: Bool { recommended.count > 1 }
    /// Questions asked.
    var length: Int { presented.count }
}
