import Foundation

/// The evidence a session has gathered: one grid posterior per dimension, the role-keyed picks, and
/// the likelihood of every answer under random responding. Adding an answer is a vector add.
struct Beliefs: Sendable, Hashable {
    /// Per dimension, in `AssessmentPlan.dimensions` order.
    private(set) var posteriors: [GridPosterior]
    /// `posteriors[k].summary`, kept up to date (an answer changes one dimension only).
    private(set) var summaries: [PosteriorSummary]
    /// Per dimension, log E[L_k(θ) | general level g] on the general-factor nodes (`GeneralFactor`),
    /// kept up to date; empty for a dimension without answers.
    private(set) var factorLogLikelihoods: [[Double]]
    /// The role-keyed picks.
    private(set) var preference: PreferenceEvidence
    /// Σ log P(category | random responding) over every scored answer.
    private(set) var randomLogLikelihood = 0.0

    /// No evidence yet.
    init(plan: AssessmentPlan) {
        posteriors = plan.dimensions.map { _ in GridPosterior(grid: plan.grid) }
        summaries = [PosteriorSummary](repeating: plan.grid.prior, count: plan.dimensions.count)
        factorLogLikelihoods = [[Double]](repeating: [], count: plan.dimensions.count)
        preference = PreferenceEvidence(roles: plan.roleIDs.count)
    }

    /// Σ log L̄_r: the preference evidence per role with consistency integrated out.
    var orientationLogLikelihood: [Double] { preference.marginalLogLikelihood }

    /// Role-keyed answers so far.
    var orientationCount: Int { preference.count }

    /// Adds the evidence of one scored answer to item `index`.
    mutating func add(item index: Int, category: Int, plan: AssessmentPlan) {
        let random = plan.randomLogProbability[index]
        if random.indices.contains(category) { randomLogLikelihood += random[category] }
        if let dimension = plan.dimensionOfItem[index], let table = plan.tables[index] {
            posteriors[dimension].add(table, category: category)
            summaries[dimension] = posteriors[dimension].summary
            factorLogLikelihoods[dimension] = plan.generalFactor.conditionalLogLikelihood(
                posteriors[dimension].logLikelihood)
        } else if case .roleChoice(let choice) = plan.models[index] {
            preference.add(choice: choice, option: category)
        }
    }

    /// P(random responding | answers) for prior probability `prior`: every answer's likelihood under
    /// uniform random responding against the model's marginal likelihood (the dimensions of each source
    /// integrated over a shared general level and their own specific parts, `GeneralFactor`, and the
    /// picks with role and consistency integrated out).
    func randomResponderProbability(prior: Double, plan: AssessmentPlan) -> Double {
        guard prior > 0 else { return 0 }
        var model = preference.count > 0 ? preference.logEvidence : 0
        for source in [EvidenceSource.performance, .selfReport] {
            let rows = plan.dimensions.indices.filter { plan.dimensions[$0].source == source }
                .map { factorLogLikelihoods[$0] }.filter { !$0.isEmpty }
            model += plan.generalFactor.logEvidence(rows)
        }
        let logOdds = log(prior) - log(1 - prior) + randomLogLikelihood - model
        return 1 / (1 + exp(-logOdds))
    }

    /// Answered items per dimension.
    func responseCount(dimension: Int) -> Int { posteriors[dimension].responseCount }
}
