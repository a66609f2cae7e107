import ArgumentParser
import Foundation
import RoleFitCore

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

    @Flag(name: .long, help: "Print one JSON object instead of the text summary.")
    var json = false

    func validate() throws {
        guard tolerance > 0, tolerance.isFinite else { throw ValidationError("--tolerance must be a positive number") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: responses) else {
            StandardStreams.error("error: cannot read \(responses); pass --responses with the path of a response CSV\n")
            throw ExitCode.failure
        }
        let table: ResponseTable
        do {
            table = try ResponseTable.parse([UInt8](data), path: responses, model: model)
        } catch let error as CalibrationInputError {
            StandardStreams.error("error: \(error.description)\n")
            throw ExitCode.failure
        }
        var mapping: GroupMapping?
        if let groups {
            guard let bytes = FileManager.default.contents(atPath: groups) else {
                StandardStreams.error("error: cannot read \(groups); pass --groups with a CSV of id,group rows\n")
                throw ExitCode.failure
            }
            do {
                mapping = try GroupMapping.parse([UInt8](bytes), path: groups, personIDs: table.personIDs, focal: focal)
            } catch let error as CalibrationInputError {
                StandardStreams.error("error: \(error.description)\n")
                throw ExitCode.failure
            }
        }
        let settings = CalibrationSettings(tolerance: tolerance, accelerate: !noAcceleration)
        var report = CalibrationReport.measure(table: table, model: model, settings: settings,
                                               standardErrors: !noStandardErrors)
        if let mapping { report.addDIF(mapping: mapping, responses: table.matrix) }
        if let output {
            let text = EstimatesCSV.text(for: report.result, categoryCount: table.matrix.categoryCount)
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                StandardStreams.error("error: cannot write \(output) (\(error.localizedDescription)); check the folder exists and is writable\n")
                throw ExitCode.failure
            }
        }
        if json {
            try StandardStreams.outputJSON(report)
        } else {
            StandardStreams.output(report.text)
        }
    }
}

extension CalibrationModel: ExpressibleByArgument {}
