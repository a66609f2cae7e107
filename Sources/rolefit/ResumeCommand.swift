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
        let folder = output.resultsFolder
        let (journal, lock) = try findJournal(in: folder)
        let contents: SessionJournal.Contents
        do {
            contents = try journal.read()
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
        let launcher = SessionLauncher(output: output, bankSet: bankSet, banksFolder: banksFolder)
        if launcher.fingerprints != header.banks {
            StandardConsole.standard.message(
                "Note: the question banks changed since this session started; replaying its answers on the current banks.\n")
        }
        let session: AssessmentSession
        do {
            session = try AssessmentSession.replaying(contents.answers, bankSet: bankSet, settings: header.settings)
        } catch {
            StandardConsole.standard.message(
                "Cannot resume session \(header.sessionID): \(error.description). Its answers are kept in \(journal.path).\n")
            throw ExitCode(1)
        }
        do {
            try journal.repairTornTail()
            try journal.append(.resume(at: Date()))
        } catch {
            StandardConsole.standard.message(
                "Cannot write to the session journal: \(error). Fix the folder's permissions or free space, then resume again.\n")
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
        try launcher.run(session: session, journal: journal, lock: lock, metadata: metadata, reader: reader, console: console)
    }

    /// The journal to resume, locked for this process. With an id: that session. With --latest: the
    /// newest session no other process holds. Without either: the same, but only when every waiting
    /// session is one person's, so nobody continues someone else's session without naming it.
    private func findJournal(in folder: String) throws -> (SessionJournal, SessionLock) {
        let waiting: [SessionJournal]
        do {
            waiting = try SessionJournal.inProgress(resultsFolder: folder)
        } catch {
            StandardConsole.standard.message("Cannot resume: \(error)\n")
            throw ExitCode(1)
        }
        if let sessionID {
            let journal = SessionJournal(resultsFolder: folder, sessionID: sessionID)
            guard FileManager.default.fileExists(atPath: journal.path) else {
                let known = waiting.map(\.sessionID)
                StandardConsole.standard.message(
                    "No session '\(sessionID)' in \(folder)/. \(known.isEmpty ? "There is no session to resume; start one with `rolefit take`." : "Sessions you can resume: \(known.prefix(5).joined(separator: ", ")) (`\(CommandHint.sessions(resultsFolder: folder))` lists them).")\n"
                )
                throw ExitCode(1)
            }
            return (journal, try lockOrExit(journal))
        }
        guard !waiting.isEmpty else {
            StandardConsole.standard.message("There is no session to resume in \(folder)/; start one with `rolefit take`.\n")
            throw ExitCode(1)
        }
        // Only sessions with answers are picked without an id: an empty one is most likely someone
        // else's aborted start, and continuing it would put one person's answers under another's name.
        let started = waiting.compactMap { journal -> (SessionJournal, String)? in
            guard let contents = try? journal.read(), !contents.answers.isEmpty else { return nil }
            return (journal, contents.header.candidate)
        }
        guard !started.isEmpty else {
            StandardConsole.standard.message(
                "The sessions waiting in \(folder)/ have no answers to continue; see them with `\(CommandHint.sessions(resultsFolder: folder))`, or start with `rolefit take`.\n"
            )
            throw ExitCode(1)
        }
        if !latest && Set(started.map(\.1)).count > 1 {
            let list = started.prefix(10).map { "  \($0.0.sessionID)  (\($0.1))" }.joined(separator: "\n")
            StandardConsole.standard.message(
                "Several people have sessions waiting in \(folder)/; name yours with `\(CommandHint.resume(sessionID: "ID", resultsFolder: folder))` (or pass --latest for the newest):\n\(list)\n"
            )
            throw ExitCode(1)
        }
        for (journal, _) in started {
            do {
                return (journal, try journal.lock())
            } catch {
                if case .system = error {
                    StandardConsole.standard.message("Cannot resume: \(error)\n")
                    throw ExitCode(1)
                }
            }
        }
        StandardConsole.standard.message(
            "Every session waiting in \(folder)/ is in use by another rolefit process; finish or quit it there first.\n")
        throw ExitCode(1)
    }

    private func lockOrExit(_ journal: SessionJournal) throws -> SessionLock {
        do {
            return try journal.lock()
        } catch {
            StandardConsole.standard.message("Cannot resume: \(error)\n")
            throw ExitCode(1)
        }
    }
}
