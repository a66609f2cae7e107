/// Builds the issue-12 sections of a result from an engine outcome: the target verdict and the gap report.
enum ResultSections {
    /// The interview verdict as written into a result.
    static func target(_ assessment: TargetAssessment?) -> TargetSummary? {
        guard let assessment else { return nil }
        return TargetSummary(
            role: assessment.roleID, verdict: assessment.verdict, definingAreas: assessment.definingAreas,
            capabilityItemCount: assessment.capabilityItemCount,
            level: Estimate(theta: assessment.level.mean, se: assessment.level.standardDeviation),
            probabilityAboveAverage: assessment.probabilityAboveAverage,
            capabilityProbability: assessment.capabilityProbability,
            selfReportedPreference: assessment.preferenceProbability)
    }

    /// The gap report as written into a result.
    static func selfView(_ comparisons: [SelfViewComparison]) -> [SelfViewSummary] {
        comparisons.map { comparison in
            SelfViewSummary(
                area: comparison.areaID,
                selfRating: Estimate(theta: comparison.selfRating.mean, se: comparison.selfRating.standardDeviation),
                shown: Estimate(theta: comparison.shown.mean, se: comparison.shown.standardDeviation),
                selfRatingCount: comparison.selfRatingCount, difference: comparison.difference, gap: comparison.gap)
        }
    }
}
