import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit sessions discard ID`: deletes an unfinished session's journal (its answers are lost).
struct SessionsDiscardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discard",
        abstract: "Delete an unfinished session and its answers."
    )

    @Argument(help: "The session id, as `rolefit sessions` lists it.")
    var sessionID: String

    @OptionGroup var results: ResultsFolderOptions

    func validate() throws {
        if !SessionJournal.isValidSessionID(sessionID) {
            throw ValidationError(
                "'\(sessionID)' is not a session id; ids are letters, digits, '.', '_' and '-' (as `rolefit sessions` lists them)."
            )
        }
    }

    func run() throws {
        let folder = results.folder
        let journal = SessionJournal(resultsFolder: folder, sessionID: sessionID)
        guard FileManager.default.fileExists(atPath: journal.path) else {
            StandardConsole.standard.message(
                "error: no unfinished session '\(sessionID)' in \(folder)/; `\(CommandHint.sessions(resultsFolder: folder))` lists them.\n"
            )
            throw ExitCode(1)
        }
        // Holding the lock while deleting keeps a session that is running elsewhere safe.
        let lock: SessionLock
        do {
            lock = try journal.lock()
        } catch {
            StandardConsole.standard.message("error: cannot discard: \(error)\n")
            throw ExitCode(1)
        }
        let contents = try? journal.read()
        do {
            try withExtendedLifetime(lock) { try journal.remove() }
        } catch {
            StandardConsole.standard.message("error: could not delete the session: \(error); check the folder's permissions.\n")
            throw ExitCode(1)
        }
        let who =
            contents.map { " (\($0.header.candidate), \($0.answers.count) answer\($0.answers.count == 1 ? "" : "s"))" } ?? ""
        StandardConsole.standard.output("Discarded session \(sessionID)\(who).\n")
    }
}
