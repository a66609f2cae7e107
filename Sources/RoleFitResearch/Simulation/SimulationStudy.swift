import RoleFitCore

/// A prepared study: the engine plan for one set of settings, the answer book and the simulee
/// factory. `records()` runs every simulee on all cores; the records come back in simulee order,
/// so the same seed gives the same figures however the threads are scheduled.
struct SimulationStudy: Sendable {
    let plan: AssessmentPlan
    let run: AdaptiveRun
    let simulees: Int

    /// Builds the plan and the truth model; throws for invalid settings, banks or population.
    init(bankSet: BankSet, configuration: SimulationConfiguration) throws(SimulationError) {
        try configuration.validate()
        let banks = configuration.engineKeyedHitRate.map { KeyedTableRewrite.bankSet(bankSet, hitRate: $0) } ?? bankSet
        let plan: AssessmentPlan
        do {
            plan = try AssessmentPlan(bankSet: banks, settings: configuration.settings)
        } catch {
            throw .engine(error.description)
        }
        let responses = ResponseBook(plan: plan)
        let factory = try SimuleeFactory(
            plan: plan, population: configuration.population, responses: responses,
            seed: configuration.seed)
        self.plan = plan
        run = AdaptiveRun(plan: plan, factory: factory, studySeed: configuration.seed)
        simulees = configuration.simulees
    }

    /// Every simulee's record, in simulee order.
    func records() -> [SimuleeRecord] {
        let run = run
        return ParallelMap.map(count: simulees) { run.record($0) }
    }
}
