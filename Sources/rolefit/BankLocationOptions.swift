import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// The `--banks` option shared by every command that reads question banks.
struct BankLocationOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Folder with the catalogue and banks (default: $ROLEFIT_BANKS, else QuestionBanks/ next to rolefit, in PREFIX/share/rolefit, or in the current folder).",
            valueName: "dir"))
    var banks: String?

    /// The folder to read: the option, else the search (`BankFolderSearch`).
    var folder: String { banks ?? Self.defaultFolder }

    /// Where the banks are found when --banks is not given.
    static var search: BankFolderSearch {
        let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path
        return BankFolderSearch(executableFolder: executable, environment: ProcessInfo.processInfo.environment)
    }

    /// $ROLEFIT_BANKS when set, otherwise the first of the usual places that exists.
    static var defaultFolder: String { search.folder }

    /// Loads the banks; when the folder is missing, or on errors, prints what to do and exits 1.
    func loadOrExit() throws -> BankSet {
        try Self.load(folder: folder, named: banks != nil)
    }

    /// Loads the banks of `folder` (`named`: given on the command line or by a journal); when it is
    /// missing, or on errors, prints what to do and exits 1. A session needs every weighted area
    /// covered (`requireCoverage`); the audit reports coverage itself. `applyCalibration` false reads
    /// the authored parameters only (what `rolefit calibrate` fits from).
    static func load(folder: String, named: Bool = true, requireCoverage: Bool = true, applyCalibration: Bool = true) throws
        -> BankSet
    {
        guard BankFolderSearch.existingFolder(folder) else {
            StandardConsole.standard.message("error: " + search.missingFolderMessage(folder, named: named))
            throw ExitCode(1)
        }
        var result = BankLoader.load(paths: [folder], applyCalibration: applyCalibration)
        let coverageErrors = requireCoverage ? BankCoverage.diagnostics(for: result).filter { $0.severity == .error } : []
        result.diagnostics += coverageErrors
        guard let set = result.bankSet, coverageErrors.isEmpty else {
            StandardConsole.standard.diagnostics(result.diagnostics, sources: result.sources)
            StandardConsole.standard.message(
                "The question banks in '\(folder)' have errors; fix them (`rolefit banks validate \(folder)`) or pass --banks DIR.\n"
            )
            throw ExitCode(1)
        }
        return set
    }
}
