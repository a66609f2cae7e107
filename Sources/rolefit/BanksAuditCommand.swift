import ArgumentParser
import RoleFitCore
import RoleFitTerminal

/// `rolefit banks audit [PATH] [--json]`: checks that items measure rather than telegraph.
struct BanksAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract:
            "Check that items measure instead of telegraph: decodable role keys, test-wise cues, key balance, duplicates, coverage.",
        discussion:
            "Run it before a pull request. Exits 0 when every check is within its limit, 1 when one exceeds it (limits: AuditThresholds)."
    )

    @Argument(
        help: ArgumentHelp("Folder with the catalogue and banks (default: $ROLEFIT_BANKS or QuestionBanks/).", valueName: "path"))
    var path: String?

    @Flag(name: .long, help: "Print one JSON object.") var json = false

    func run() throws {
        let set = try BankLocationOptions.load(
            folder: path ?? BankLocationOptions.defaultFolder, named: path != nil, requireCoverage: false)
        let report = BankAudit.run(set)
        if json {
            try StandardConsole.standard.outputJSON(report)
        } else {
            StandardConsole.standard.output(AuditTextRenderer.render(report))
        }
        if !report.passed { throw ExitCode(1) }
    }
}
