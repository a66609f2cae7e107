import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// Wires a session together: console, line reader, presenter, store and controller.
struct SessionLauncher {
    let output: SessionOutputOptions
    let store: any SessionStore
    let bankSet: BankSet
    let banksFolder: String

    /// Whether a person is at the keyboard (stdin is a TTY and the format is text).
    var isInteractive: Bool { output.format == .text && isatty(STDIN_FILENO) == 1 }

    func makeConsole() -> StandardConsole { StandardConsole(allowColor: !output.noColor) }

    /// A line reader: readline for people at a terminal, plain lines otherwise. The history file
    /// follows `HistoryLocation` (none in interviews or when opted out).
    func makeReader(console: Console, mode: SessionMode) throws -> LineReader {
        StopSignals.install(includeInterrupt: !isInteractive)
        if isInteractive {
            return ReadlineLineReader(
                historyFile: HistoryLocation.file(
                    environment: ProcessInfo.processInfo.environment, mode: mode, noHistory: output.noHistory))
        }
        guard let reader = StreamLineReader() else {
            StandardConsole.standard.message("Cannot read standard input.\n")
            throw ExitCode(1)
        }
        return reader
    }

    func makePresenter(console: Console, mode: SessionMode, sessionID: String) -> SessionPresenter {
        switch output.format {
        case .text: TextSessionPresenter(console: console, mode: mode)
        case .jsonl: JSONLinesPresenter(console: console, sessionID: sessionID, mode: mode)
        }
    }

    /// Runs the controller and turns its end into an exit status; `record` keeps the session to this
    /// process until it returns.
    func run(
        session: AssessmentSession, record: any SessionRecord, metadata: SessionMetadata,
        reader: LineReader, console: Console, introductionShown: Bool = false
    ) throws {
        let presenter = makePresenter(console: console, mode: session.settings.mode, sessionID: metadata.sessionID)
        let controller = SessionController(
            session: session, record: record, metadata: metadata,
            storeOptions: store.selectionOptions, reader: reader, presenter: presenter, clock: SystemSessionClock())
        let end = withExtendedLifetime(record) { controller.run(showingIntroduction: !introductionShown) }
        reader.close()
        if case .failed = end { throw ExitCode(1) }
        switch end {
        case .saved, .discarded:
            if let signal = StopSignals.pending { throw ExitCode(StopSignals.exitStatus(signal)) }
        case .finished, .failed:
            break
        }
    }

    /// The fingerprints of the loaded banks.
    var fingerprints: [BankFingerprint] {
        bankSet.banks.map { BankFingerprint(id: $0.id, sha256: $0.contentHash, items: $0.items.count) }
    }
}
