import RoleFitCore

/// What a simulation study runs (docs/engine.md, Simulation): how many simulees, from which seed, the
/// engine settings under test, and the population the simulees come from.
public struct SimulationConfiguration: Sendable, Hashable {
    /// The number of simulees.
    public var simulees: Int
    /// Seeds the simulees' true profiles and answers, and (mixed with the simulee number) each session.
    public var seed: UInt64
    /// The engine settings under test (`seed` is replaced per simulee).
    public var settings: SessionSettings
    /// The simulees' true profiles and how they answer role-keyed items.
    public var population: SimulationPopulation
    /// The hit rate the engine assumes for role-keyed items without their own table (nil = the
    /// banks' default, 0.55); differs from `population.keyedHitRate` to study a misspecified engine.
    public var engineKeyedHitRate: Double?

    /// A configuration with the documented defaults: 10,000 simulees, seed 1, default engine settings.
    public init(
        simulees: Int = 10_000, seed: UInt64 = 1, settings: SessionSettings = SessionSettings(),
        population: SimulationPopulation = SimulationPopulation(), engineKeyedHitRate: Double? = nil
    ) {
        self.simulees = simulees
        self.seed = seed
        self.settings = settings
        self.population = population
        self.engineKeyedHitRate = engineKeyedHitRate
    }

    /// Checks the values the engine's own validation does not cover.
    public func validate() throws(SimulationError) {
        if simulees < 1 { throw .invalid("the number of simulees must be at least 1 (got \(simulees))") }
        try population.validate()
        if let engineKeyedHitRate, !(engineKeyedHitRate > 0 && engineKeyedHitRate < 1) {
            throw .invalid("the engine's keyed hit rate must lie in (0, 1) (got \(engineKeyedHitRate))")
        }
    }
}
