import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit store import DIR`: loads a results folder's files into the store, once per session.
struct StoreImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load the result files of a folder into the store (a session already there is left as it is).",
        discussion: """
            Reads every rolefit-result/1 file directly in the folder, as `team` does; other files are named on stderr \
            and skipped. Importing the same folder again adds nothing. Unfinished sessions stay in the folder: finish \
            them there first.
            """
    )

    @Argument(help: ArgumentHelp("The folder of result files.", valueName: "dir"))
    var folder: String

    @OptionGroup var location: StoreOptions

    func run() throws {
        let source: ResultFolder
        do {
            source = try ResultFolderReader(folder: folder).read()
        } catch {
            StandardConsole.standard.message("error: \(TerminalText.inline(error.message))\n")
            throw ExitCode(1)
        }
        for skipped in source.skipped {
            StandardConsole.standard.message("warning: \(TerminalText.inline(skipped.description))\n")
        }
        let store = try location.openOrExit()
        var added = 0
        for result in source.results {
            do {
                if try store.importResult(result.document) { added += 1 }
            } catch {
                StandardConsole.standard.message(
                    "error: \(TerminalText.inline(result.path)): \(TerminalText.inline(error.message)); the \(added) results before it were imported, run the import again to continue\n"
                )
                throw ExitCode(1)
            }
        }
        let present = source.results.count - added
        StandardConsole.standard.output(
            "Imported \(added) result\(added == 1 ? "" : "s") into \(TerminalText.inline(store.displayName))\(present > 0 ? " (\(present) already there)" : "")\(source.skipped.isEmpty ? "" : "; \(source.skipped.count) file\(source.skipped.count == 1 ? "" : "s") skipped").\n"
        )
    }
}
