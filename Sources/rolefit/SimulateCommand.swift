import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitResearch
import RoleFitTerminal

/// `rolefit simulate`: the simulation study of docs/engine.md, Simulation on the shipped (or given) banks.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Check the recommendation on simulated people with known true profiles.",
        discussion: """
            Draws simulees with true profiles θ ~ MVN(0, R) and one fixed answer to every item, runs each \
            through an adaptive session and compares the result with the true best role and with the \
            engine's decision after the whole bank. Uses every core; build with -c release.
            """
    )

    @OptionGroup var location: BankLocationOptions
    @Option(name: .long, help: "Number of simulees.") var simulees = 10_000
    @Option(name: .long, help: "Seed of the simulees and sessions.") var seed: UInt64 = 1
    @Option(name: .long, help: "Item selection: dec, info or random.") var selection: String?
    @Option(name: .long, help: "Maximum questions per session.") var maxItems: Int?
    @Option(name: .long, help: "P(picking the option keyed to one's true best role).") var keyedHit = 0.55
    @Flag(name: .long, help: "Run dec, info and random side by side on the same simulees.") var compare = false
    @Flag(name: .long, help: "Print one JSON object instead of the text report.") var json = false
    @OptionGroup(title: "Tuning") var tuning: SimulateTuningOptions

    func validate() throws {
        if simulees < 1 { throw ValidationError("--simulees must be at least 1") }
        if let selection, !["dec", "info", "random"].contains(selection) {
            throw ValidationError("--selection must be dec, info or random (got '\(selection)')")
        }
        if !(keyedHit >= 0 && keyedHit <= 1) { throw ValidationError("--keyed-hit must lie in [0, 1]") }
    }

    func run() throws {
        let bankSet = try location.loadOrExit()
        var settings = tuning.apply(to: SessionSettings())
        if let selection, let strategy = SelectionStrategy(rawValue: selection) { settings.selection = strategy }
        if let maxItems { settings.maxItems = maxItems }
        // A lower --max-items lowers the default minimum with it; an explicit --min-items is left to validation.
        if tuning.minItems == nil, settings.minItems > settings.maxItems { settings.minItems = settings.maxItems }
        var population = tuning.population()
        population.keyedHitRate = keyedHit
        let configuration = SimulationConfiguration(
            simulees: simulees, seed: seed, settings: settings, population: population,
            engineKeyedHitRate: tuning.engineKeyedHit)
        do {
            if compare {
                let report = try ComparisonReport.run(bankSet: bankSet, configuration: configuration)
                if json { return try StandardConsole.standard.outputJSON(report) }
                StandardConsole.standard.output(report.text)
            } else {
                let report = try SimulationRunner.run(bankSet: bankSet, configuration: configuration)
                if json { return try StandardConsole.standard.outputJSON(report) }
                StandardConsole.standard.output(report.text)
            }
        } catch let error as SimulationError {
            StandardConsole.standard.message("error: \(error.description)\n")
            throw ExitCode(64)
        }
    }
}
