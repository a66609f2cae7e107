import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `--store`, `--results` and `--group`: where a command reads and writes sessions and results. A
/// folder is the file store (the default, `Results/`); `postgres://user@host:port/database` is an
/// organisation's database, its password taken from PGPASSWORD or ~/.pgpass only.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Where sessions and results are kept: a folder, or postgres://user@host:port/database (default: $ROLEFIT_STORE, else the results folder).",
            valueName: "url"))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Folder for results and session journals (default: $ROLEFIT_RESULTS or Results/).", valueName: "dir"))
    var results: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With a database store: the group label new sessions get, and the only group whose results are read.",
            valueName: "label"))
    var group: String?

    func validate() throws {
        if results?.isEmpty == true {
            throw ValidationError("--results needs a folder name (or leave it out for $ROLEFIT_RESULTS or Results/)")
        }
        if store?.isEmpty == true {
            throw ValidationError("--store needs a folder or postgres://user@host:port/database")
        }
        if store != nil && results != nil { throw ValidationError("give --store or --results, not both") }
        if let group,
            group.isEmpty || group.count > 200
                || group.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        {
            throw ValidationError("--group takes a label of 1–200 printable characters")
        }
    }

    private var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The store as named: --store, --results, ROLEFIT_STORE, ROLEFIT_RESULTS, then Results/.
    var address: String {
        if let store { return store }
        if let results { return results }
        if let named = environment["ROLEFIT_STORE"], !named.isEmpty { return named }
        if let named = environment["ROLEFIT_RESULTS"], !named.isEmpty { return named }
        return FolderStore.defaultFolder
    }

    /// Whether the store is a database (a URL) rather than a folder.
    var isDatabase: Bool { results == nil && OrganisationStore.isAddress(address) }

    /// The results folder, for a folder store; for a database its address (used only in messages).
    var folder: String { address }

    /// Opens the store; prints one clear message and exits 1 when it cannot be used.
    func openOrExit() throws -> any SessionStore {
        guard isDatabase else {
            if group != nil {
                StandardConsole.standard.message(
                    "error: --group needs a database store (--store postgres://…); a results folder keeps no groups\n")
                throw ExitCode(1)
            }
            return FolderStore(folder: address)
        }
        do {
            return try OrganisationStore.open(address, environment: environment, group: group)
        } catch {
            StandardConsole.standard.message("error: \(TerminalText.inline(error.message))\n")
            throw ExitCode(1)
        }
    }

    /// Reads every result, naming every skipped entry in a warning on stderr; exits 1 when the store
    /// cannot be read at all.
    func loadOrExit(_ store: any SessionStore) throws -> ResultFolder {
        let contents: ResultFolder
        do {
            contents = try store.results()
        } catch {
            StandardConsole.standard.message("error: \(TerminalText.inline(error.message))\n")
            throw ExitCode(1)
        }
        for skipped in contents.skipped {
            StandardConsole.standard.message("warning: \(TerminalText.inline(skipped.description))\n")
        }
        return contents
    }
}
