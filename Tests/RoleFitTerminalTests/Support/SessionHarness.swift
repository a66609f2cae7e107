import Foundation

@testable import RoleFitCore
@testable import RoleFitTerminal

/// Builds sessions over the shipped banks with scripted input, a test console and a stepping clock.
struct SessionHarness {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped banks, loaded once.
    static let bankSet: BankSet = {
        let result = BankLoader.load(paths: [packageRoot.appendingPathComponent("QuestionBanks").path])
        guard let set = result.bankSet else { fatalError("shipped banks do not load: \(result.diagnostics)") }
        return set
    }()

    let resultsFolder: String
    let journal: SessionJournal
    let console = TestConsole(width: 80)
    let reader: ScriptedLineReader
    let controller: SessionController
    let metadata: SessionMetadata

    /// A fresh session in a temporary results folder with the given settings and scripted input.
    init(
        inputs: [LineInput], settings: SessionSettings = SessionSettings(seed: 11), format: String = "text",
        clock: SessionClock = SteppingClock()
    ) throws {
        resultsFolder = FileManager.default.temporaryDirectory.appendingPathComponent("rolefit-session-\(UUID().uuidString)").path
        let sessionID = "test-session"
        journal = SessionJournal(resultsFolder: resultsFolder, sessionID: sessionID)
        metadata = SessionMetadata(sessionID: sessionID, candidate: "Test Person", startedAt: clock.now())
        try journal.create(
            SessionJournal.Header(
                sessionID: sessionID, candidate: "Test Person", settings: settings,
                banksFolder: "", banks: [], startedAt: clock.now()))
        reader = ScriptedLineReader(inputs)
        let session = try AssessmentSession(bankSet: Self.bankSet, settings: settings)
        let presenter: SessionPresenter =
            format == "jsonl"
            ? JSONLinesPresenter(console: console, sessionID: sessionID, mode: settings.mode)
            : TextSessionPresenter(console: console, mode: settings.mode)
        controller = SessionController(
            session: session, journal: journal, metadata: metadata,
            resultsFolder: resultsFolder, reader: reader, presenter: presenter, clock: clock)
    }

    /// A valid answer for an item, varied by `turn`.
    static func validAnswer(for item: Item, turn: Int) -> String {
        switch item.kind {
        case .selfRating: String(1 + turn % 5)
        case .multipleResponse: "1,\(1 + (turn % max(1, item.options.count - 1)) + 1)"
        default: String(1 + turn % item.options.count)
        }
    }
}
