import ArgumentParser

/// `rolefit store …`: set up an organisation's database and move results between it and folders.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Set up a database store, or copy results between a store and a folder.",
        discussion: """
            A store is a results folder (the default) or a PostgreSQL database named with \
            --store postgres://user@host:port/database or ROLEFIT_STORE; the password comes from PGPASSWORD or ~/.pgpass. \
            See docs/organisation.md.
            """,
        subcommands: [StoreInitCommand.self, StoreImportCommand.self, StoreExportCommand.self]
    )
}
