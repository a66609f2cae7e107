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
            Draws simulees and one fixed answer to every item, runs each through an adaptive session and \
            compares the result with the truth and with the engine's decision after the whole bank. The \
            in-model population follows the engine's own model (θ ~ MVN(0, R), picks at the keyed hit rate); \
            the others break it (--population all runs every one). Several populations or --depth all print \
            one summary table (--json: one object with a report per run). Uses every core; build with -c release.
            """
    )

    /// The selection strategies `--selection` accepts.
    static let selections = ["dec", "info", "random", "content-balanced", "random-keyed"]

    @OptionGroup var location: BankLocationOptions
    @Option(name: .long, help: "Number of simulees.") var simulees = 10_000
    @Option(name: .long, help: "Seed of the simulees and sessions.") var seed: UInt64 = 1
    @Option(
        name: .long,
        help: "Population (repeatable): \(PopulationKind.allCases.map(\.rawValue).joined(separator: ", ")), or all.")
    var population: [String] = []
    @Option(name: .long, help: "The role faker populations pick.") var fakedRole = "tpm"
    @Option(name: .long, help: "Session depth: quick, standard, thorough, or all.") var depth: String?
    @Option(name: .long, help: "Run interviews for this role (target-role mode).") var target: String?
    @Option(name: .long, help: "Item selection: \(Self.selections.joined(separator: ", ")).") var selection: String?
    @Option(name: .long, help: "Maximum questions per session (default: the depth's).") var maxItems: Int?
    @Option(name: .long, help: "P(picking the option keyed to one's true best role).") var keyedHit = 0.55
    @Flag(name: .long, help: "Run every selection strategy side by side on the same simulees.") var compare = false
    @Flag(name: .long, help: "Print JSON instead of the text report.") var json = false
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Close the loop: calibrate the banks from this many simulated sessions of the population (e.g. --population perturbed, whose true parameters differ from the banks') and run the simulees again on the recalibrated banks; prints agreement and ECE before and after.",
            valueName: "sessions"))
    var recalibrate: Int?
    @Option(
        name: .long,
        help: ArgumentHelp("With --recalibrate: items with fewer answers keep their authored values.", valueName: "n"))
    var minAnswers = BankCalibration.defaultMinimumAnswers
    @OptionGroup(title: "Tuning") var tuning: SimulateTuningOptions

    func validate() throws {
        if simulees < 1 { throw ValidationError("--simulees must be at least 1") }
        if let selection, !Self.selections.contains(selection) {
            throw ValidationError("--selection must be one of \(Self.selections.joined(separator: ", ")) (got '\(selection)')")
        }
        if !(keyedHit >= 0 && keyedHit <= 1) { throw ValidationError("--keyed-hit must lie in [0, 1]") }
        do {
            _ = try PopulationKind.parse(population)
        } catch {
            throw ValidationError("--population: \(error.description)")
        }
        if let depth, depth != "all", SessionDepth(rawValue: depth) == nil {
            throw ValidationError("--depth must be quick, standard, thorough or all (got '\(depth)')")
        }
        if compare && (Set(population).count > 1 || population.contains("all") || depth == "all") {
            throw ValidationError("--compare runs one population at one depth")
        }
        if let recalibrate {
            if recalibrate < 1 { throw ValidationError("--recalibrate needs at least 1 session") }
            if compare || Set(population).count > 1 || population.contains("all") || depth == "all" {
                throw ValidationError("--recalibrate runs one population at one depth, without --compare")
            }
        }
        if minAnswers < 1 { throw ValidationError("--min-answers must be at least 1") }
    }

    func run() throws {
        let bankSet = try location.loadOrExit()
        let kinds = (try? PopulationKind.parse(population)).flatMap { $0.isEmpty ? nil : $0 } ?? [.inModel]
        let depths: [SessionDepth] =
            depth == "all" ? SessionDepth.allCases : [depth.flatMap(SessionDepth.init(rawValue:)) ?? .standard]
        let configurations = kinds.flatMap { kind in
            depths.map { depth in configuration(kind: kind, depth: depth) }
        }
        do {
            if let recalibrate {
                let report = try RecalibrationStudy.run(
                    bankSet: bankSet, configuration: configurations[0], sessions: recalibrate, minimumAnswers: minAnswers)
                if json { return try StandardConsole.standard.outputJSON(report) }
                StandardConsole.standard.output(report.text)
            } else if compare {
                let report = try ComparisonReport.run(bankSet: bankSet, configuration: configurations[0])
                if json { return try StandardConsole.standard.outputJSON(report) }
                StandardConsole.standard.output(report.text)
            } else if configurations.count == 1 {
                let report = try SimulationRunner.run(bankSet: bankSet, configuration: configurations[0])
                if json { return try StandardConsole.standard.outputJSON(report) }
                StandardConsole.standard.output(report.text)
            } else {
                let suite = try SimulationSuite.run(bankSet: bankSet, configurations: configurations)
                if json { return try StandardConsole.standard.outputJSON(suite) }
                StandardConsole.standard.output(suite.text)
            }
        } catch let error as SimulationError {
            StandardConsole.standard.message("error: \(error.description)\n")
            throw ExitCode(64)
        }
    }

    /// The study of one population at one depth.
    func configuration(kind: PopulationKind, depth: SessionDepth) -> SimulationConfiguration {
        var settings = tuning.apply(to: SessionSettings(depth: depth))
        if let selection, let strategy = SelectionStrategy(rawValue: selection) { settings.selection = strategy }
        if let target {
            settings.targetRole = target
            settings.mode = .interview
        }
        if let maxItems { settings.maxItems = maxItems }
        // A lower --max-items lowers the default minimum with it; an explicit --min-items is left to validation.
        if tuning.minItems == nil, settings.minItems > settings.maxItems { settings.minItems = settings.maxItems }
        var population = tuning.population()
        population.kind = kind
        population.keyedHitRate = keyedHit
        population.fakedRole = fakedRole
        return SimulationConfiguration(
            simulees: simulees, seed: seed, settings: settings, population: population,
            engineKeyedHitRate: tuning.engineKeyedHit)
    }
}
