import RoleFitCore

/// Runs simulation studies.
public enum SimulationRunner {
    /// Runs `configuration.simulees` simulees through the engine and computes the report; with
    /// `truthBankSet` the simulees answer from its parameters while the engine uses `bankSet`'s.
    public static func run(bankSet: BankSet, configuration: SimulationConfiguration, truthBankSet: BankSet? = nil)
        throws(SimulationError) -> SimulationReport
    {
        let clock = ContinuousClock()
        let start = clock.now
        let study = try SimulationStudy(bankSet: bankSet, configuration: configuration, truthBankSet: truthBankSet)
        let records = study.records()
        let elapsed = clock.now - start
        return SimulationReport(
            records: records, configuration: configuration, plan: study.plan,
            wallSeconds: elapsed.seconds)
    }
}
