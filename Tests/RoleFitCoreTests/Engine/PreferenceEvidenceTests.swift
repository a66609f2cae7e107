import Foundation
import Testing

@testable import RoleFitCore

/// The preference axis against psychometrics.md §11's oracle table (consistency h on
/// {0.25, 0.40, 0.55, 0.70, 0.85}, equal priors, four options keyed one per role).
@Suite("Preference evidence with consistency integrated out")
struct PreferenceEvidenceTests {
    static let roles = ["a", "b", "c", "d"]
    static let choice = RoleChoiceModel(optionRoles: roles.map { [$0] }, roleIDs: roles)

    /// Evidence after `counts[r]` picks of role r's option.
    static func evidence(_ counts: [Int]) -> PreferenceEvidence {
        var evidence = PreferenceEvidence(roles: 4)
        for (role, count) in counts.enumerated() {
            for _ in 0..<count { evidence.add(choice: choice, option: role) }
        }
        return evidence
    }

    @Test(
        "§11 oracle rows",
        arguments: [
            ([3, 3, 3, 2], [0.267, 0.267, 0.267, 0.198], 0.569),
            ([4, 3, 2, 2], [0.402, 0.241, 0.179, 0.179], 0.513),
            ([5, 2, 2, 2], [0.622, 0.126, 0.126, 0.126], 0.361),
            ([6, 2, 2, 1], [0.839, 0.056, 0.056, 0.048], 0.162),
            ([7, 2, 1, 1], [0.959, 0.015, 0.013, 0.013], 0.044),
            ([8, 1, 1, 1], [0.993, 0.002, 0.002, 0.002], 0.008),
            ([6, 5, 0, 0], [0.696, 0.231, 0.037, 0.037], 0.134),
        ])
    func oracle(counts: [Int], roleProbabilities: [Double], noPreference: Double) {
        let evidence = Self.evidence(counts)
        for (got, expected) in zip(evidence.roleProbabilities, roleProbabilities) {
            #expect(abs(got - expected) < 0.0015, "counts \(counts): \(evidence.roleProbabilities)")
        }
        #expect(abs(evidence.noPreferenceProbability - noPreference) < 0.0015)
    }

    @Test("Inconsistent picks lower confidence instead of raising it")
    func inconsistentPicksLowerConfidence() {
        let consistent = Self.evidence([5, 0, 0, 0]).roleProbabilities[0]
        let mixed = Self.evidence([5, 3, 3, 3]).roleProbabilities[0]
        #expect(mixed < consistent)
        #expect(Self.evidence([5, 5, 5, 5]).noPreferenceProbability > 0.7)
        #expect(Self.evidence([14, 2, 2, 2]).noPreferenceProbability < 0.01)
    }
}
