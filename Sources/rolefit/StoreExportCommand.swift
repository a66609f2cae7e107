import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit store export DIR`: writes the store's results out as result files, once per session.
struct StoreExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store's results to a folder as result files (a session whose file is there is skipped).",
        discussion: """
            The files are the documents `take` writes to a results folder, byte for byte, so `team`, `report` and \
            `export` read them as usual. Exporting again adds only the sessions that are new.
            """
    )

    @Argument(help: ArgumentHelp("The folder to write to (created when missing).", valueName: "dir"))
    var folder: String

    @OptionGroup var location: StoreOptions

    func run() throws {
        let store = try location.openOrExit()
        let results = try location.loadOrExit(store).results
        let target = FolderStore(folder: folder)
        var added = 0
        for result in results {
            do {
                if try target.importResult(result.document) { added += 1 }
            } catch {
                StandardConsole.standard.message(
                    "error: \(TerminalText.inline(error.message)); \(added) results were written before it, run the export again to continue\n"
                )
                throw ExitCode(1)
            }
        }
        let present = results.count - added
        StandardConsole.standard.output(
            "Exported \(added) result\(added == 1 ? "" : "s") to \(TerminalText.inline(folder))/\(present > 0 ? " (\(present) already there)" : "").\n"
        )
    }
}
