import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit banks validate [PATH …]`: checks banks and prints compiler-style diagnostics.
struct BanksValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check question banks and report every problem with file:line:column.",
        discussion: "Exits 0 when there are no errors (warnings allowed), 1 when there are errors."
    )

    @Argument(help: ArgumentHelp("Bank files or folders (default: $ROLEFIT_BANKS or QuestionBanks/).", valueName: "path"))
    var paths: [String] = []

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let targets = paths.isEmpty ? [BankLocationOptions.defaultFolder] : paths
        var result = BankLoader.load(paths: targets)
        // Folders are checked as the set a session would use; files given one by one are checked alone.
        let folders = targets.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if !folders.isEmpty && folders.count == targets.count { result.diagnostics += BankCoverage.diagnostics(for: result) }
        if result.diagnostics.isEmpty, let set = result.bankSet {
            StandardConsole.standard.message(
                "\(targets.joined(separator: " ")): \(set.catalogue.roles.count) roles, \(set.catalogue.areas.count) skill areas, \(set.banks.count) banks, \(set.items.count) items — no problems\n"
            )
            return
        }
        StandardConsole.standard.diagnostics(result.diagnostics, sources: result.sources)
        if result.diagnostics.containsErrors || (strict && !result.diagnostics.isEmpty) {
            throw ExitCode(1)
        }
    }
}
