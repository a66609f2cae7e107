import ArgumentParser
import RoleFitCore

/// The `rolefit` command: finds which of four roles fits a person best.
@main
struct RoleFitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rolefit",
        abstract: "Find which role fits you best: project, product, program or technical program manager.",
        version: RoleFitVersion.current,
        subcommands: [TakeCommand.self, ResumeCommand.self, SessionsCommand.self, ReportCommand.self, ExportCommand.self, TeamCommand.self, BanksCommand.self, BenchCommand.self, SimulateCommand.self],
        defaultSubcommand: TakeCommand.self
    )
}
