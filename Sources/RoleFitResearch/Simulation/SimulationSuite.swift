import RoleFitCore

/// Several simulation runs on the same simulee numbers and seed: one per population and depth
/// (`rolefit simulate --population … --depth all`), with the mean length of each depth.
public struct SimulationSuite: Sendable, Hashable, Codable {
    /// Simulees per run.
    public var simulees: Int
    /// The study seed.
    public var seed: UInt64
    /// One report per population and depth, populations in the order given, depths quick to thorough.
    public var reports: [SimulationReport]
    /// Mean session length per population, then per depth.
    public var meanLengthByDepth: [String: [String: Double]]
    /// Wall-clock seconds of all runs.
    public var wallSeconds: Double

    enum CodingKeys: String, CodingKey {
        case simulees, seed, reports
        case meanLengthByDepth = "mean_length_by_depth"
        case wallSeconds = "wall_s"
    }

    /// Runs every configuration in turn.
    public static func run(bankSet: BankSet, configurations: [SimulationConfiguration]) throws(SimulationError)
        -> SimulationSuite
    {
        let clock = ContinuousClock()
        let start = clock.now
        var reports: [SimulationReport] = []
        for configuration in configurations {
            reports.append(try SimulationRunner.run(bankSet: bankSet, configuration: configuration))
        }
        var lengths: [String: [String: Double]] = [:]
        for report in reports { lengths[report.population, default: [:]][report.depth] = report.meanLength }
        return SimulationSuite(
            simulees: configurations.first?.simulees ?? 0, seed: configurations.first?.seed ?? 0, reports: reports,
            meanLengthByDepth: lengths, wallSeconds: (clock.now - start).seconds)
    }
}
