import ArgumentParser

/// `rolefit sessions …`: the unfinished sessions of a results folder.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List unfinished sessions (name, answers, age) or discard one.",
        subcommands: [SessionsListCommand.self, SessionsDiscardCommand.self],
        defaultSubcommand: SessionsListCommand.self
    )
}
