import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitResearch
import RoleFitTerminal

/// `rolefit bench …`: performance benchmarks.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run performance benchmarks.",
        subcommands: [BenchCATCommand.self]
    )
}

/// `rolefit bench cat`: the shared CAT reference workload (3PL, maximum information, 61-node EAP).
struct BenchCATCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cat",
        abstract: "Run the shared CAT workload and compare with the numpy reference.",
        discussion: """
            Reads workload.json, bank.csv, thetas.csv and uniforms.csv from the workload folder \
            (default: ../shared/bench/cat, then shared/bench/cat, then the 200-simulee slice in Benchmarks/cat) and results/numpy-ref.csv for the comparison. \
            Times one thread; build with -c release for meaningful figures.
            """
    )

    @Option(name: .long, help: "The workload folder (holds workload.json).")
    var workload: String?

    @Option(name: .long, help: "Run only the first N simulees.")
    var simulees: Int?

    @Flag(name: .long, help: "Print one JSON object instead of the text report.")
    var json = false

    func validate() throws {
        if let simulees, simulees < 1 { throw ValidationError("--simulees must be at least 1") }
    }

    func run() throws {
        do {
            let directory = try workload ?? CATWorkload.locateDefault()
            let data = try CATWorkload.load(from: directory)
            let referencePath = directory + "/results/numpy-ref.csv"
            let reference =
                FileManager.default.fileExists(atPath: referencePath) ? try ReferenceRun.load(from: referencePath) : nil
            let report = CATBenchmarkReport.measure(workload: data, reference: reference, simulees: simulees)
            if json {
                StandardConsole.standard.outputData(try JSONCoding.lineText(report) + "\n")
            } else {
                StandardConsole.standard.output(report.text + "\n")
            }
        } catch let error as WorkloadError {
            StandardConsole.standard.message("error: \(error.description)\n")
            throw ExitCode.failure
        }
    }
}
