import Foundation
import Testing

@testable import RoleFitCore

/// The Gaussian borrowed-strength step and the separate self-rated dimension.
@Suite("Borrowed strength and self-ratings")
struct BorrowedStrengthTests {
    @Test("No evidence: the combined posterior is the prior N(0, R)")
    func priorOnly() throws {
        let dimensions = (0..<3).map { MeasurementDimension(areaIndex: $0, source: .performance) }
        let correlation = PriorCorrelation.matrix(dimensions, areaCorrelation: 0.4, selfPerformanceCorrelation: 0.5)
        let prior = ThetaGrid.standard.prior
        let precision = try #require(correlation.symmetricInverse())
        let combined = try #require(
            BorrowedStrength.combine(
                areaOnly: [prior, prior, prior], priorVariance: prior.variance, priorPrecision: precision))
        #expect(combined.mean.allSatisfy { abs($0) <= 1e-15 })
        for i in 0..<3 { for j in 0..<3 { #expect(abs(combined.covariance[i, j] - correlation[i, j]) <= 1e-12) } }
    }

    @Test("Evidence on one of two areas: the closed form of Gaussian conditioning")
    func twoAreas() throws {
        // Prior N(0, [[1, ρ], [ρ, 1]]); area 1 has posterior (m, v) under a unit prior, i.e. a message with
        // precision λ = 1/v − 1 and mean m/(vλ). Then E θ₁ = m, Var θ₁ = v, E θ₂ = ρ m, Var θ₂ = 1 − ρ²(1 − v).
        let rho = 0.35
        let m = 0.8
        let v = 0.3
        let prior = SquareMatrix(rows: [[1, rho], [rho, 1]])
        let precision = try #require(prior.symmetricInverse())
        let combined = try #require(
            BorrowedStrength.combine(
                areaOnly: [
                    PosteriorSummary(mean: m, standardDeviation: v.squareRoot()), PosteriorSummary(mean: 0, standardDeviation: 1),
                ],
                priorVariance: 1, priorPrecision: precision))
        #expect(abs(combined.mean[0] - m) <= 1e-12)
        #expect(abs(combined.covariance[0, 0] - v) <= 1e-12)
        #expect(abs(combined.mean[1] - rho * m) <= 1e-12)
        #expect(abs(combined.covariance[1, 1] - (1 - rho * rho * (1 - v))) <= 1e-12)
    }

    @Test("The prior correlation is the Kronecker product of area and source correlations")
    func kroneckerPrior() throws {
        let dimensions = [
            MeasurementDimension(areaIndex: 0, source: .performance),
            MeasurementDimension(areaIndex: 1, source: .performance),
            MeasurementDimension(areaIndex: 0, source: .selfReport),
        ]
        let matrix = PriorCorrelation.matrix(dimensions, areaCorrelation: 0.3, selfPerformanceCorrelation: 0.5)
        #expect(matrix.rows == [[1, 0.3, 0.5], [0.3, 1, 0.15], [0.5, 0.15, 1]])
        #expect(matrix.cholesky() != nil)
    }

    @Test("A self-rating moves its own dimension and never what the person showed (unless pooled)")
    func selfRatingsStaySeparate() throws {
        let bankSet = SyntheticBanks.bankSet(selfRatingsPerArea: 2)
        func afterTopRatings(_ treatment: SelfRatingTreatment, correlation: Double = 0.5) throws -> AssessmentSession {
            var session = try AssessmentSession(
                bankSet: bankSet,
                settings: SessionSettings(
                    selection: .fixedForm, selfRatings: treatment, selfPerformanceCorrelation: correlation))
            while let item = session.currentQuestion, item.area == "area-0" {
                // Knowledge items skipped; self-ratings at the top of the (possibly reversed) scale.
                let response: ItemResponse = item.kind == .selfRating ? .rating(item.isReverseKeyed ? 1 : 5) : .skipped
                try session.record(response, seconds: 1)
            }
            return session
        }
        let separate = try afterTopRatings(.separateDimension)
        let selfDimension = try #require(separate.plan.dimensions.firstIndex { $0.areaIndex == 0 && $0.source == .selfReport })
        #expect(separate.decision.areaOnly[0] == ThetaGrid.standard.prior, "performance evidence unchanged")
        #expect(separate.decision.areaOnly[selfDimension].mean > 1)
        // Self-ratings send no message to the combination: the shown level and the role fits stay at the prior.
        #expect(abs(separate.decision.combinedMean[0]) < 1e-12)
        #expect(separate.decision.capabilityProbabilities.allSatisfy { abs($0 - 0.25) < 1e-12 })
        let pooled = try afterTopRatings(.pooled)
        #expect(pooled.plan.dimensions.count == 8)
        #expect(pooled.decision.areaOnly[0].mean > 1)
        let ignored = try AssessmentPlan(bankSet: bankSet, settings: SessionSettings(selfRatings: .ignored))
        #expect(!ignored.items.contains { $0.kind == .selfRating })
    }
}
