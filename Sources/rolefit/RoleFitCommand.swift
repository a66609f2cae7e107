import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// The `rolefit` command: finds which of four roles fits a person best.
@main
struct RoleFitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rolefit",
        abstract: "Find which role fits you best: project, product, program or technical program manager.",
        version: RoleFitVersion.current,
        subcommands: [
            TakeCommand.self, ResumeCommand.self, SessionsCommand.self, ReportCommand.self, ExportCommand.self, TeamCommand.self,
            StoreCommand.self,
            BanksCommand.self, BenchCommand.self, SimulateCommand.self, CalibrateCommand.self,
        ],
        defaultSubcommand: TakeCommand.self
    )

    /// Parses and runs the command line, first turning a misspelt command into a did-you-mean error.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = UnknownCommandCheck.problem(in: arguments, root: Self.self) {
            StandardConsole.standard.message("error: \(problem)\n")
            Self.exit(withError: ExitCode(64))
        }
        main(arguments)
    }
}
