// libFuzzer target: the answer lines of a `--format jsonl` session (one line per answer or command,
// Ctrl-C and end of input as control bytes) through SessionController with the JSON-lines presenter,
// then the journal it wrote, which must always read back and replay. Built only by scripts/fuzz.sh.
import Foundation
import RoleFitCore
import RoleFitTerminal

/// The settings of every fuzzed session.
let settings = SessionSettings(seed: 7)

/// The fixture catalogue and starter bank (every item kind); scripts/fuzz.sh runs from the package root.
let bankSet: BankSet? = BankLoader.load(paths: ["Tests/RoleFitCoreTests/Fixtures/Banks"]).bankSet

/// The engine's plan for those banks and settings, prepared once per process: a plan is a pure function of
/// both (`AssessmentSession.replaying(_:bankSet:settings:)` builds the same one), and preparing it was a
/// quarter of each input's time.
let plan: AssessmentPlan? = bankSet.flatMap { try? AssessmentPlan(bankSet: $0, settings: settings) }

/// A console that keeps nothing (the protocol's lines are produced and dropped).
final class DiscardingConsole: Console {
    let width = 80
    let style = TextStyle(enabled: false)
    func output(_ text: String) {}
    func outputData(_ text: String) {}
    func message(_ text: String) {}
}

/// Hands out the fuzzed lines, then the end of input.
final class FuzzedLines: LineReader {
    private var remaining: ArraySlice<LineInput>
    init(_ inputs: [LineInput]) { remaining = inputs[...] }
    func readLine(prompt: String) -> LineInput { remaining.popFirst() ?? .endOfInput }
    func setCompletions(_ words: [String]) {}
    func close() {}
}

/// A clock that moves 5 s per reading, so answer times are fixed.
final class FuzzClock: SessionClock {
    private var seconds = 0.0
    func now() -> Date { Date(timeIntervalSince1970: 1_795_000_000 + seconds) }
    func monotonicSeconds() -> Double {
        seconds += 5
        return seconds
    }
}

/// A scratch folder in memory when the system has one, so the journal's fsyncs stay cheap.
let scratch =
    (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
    + "/rolefit-fuzz-session-\(getpid())"

/// The input split into lines as StreamLineReader splits them; a line that is only 0x03 is a Ctrl-C,
/// only 0x04 the end of input.
func lines(of data: Data) -> [LineInput] {
    data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).prefix(300).map { slice in
        var bytes = Array(slice)
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        if bytes == [3] { return .interrupted }
        if bytes == [4] { return .endOfInput }
        return .line(String(decoding: bytes, as: UTF8.self))
    }
}

/// libFuzzer's entry point: one scripted session; a journal that cannot be replayed is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSessionInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let plan else {
        print(
            "FuzzSessionInput: cannot load Tests/RoleFitCoreTests/Fixtures/Banks; run it from the package root (scripts/fuzz.sh does)"
        )
        exit(2)
    }
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let folder = scratch + "/results"
    try? FileManager.default.removeItem(atPath: folder)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let journal = SessionJournal(resultsFolder: folder, sessionID: "fuzz")
    let clock = FuzzClock()
    let session = AssessmentSession(plan: plan)
    guard
        let lock = try? journal.create(
            SessionJournal.Header(
                sessionID: "fuzz", candidate: "Fuzz", settings: settings,
                banksFolder: "", banks: [], startedAt: clock.now()))
    else { return 0 }
    let console = DiscardingConsole()
    let controller = SessionController(
        session: session, journal: journal,
        metadata: SessionMetadata(sessionID: "fuzz", candidate: "Fuzz", startedAt: clock.now()), resultsFolder: folder,
        reader: FuzzedLines(lines(of: data)),
        presenter: JSONLinesPresenter(console: console, sessionID: "fuzz", mode: settings.mode),
        clock: clock)
    let end = withExtendedLifetime(lock) { controller.run() }
    if case .saved = end {
        // The invariant: what the controller journalled reads back and replays to the same answers.
        guard let contents = try? journal.read(),
            let replayed = try? AssessmentSession(plan: plan).replaying(contents.answers),
            replayed.answers == controller.currentSession.answers
        else {
            fatalError("the journal written by the session does not replay: \(journal.path)")
        }
    }
    return 0
}
