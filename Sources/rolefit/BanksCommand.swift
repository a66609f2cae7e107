import ArgumentParser

/// `rolefit banks …`: work with question banks.
struct BanksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "banks",
        abstract: "Validate, list, inspect, import and export question banks.",
        subcommands: [
            BanksValidateCommand.self, BanksListCommand.self, BanksStatsCommand.self, BanksAuditCommand.self,
            BanksImportCommand.self, BanksExportCommand.self,
        ]
    )
}
