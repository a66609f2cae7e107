/// The Gaussian borrowed-strength step across correlated dimensions (docs/engine.md, Measurement, a proposal).
///
/// Each dimension's exact grid posterior (mean m_k, variance v_k) becomes a Gaussian message with
/// precision λ_k = max(0, 1/v_k − 1/v₀) and information-weighted mean λ_k ŷ_k = m_k/v_k (0 when
/// λ_k = 0); with the prior correlation R: P = R⁻¹ + diag(λ), Σ = P⁻¹, μ = Σ (λ ⊙ ŷ).
///
/// Self-ratings: where an area has self-rating items, its self-rated evidence is its own dimension,
/// correlated with the area's performance dimension through the prior only (`PriorCorrelation`).
/// Self-report then informs the performance estimate as much as that correlation warrants (about
/// ρ² of its information), instead of being pooled with it; self-ratings correlate only ~.3 with
/// performance (Mabe & West 1982).
public enum BorrowedStrength {
    /// The combined posterior mean and covariance over all dimensions, or nil if the precision
    /// matrix is not positive definite (it always is for a valid prior correlation).
    public static func combine(
        areaOnly: [PosteriorSummary], priorVariance: Double, priorPrecision: SquareMatrix
    ) -> (mean: [Double], covariance: SquareMatrix)? {
        var precision = priorPrecision
        var weightedMeans = [Double](repeating: 0, count: areaOnly.count)
        for (k, summary) in areaOnly.enumerated() {
            let variance = summary.variance
            guard variance > 0 else { continue }
            let lambda = max(0, 1 / variance - 1 / priorVariance)
            if lambda > 0 {
                precision[k, k] += lambda
                weightedMeans[k] = summary.mean / variance
            }
        }
        guard let covariance = precision.symmetricInverse() else { return nil }
        return (covariance.multiply(weightedMeans), covariance)
    }
}

/// The prior correlation between measurement dimensions: a Kronecker product of an exchangeable
/// area correlation ρ and a source correlation ρ_s (performance vs self-report), so
/// R_ij = (1 if same area else ρ) · (1 if same source else ρ_s). It is positive definite whenever
/// −1/(areas − 1) < ρ < 1 and |ρ_s| < 1.
public enum PriorCorrelation {
    /// The matrix for the given dimensions.
    public static func matrix(
        _ dimensions: [MeasurementDimension], areaCorrelation: Double,
        selfPerformanceCorrelation: Double
    ) -> SquareMatrix {
        var matrix = SquareMatrix(size: dimensions.count)
        for (i, first) in dimensions.enumerated() {
            for (j, second) in dimensions.enumerated() {
                let area = first.areaIndex == second.areaIndex ? 1 : areaCorrelation
                let source = first.source == second.source ? 1 : selfPerformanceCorrelation
                matrix[i, j] = area * source
            }
        }
        return matrix
    }
}

/// One latent dimension the engine estimates: a skill area, measured by performance or by self-report.
public struct MeasurementDimension: Sendable, Hashable, Codable {
    /// The area's position in the catalogue.
    public var areaIndex: Int
    /// Where the evidence comes from.
    public var source: EvidenceSource

    /// Creates a dimension.
    public init(areaIndex: Int, source: EvidenceSource) {
        self.areaIndex = areaIndex
        self.source = source
    }
}

/// Where an item's evidence goes.
public enum EvidenceSource: String, Sendable, Hashable, Codable {
    /// Knowledge and scenario performance.
    case performance
    /// Self-ratings.
    case selfReport = "self-report"
    /// Role-keyed choices: evidence about roles, not about a skill level.
    case orientation
}
