import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// The formats `banks export` can write.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    /// Moodle's GIFT format.
    case gift
}

/// `rolefit banks export --to gift --output FILE`: writes bank items in a format Moodle imports.
struct BanksExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write bank items as Moodle GIFT.",
        discussion: """
            Writes single-choice, multiple-response, true-false and graded-scenario items; role-keyed and \
            self-rating items have no GIFT form and are reported as skipped. Ids, tags, skill areas \
            ($CATEGORY), difficulty, explanations and option feedback are kept, so `banks import --from gift` \
            reads the file back into the same items.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Output format.", valueName: "gift"))
    var to: ExportFormat

    @OptionGroup var location: BankLocationOptions

    @Option(name: .long, help: ArgumentHelp("Export only this bank (repeatable; default: every bank).", valueName: "id"))
    var bank: [String] = []

    @Option(name: .long, help: ArgumentHelp("File to write ('-' for standard output).", valueName: "file"))
    var output: String

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        try OutputFile.validate(output, force: force)
    }

    func run() throws {
        let set = try location.loadOrExit()
        var banks = set.banks
        if !bank.isEmpty {
            let known = set.banks.map(\.id)
            for id in bank where !known.contains(id) {
                throw ValidationError("no bank '\(id)' in '\(location.folder)'; banks there: \(known.joined(separator: ", "))")
            }
            banks = bank.compactMap { id in set.banks.first { $0.id == id } }
        }
        let export = GiftWriter.write(banks, generator: "rolefit \(RoleFitVersion.current)")
        for skip in export.skipped {
            StandardConsole.standard.message("warning: skipped \(skip.kind.rawValue) item '\(skip.itemID)': \(skip.reason)\n")
        }
        for note in export.notes { StandardConsole.standard.message("note: \(note)\n") }
        try OutputFile.write(export.text, to: output, force: force, forPeople: false)
        StandardConsole.standard.message(export.summary + (output == "-" ? "\n" : " Wrote \(output).\n"))
        if export.exportedCount == 0 {
            StandardConsole.standard.message(
                "error: nothing to export; GIFT holds single-choice, multiple-response, true-false and graded-scenario items\n")
            throw ExitCode(1)
        }
    }
}
