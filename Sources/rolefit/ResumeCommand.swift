import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit resume`: continue a session that was quit or interrupted, at exactly the question that was next.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a saved or interrupted session where it stopped."
    )

    @Argument(help: "The session id (default: the most recent one).")
    var sessionID: String?

    @Flag(name: .long, help: "Resume the most recent session.")
    var latest = false

    @Option(name: .long, help: ArgumentHelp("Read the banks from here instead of where the session started.", valueName: "dir"))
    var banks: String?

    @OptionGroup var output: SessionOutputOptions

    func validate() throws {
        if latest && sessionID != nil { throw ValidationError("give a session id or --latest, not both.") }
        if let sessionID, !SessionJournal.isValidSessionID(sessionID) {
            throw ValidationError(
                "'\(sessionID)' is not a session id; ids are letters, digits, '.', '_' and '-' (as `rolefit resume` lists them).")
        }
    }

    func run() throws {
        let store = try output.store.openOrExit()
        let place = store.displayName
        let record = try findSession(in: store)
        let contents: SessionJournal.Contents
        do {
            contents = try record.read()
            if sessionID == nil {
                StandardConsole.standard.message(
                    "Resuming session \(contents.header.sessionID) of \(contents.header.candidate) (\(contents.answers.count) answers so far).\n"
                )
            }
        } catch {
            StandardConsole.standard.message("Cannot resume: \(error.description)\n")
            throw ExitCode(1)
        }
        let header = contents.header
        for note in contents.notes { StandardConsole.standard.message("Note: \(note).\n") }
        let banksFolder = banks ?? header.banksFolder
        let bankSet = try BankLocationOptions.load(folder: banksFolder)
        let launcher = SessionLauncher(output: output, store: store, bankSet: bankSet, banksFolder: banksFolder)
        if launcher.fingerprints != header.banks {
            StandardConsole.standard.message(
                "Note: the question banks changed since this session started; replaying its answers on the current banks.\n")
        }
        let session: AssessmentSession
        do {
            session = try AssessmentSession.replaying(contents.answers, bankSet: bankSet, settings: header.settings)
        } catch {
            StandardConsole.standard.message(
                "Cannot resume session \(header.sessionID): \(error.description). Its answers are kept in \(record.location).\n")
            throw ExitCode(1)
        }
        do {
            try record.repair()
            try record.append(.resume(at: Date()))
        } catch {
            let advice =
                store is FolderStore
                ? "Fix the folder's permissions or free space" : "Check that the database server \(place) is reachable"
            StandardConsole.standard.message("Cannot write to the session journal: \(error). \(advice), then resume again.\n")
            throw ExitCode(1)
        }
        if contents.droppedTornLine {
            StandardConsole.standard.message(
                "Note: the last answer was being saved when the session stopped and is incomplete; you will be asked that question again.\n"
            )
        }
        let console = launcher.makeConsole()
        let reader = try launcher.makeReader(console: console, mode: header.settings.mode)
        let metadata = SessionMetadata(
            sessionID: header.sessionID, candidate: header.candidate, startedAt: header.startedAt,
            undoCount: contents.undoCount, resumeCount: contents.resumeCount + 1,
            lateAnswers: contents.lateAnswers)
        try launcher.run(session: session, record: record, metadata: metadata, reader: reader, console: console)
    }

    /// The session to resume, held by this process. With an id: that session. With --latest: the
    /// newest session no other process holds. Without either: the same, but only when every waiting
    /// session is one person's, so nobody continues someone else's session without naming it.
    private func findSession(in store: any SessionStore) throws -> any SessionRecord {
        let place = store.displayName
        let options = store.selectionOptions
        let waiting: [WaitingSession]
        do {
            waiting = try store.waitingSessions()
        } catch {
            StandardConsole.standard.message("Cannot resume: \(error)\n")
            throw ExitCode(1)
        }
        if let sessionID {
            do {
                return try store.openSession(sessionID)
            } catch  where error.kind == .notFound {
                let known = waiting.map(\.sessionID)
                StandardConsole.standard.message(
                    "No session '\(sessionID)' in \(place). \(known.isEmpty ? "There is no session to resume; start one with `rolefit take`." : "Sessions you can resume: \(known.prefix(5).joined(separator: ", ")) (`\(CommandHint.sessions(storeOptions: options))` lists them).")\n"
                )
                throw ExitCode(1)
            } catch {
                StandardConsole.standard.message("Cannot resume: \(error)\n")
                throw ExitCode(1)
            }
        }
        guard !waiting.isEmpty else {
            StandardConsole.standard.message("There is no session to resume in \(place); start one with `rolefit take`.\n")
            throw ExitCode(1)
        }
        // Only sessions with answers are picked without an id: an empty one is most likely someone
        // else's aborted start, and continuing it would put one person's answers under another's name.
        let started = waiting.filter { $0.problem == nil && $0.answerCount > 0 }
        guard !started.isEmpty else {
            StandardConsole.standard.message(
                "The sessions waiting in \(place) have no answers to continue; see them with `\(CommandHint.sessions(storeOptions: options))`, or start with `rolefit take`.\n"
            )
            throw ExitCode(1)
        }
        if !latest && Set(started.map { $0.candidate ?? "" }).count > 1 {
            let list = started.prefix(10).map { "  \($0.sessionID)  (\($0.candidate ?? "?"))" }.joined(separator: "\n")
            StandardConsole.standard.message(
                "Several people have sessions waiting in \(place); name yours with `\(CommandHint.resume(sessionID: "ID", storeOptions: options))` (or pass --latest for the newest):\n\(list)\n"
            )
            throw ExitCode(1)
        }
        for waitingSession in started {
            do {
                return try store.openSession(waitingSession.sessionID)
            } catch  where error.kind == .inUse || error.kind == .finished || error.kind == .notFound {
                continue
            } catch {
                StandardConsole.standard.message("Cannot resume: \(error)\n")
                throw ExitCode(1)
            }
        }
        StandardConsole.standard.message(
            "Every session waiting in \(place) is in use by another rolefit process; finish or quit it there first.\n")
        throw ExitCode(1)
    }
}
