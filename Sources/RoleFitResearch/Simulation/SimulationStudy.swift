import RoleFitCore

/// A prepared study: the engine plan for one set of settings, the answer book and the simulee
/// factory. `records()` runs every simulee on all cores; the records come back in simulee order,
/// so the same seed gives the same figures however the threads are scheduled.
struct SimulationStudy: Sendable {
    let plan: AssessmentPlan
    let run: AdaptiveRun
    let simulees: Int

    /// Builds the plan and the truth model; throws for invalid settings, banks or population. The
    /// simulees answer from `truthBankSet`'s parameters when given (the same items, other parameters:
    /// the engine runs on recalibrated banks while the people stay the same), else from `bankSet`'s.
    init(bankSet: BankSet, configuration: SimulationConfiguration, truthBankSet: BankSet? = nil) throws(SimulationError) {
        try configuration.validate()
        let banks = configuration.engineKeyedHitRate.map { KeyedTableRewrite.bankSet(bankSet, hitRate: $0) } ?? bankSet
        let plan: AssessmentPlan
        let truthPlan: AssessmentPlan
        do {
            plan = try AssessmentPlan(bankSet: banks, settings: configuration.settings)
            if let truthBankSet {
                truthPlan = try AssessmentPlan(bankSet: truthBankSet, settings: configuration.settings)
            } else {
                truthPlan = plan
            }
        } catch {
            throw .engine(error.description)
        }
        guard truthPlan.items.map(\.id) == plan.items.map(\.id) else {
            throw .invalid("the truth banks and the engine's banks must hold the same items in the same order")
        }
        let responses = ResponseBook(plan: plan)
        let factory = try SimuleeFactory(
            plan: truthPlan, population: configuration.population, responses: responses,
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
