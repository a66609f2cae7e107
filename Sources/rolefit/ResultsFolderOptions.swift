import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// The `--results` option of commands that read a results folder (`export`, `team`).
struct ResultsFolderOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("Folder with result files (default: $ROLEFIT_RESULTS or Results/).", valueName: "dir"))
    var results: String?

    func validate() throws {
        if results?.isEmpty == true {
            throw ValidationError("--results needs a folder name (or leave it out for $ROLEFIT_RESULTS or Results/)")
        }
    }

    /// The folder: the option, then ROLEFIT_RESULTS, then Results/.
    var folder: String {
        results ?? ProcessInfo.processInfo.environment["ROLEFIT_RESULTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "Results"
    }

    /// Reads the folder, naming every skipped file in a warning on stderr; exits 1 when the folder
    /// cannot be read at all.
    func loadOrExit() throws -> ResultFolder {
        let contents: ResultFolder
        do {
            contents = try ResultFolderReader(folder: folder).read()
        } catch {
            StandardConsole.standard.message("error: \(TerminalText.inline(error.message))\n")
            throw ExitCode(1)
        }
        for skipped in contents.skipped {
            StandardConsole.standard.message("warning: \(TerminalText.inline(skipped.description))\n")
        }
        return contents
    }
}
