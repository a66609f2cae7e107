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
    }

    func run() throws {
        let folder = output.resultsFolder
        let journal = try findJournal(in: folder)
        let contents: SessionJournal.Contents
        do {
            contents = try journal.read()
        } catch {
            StandardConsole.standard.message("Cannot resume: \(error.description)\n")
            throw ExitCode(1)
        }
        let header = contents.header
        let banksFolder = banks ?? header.banksFolder
        let bankSet = try BankLocationOptions.load(folder: banksFolder)
        let launcher = SessionLauncher(output: output, bankSet: bankSet, banksFolder: banksFolder)
        if launcher.fingerprints != header.banks {
            StandardConsole.standard.message("Note: the question banks changed since this session started; replaying its answers on the current banks.\n")
        }
        let session: AssessmentSession
        do {
            session = try AssessmentSession.replaying(contents.answers, bankSet: bankSet, settings: header.settings)
        } catch {
            StandardConsole.standard.message("Cannot resume session \(header.sessionID): \(error.description). Its answers are kept in \(journal.path).\n")
            throw ExitCode(1)
        }
        do {
            try journal.repairTornTail()
            try journal.append(.resume(at: Date()))
        } catch {
            StandardConsole.standard.message("Cannot write to the session journal: \(error). Fix the folder's permissions or free space, then resume again.\n")
            throw ExitCode(1)
        }
        if contents.droppedTornLine {
            StandardConsole.standard.message("Note: the last answer was being saved when the session stopped and is incomplete; you will be asked that question again.\n")
        }
        let console = launcher.makeConsole()
        let reader = try launcher.makeReader(console: console)
        let metadata = SessionMetadata(sessionID: header.sessionID, candidate: header.candidate, startedAt: header.startedAt,
                                       undoCount: contents.undoCount, resumeCount: contents.resumeCount + 1)
        try launcher.run(session: session, journal: journal, metadata: metadata, reader: reader, console: console)
    }

    private func findJournal(in folder: String) throws -> SessionJournal {
        if let sessionID {
            let journal = SessionJournal(resultsFolder: folder, sessionID: sessionID)
            guard FileManager.default.fileExists(atPath: journal.path) else {
                let known = SessionJournal.inProgress(resultsFolder: folder).map { ($0.path as NSString).lastPathComponent.replacingOccurrences(of: ".jsonl", with: "") }
                StandardConsole.standard.message("No session '\(sessionID)' in \(folder)/. \(known.isEmpty ? "There is no session to resume; start one with `rolefit take`." : "Sessions you can resume: \(known.prefix(5).joined(separator: ", ")).")\n")
                throw ExitCode(1)
            }
            return journal
        }
        guard let newest = SessionJournal.inProgress(resultsFolder: folder).first else {
            StandardConsole.standard.message("There is no session to resume in \(folder)/; start one with `rolefit take`.\n")
            throw ExitCode(1)
        }
        return newest
    }
}
