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
            Without --responses: reads the finished results of the store (--store, $ROLEFIT_STORE, else the \
            results folder), fits each skill area's items (and each area's self-ratings) as one dimension with \
            every item's own model, estimates the role-choice tables and the hit rate, and writes \
            calibration.json beside the banks, which the bank loader applies over the authored values. Items \
            with fewer than --min-answers answers keep their authored values and are listed; results from other \
            bank versions are listed, not used. --dry-run prints the diff and writes nothing.

            With --responses: reads a response matrix in the shared workload's CSV form (header id,i0,i1,…; one \
            row per person; a cell is a category code or empty when the item was not presented) and fits the \
            model on 61 nodes on [-6, 6] with a N(0, 1) ability distribution, stopping when no a or b moves by \
            the tolerance in one EM cycle. Items nobody answered or with an unused category are listed, not fitted.
            """
    )

    @Option(name: .long, help: "The response matrix CSV (without it: the sessions in the store).")
    var responses: String?

    @Option(name: .long, help: "With --responses: the model, 2pl (default), 3pl, grm or gpcm.")
    var model: CalibrationModel?

    @OptionGroup var bankLocation: BankLocationOptions

    @OptionGroup var location: StoreOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Items with fewer answers keep their authored values (default: \(BankCalibration.defaultMinimumAnswers)).",
            valueName: "n"))
    var minAnswers: Int = BankCalibration.defaultMinimumAnswers

    @Flag(name: .long, help: "Print what would change (item, authored → calibrated, SE, N) and write nothing.")
    var dryRun = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With sessions: also report DIF between the two values of a result field (\(SessionAnswers.groupFields.joined(separator: ", "))).",
            valueName: "field"))
    var groupBy: String?

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

    @Option(name: .long, help: "The focal group for DIF, with --groups or --group-by (default: the smaller group).")
    var focal: String?

    @Flag(name: .long, help: "Skip the standard errors (they cost about as much as the fit on complete data).")
    var noStandardErrors = false

    @Flag(name: .long, help: "Skip the item-fit test (observed vs predicted scores by θ group).")
    var noItemFit = false

    @Flag(name: .long, help: "Print one JSON object instead of the text summary.")
    var json = false

    func validate() throws {
        guard tolerance > 0, tolerance.isFinite else { throw ValidationError("--tolerance must be a positive number") }
        guard minAnswers >= 1 else { throw ValidationError("--min-answers must be at least 1") }
        if responses != nil {
            let sessionOnly: [(Bool, String)] = [
                (dryRun, "--dry-run"), (groupBy != nil, "--group-by"), (bankLocation.banks != nil, "--banks"),
                (location.store != nil || location.results != nil, "--store/--results"),
            ]
            if let (_, name) = sessionOnly.first(where: { $0.0 }) {
                throw ValidationError("\(name) calibrates from sessions; it does not go with --responses")
            }
        } else {
            let csvOnly: [(Bool, String)] = [
                (model != nil, "--model"), (output != nil, "--output"), (groups != nil, "--groups"),
                (focal != nil && groupBy == nil, "--focal"),
            ]
            if let (_, name) = csvOnly.first(where: { $0.0 }) {
                throw ValidationError(
                    "\(name) goes with --responses FILE; from sessions each item keeps its bank's model (DIF: --group-by FIELD)")
            }
            if let groupBy, !SessionAnswers.groupFields.contains(groupBy) {
                throw ValidationError(
                    "--group-by takes a result field: \(SessionAnswers.groupFields.joined(separator: ", ")), not '\(groupBy)'")
            }
        }
        try OutputFile.validate(output, force: force)
    }

    func run() throws {
        guard let responses else { return try runFromSessions() }
        let model = model ?? .twoPL
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
