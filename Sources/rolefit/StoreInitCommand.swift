import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit store init`: creates the database schema, or migrates it to this version (idempotent).
struct StoreInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the RoleFit tables in a database, or migrate them to this version (safe to run again)."
    )

    @OptionGroup var location: StoreOptions

    @Flag(
        name: .long,
        help: "Also create the group roles rolefit_member and rolefit_lead and grant them their tables (needs CREATEROLE).")
    var teamRoles = false

    func run() throws {
        guard location.isDatabase else {
            StandardConsole.standard.output(
                "A results folder needs no set-up: \(location.folder)/ is created by the first session. Name a database with --store postgres://user@host:port/database.\n"
            )
            return
        }
        let outcome: (applied: [Int], version: Int)
        do {
            outcome = try OrganisationStore.initialise(
                location.address, environment: ProcessInfo.processInfo.environment, teamRoles: teamRoles)
        } catch {
            StandardConsole.standard.message("error: \(TerminalText.inline(error.message))\n")
            throw ExitCode(1)
        }
        let address = location.address
        if outcome.applied.isEmpty {
            StandardConsole.standard.output(
                "The RoleFit schema in \(TerminalText.inline(address)) is up to date (version \(outcome.version))"
                    + (teamRoles ? "; the team roles are in place.\n" : "; nothing to do.\n"))
        } else {
            let steps = outcome.applied.map(String.init).joined(separator: ", ")
            StandardConsole.standard.output(
                "Applied schema migration\(outcome.applied.count == 1 ? "" : "s") \(steps); \(TerminalText.inline(address)) is at version \(outcome.version)"
                    + (teamRoles ? "; the team roles are in place.\n" : ".\n"))
        }
    }
}
