import Foundation
import RoleFitCore
import RoleFitTerminal

/// A console that keeps what it is given.
final class RecordingConsole: Console {
    var outputText = ""
    var width: Int { 80 }
    var style: TextStyle { TextStyle(enabled: false) }
    func output(_ text: String) { outputText += text }
    func outputData(_ text: String) { outputText += text }
    func message(_ text: String) { outputText += text }
}

/// A clock that starts at a fixed date and moves `step` seconds at every reading.
final class FixedStepClock: SessionClock {
    private var seconds = 0.0
    private let origin = Date(timeIntervalSince1970: 1_795_000_000)
    func now() -> Date { origin.addingTimeInterval(seconds) }
    func monotonicSeconds() -> Double {
        seconds += 4
        return seconds
    }
}

/// A reader that answers every question with the same line (an invalid one only brings a notice),
/// then ends the input after `limit` lines.
final class RepeatingReader: LineReader {
    private var remaining: Int
    private let line: String
    init(line: String, limit: Int) {
        self.line = line
        remaining = limit
    }
    func readLine(prompt: String) -> LineInput {
        guard remaining > 0 else { return .endOfInput }
        remaining -= 1
        return .line(line)
    }
    func setCompletions(_ words: [String]) {}
    func close() {}
}

/// Runs one whole session on the shipped banks through `store`, on a fixed clock and fixed answers.
enum ScriptedSession {
    static let bankSet: BankSet? = BankLoader.load(paths: [Rolefit.banks]).bankSet

    /// The session's end; its result is in the store.
    static func run(in store: any SessionStore, sessionID: String, seed: UInt64) throws -> SessionEnd {
        guard let bankSet else { throw TestCluster.Failure(description: "the shipped banks do not load") }
        let clock = FixedStepClock()
        let settings = SessionSettings(seed: seed)
        let record = try store.createSession(
            SessionJournal.Header(
                sessionID: sessionID, candidate: "Quillon Zephyrine", settings: settings, banksFolder: Rolefit.banks, banks: [],
                startedAt: clock.now()))
        let controller = SessionController(
            session: try AssessmentSession(bankSet: bankSet, settings: settings), record: record,
            metadata: SessionMetadata(sessionID: sessionID, candidate: "Quillon Zephyrine", startedAt: clock.now()),
            storeOptions: store.selectionOptions, reader: RepeatingReader(line: "2", limit: 400),
            presenter: JSONLinesPresenter(console: RecordingConsole(), sessionID: sessionID, mode: settings.mode), clock: clock)
        return controller.run()
    }
}
