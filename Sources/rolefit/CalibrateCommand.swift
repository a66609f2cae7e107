import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit calibrate`: item parameters by marginal maximum likelihood from collected answers.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Estimate item parameters from answers (Bock–Aitkin EM).",
        discussion: """
            Reads a response matrix in the shared workload's CSV form (header id,i0,i1,…; one row per person; \
            a cell is a category code or empty when the item was not presented) and fits the model on 61 \
            nodes on [-6, 6] with a N(0, 1) ability distribution, stopping when no a or b moves by the \
            tolerance in one EM cycle. Items nobody answered or with an unused category are listed, not fitted.
            """
    )

    @Option(name: .long, help: "The response matrix CSV.")
    var responses: String

    @Option(name: .long, help: "The model: 2pl, 3pl, grm or gpcm.")
    var model: CalibrationModel = .twoPL

    @Option(name: .long, help: "Write the estimates CSV (item,a,b… in the workload's form) here.")
    var output: String?

    @Flag(name: .long, help: "Replace the --output file when it exists.")
    var force = false

    @Option(name: .long, help: "Stop when the largest change of any a or b in one EM cycle is below this.")
    var tolerance: Double = 1e-6

    @Flag(name: .long, help: "Plain EM without SQUAREM extrapolation (same fixed point, more cycles).")
    var noAcceleration = false

    @Option(name: .long, help: "A CSV of id,group rows (two groups): also report DIF (Mantel–Haenszel, ETS A/B/C).")
    var groups: String?

    @Option(name: .long, help: "The focal group for DIF (default: the smaller group).")
    var focal: String?

    @Flag(name: .long, help: "Skip the standard errors (they cost about as much as the fit on complete data).")
    var noStandardErrors = false

    @Flag(name: .long, help: "Skip the item-fit test (observed vs predicted scores by θ group).")
    var noItemFit = false

    @Flag(name: .long, help: "Print one JSON object instead of the text summary.")
    var json = false

    func validate() throws {
        guard tolerance > 0, tolerance.isFinite else { throw ValidationError("--tolerance must be a positive number") }
        try OutputFile.validate(output, force: force)
    }

    func run() throws {
        let data = try Self.read(responses, what: "--responses with the path of a response CSV")
        let table: ResponseTable
        do {
            table = try ResponseTable.parse([UInt8](data), path: responses, model: model)
        } catch let error as CalibrationInputError {
            StandardConsole.standard.message("error: \(error.description)\n")
            throw ExitCode.failure
        }
        var mapping: GroupMapping?
        if let groups {
            let bytes = try Self.read(groups, what: "--groups with a CSV of id,group rows")
            do {
                mapping = try GroupMapping.parse([UInt8](bytes), path: groups, personIDs: table.personIDs, focal: focal)
            } catch let error as CalibrationInputError {
                StandardConsole.standard.message("error: \(error.description)\n")
                throw ExitCode.failure
            }
        }
        let settings = CalibrationSettings(tolerance: tolerance, accelerate: !noAcceleration)
        var report = CalibrationReport.measure(
            table: table, model: model, settings: settings,
            standardErrors: !noStandardErrors)
        if !noItemFit { report.addItemFit(responses: table.matrix, settings: settings) }
        if let mapping { report.addDIF(mapping: mapping, responses: table.matrix) }
        if let output {
            let text = EstimatesCSV.text(for: report.result, categoryCount: table.matrix.categoryCount)
            try OutputFile.write(text, to: output, force: force, forPeople: false)
        }
        if json {
            try StandardConsole.standard.outputJSON(report)
        } else {
            StandardConsole.standard.output(report.text)
        }
    }

    /// The largest response or group file read (a 100 × 10,000 matrix is about 2 MB).
    static let maximumInputBytes = 512 * 1024 * 1024

    /// Reads an input file within the size cap; says what is wrong and exits 1 otherwise.
    static func read(_ path: String, what: String) throws -> Data {
        switch BoundedFile.read(path, limit: maximumInputBytes) {
        case .success(let data):
            return data
        case .failure(let problem):
            StandardConsole.standard.message("error: '\(path)' \(problem); pass \(what)\n")
            throw ExitCode.failure
        }
    }
}

extension CalibrationModel: ExpressibleByArgument {}
