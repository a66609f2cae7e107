import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// The `--banks` option shared by every command that reads question banks.
struct BankLocationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder with the catalogue and banks (default: $ROLEFIT_BANKS or QuestionBanks/).", valueName: "dir"))
    var banks: String?

    /// The folder to read: the option, then ROLEFIT_BANKS, then QuestionBanks/.
    var folder: String { banks ?? Self.defaultFolder }

    /// $ROLEFIT_BANKS when set, otherwise QuestionBanks/ in the working directory.
    static var defaultFolder: String {
        ProcessInfo.processInfo.environment["ROLEFIT_BANKS"].flatMap { $0.isEmpty ? nil : $0 } ?? "QuestionBanks"
    }

    /// Loads the banks; on errors prints the diagnostics to stderr and exits 1.
    func loadOrExit() throws -> BankSet {
        try Self.load(folder: folder)
    }

    /// Loads the banks of `folder`; on errors prints the diagnostics to stderr and exits 1. A session
    /// needs every weighted area covered (`requireCoverage`); the audit reports coverage itself.
    static func load(folder: String, requireCoverage: Bool = true) throws -> BankSet {
        var result = BankLoader.load(paths: [folder])
        let coverageErrors = requireCoverage ? BankCoverage.diagnostics(for: result).filter { $0.severity == .error } : []
        result.diagnostics += coverageErrors
        guard let set = result.bankSet, coverageErrors.isEmpty else {
            StandardConsole.standard.diagnostics(result.diagnostics, sources: result.sources)
            StandardConsole.standard.message("The question banks in '\(folder)' have errors; fix them (`rolefit banks validate \(folder)`) or pass --banks DIR.\n")
            throw ExitCode(1)
        }
        return set
    }
}
