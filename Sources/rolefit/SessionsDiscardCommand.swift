import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit sessions discard ID`: deletes an unfinished session and its answers.
struct SessionsDiscardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discard",
        abstract: "Delete an unfinished session and its answers."
    )

    @Argument(help: "The session id, as `rolefit sessions` lists it.")
    var sessionID: String

    @OptionGroup var location: StoreOptions

    func validate() throws {
        if !SessionJournal.isValidSessionID(sessionID) {
            throw ValidationError(
                "'\(sessionID)' is not a session id; ids are letters, digits, '.', '_' and '-' (as `rolefit sessions` lists them)."
            )
        }
    }

    func run() throws {
        let store = try location.openOrExit()
        // Holding the session while deleting keeps a session that is running elsewhere safe.
        let record: any SessionRecord
        do {
            record = try store.openSession(sessionID)
        } catch  where error.kind == .notFound {
            StandardConsole.standard.message(
                "error: no unfinished session '\(sessionID)' in \(store.displayName); `\(CommandHint.sessions(storeOptions: store.selectionOptions))` lists them.\n"
            )
            throw ExitCode(1)
        } catch {
            StandardConsole.standard.message("error: cannot discard: \(error)\n")
            throw ExitCode(1)
        }
        let contents = try? record.read()
        do {
            try record.discard()
        } catch {
            let advice = store is FolderStore ? "check the folder's permissions" : "check your rights in the database"
            StandardConsole.standard.message("error: could not delete the session: \(error); \(advice).\n")
            throw ExitCode(1)
        }
        let who =
            contents.map { " (\($0.header.candidate), \($0.answers.count) answer\($0.answers.count == 1 ? "" : "s"))" } ?? ""
        StandardConsole.standard.output("Discarded session \(sessionID)\(who).\n")
    }
}
