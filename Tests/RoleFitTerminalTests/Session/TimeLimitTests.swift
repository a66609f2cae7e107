import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitTerminal

/// A clock the test sets by hand.
final class ManualClock: SessionClock {
    var seconds: Double = 0
    func now() -> Date { Date(timeIntervalSince1970: 1_795_000_000 + seconds) }
    func monotonicSeconds() -> Double { seconds }
}

@Suite("The time limit: countdown, warnings, expiry and late answers")
struct TimeLimitTests {
    @Test("the prompt counts down, warns once at 5 and 1 minutes left, and expires at the limit")
    func countdownTicks() {
        let clock = ManualClock()
        var warned: [Int] = []
        let countdown = AnswerCountdown(
            clock: clock, answerPrompt: " answer (1-4, :help) › ", secondsLeft: 400,
            shownAt: 0, warningsGiven: [], warn: { warned.append($0) })
        #expect(countdown.prompt == " 6:40 left · answer (1-4, :help) › ")
        #expect(countdown.tick() == .unchanged)
        clock.seconds = 1.5
        #expect(countdown.tick() == .prompt(" 6:39 left · answer (1-4, :help) › "))
        clock.seconds = 100.5
        guard case .warning(let fiveMinutes) = countdown.tick() else {
            Issue.record("no warning at 5 minutes left")
            return
        }
        #expect(fiveMinutes == " 5:00 left · answer (1-4, :help) › ")
        countdown.announce()
        #expect(warned == [300])
        clock.seconds = 200.5
        #expect(countdown.tick() == .prompt(" 3:20 left · answer (1-4, :help) › "))
        clock.seconds = 340.2
        guard case .warning = countdown.tick() else {
            Issue.record("no warning at 1 minute left")
            return
        }
        countdown.announce()
        countdown.announce()
        #expect(warned == [300, 60])
        clock.seconds = 399.9
        #expect(countdown.tick() == .prompt(" 0:01 left · answer (1-4, :help) › "))
        clock.seconds = 400
        #expect(countdown.tick() == .expired)
        #expect(countdown.announcedMarks == [300, 60])
    }

    @Test("a limit shorter than a warning mark never announces that mark, and marks carry over between questions")
    func uncrossedMarks() {
        let clock = ManualClock()
        var warned: [Int] = []
        let short = AnswerCountdown(
            clock: clock, answerPrompt: "› ", secondsLeft: 120, shownAt: 0, warningsGiven: [],
            warn: { warned.append($0) })
        clock.seconds = 30
        #expect(short.tick() == .prompt(" 1:30 left · › "))
        let next = AnswerCountdown(
            clock: clock, answerPrompt: "› ", secondsLeft: 70, shownAt: 30,
            warningsGiven: short.announcedMarks, warn: { warned.append($0) })
        clock.seconds = 40.5
        guard case .warning = next.tick() else {
            Issue.record("no warning at 1 minute left")
            return
        }
        next.announce()
        #expect(warned == [60])
        #expect(next.isLate(afterSeconds: 70))
        #expect(!next.isLate(afterSeconds: 69.9))
    }

    @Test(
        "an interview whose time runs out while the candidate types: the typed answer is kept, not scored, and the end is neutral"
    )
    func expiryWhileWaiting() throws {
        let settings = SessionSettings(mode: .interview, targetRole: "tpm", timeLimit: 30, seed: 5)
        let harness = try SessionHarness(inputs: [.timedOut(partial: " 2 ")], settings: settings)
        let end = harness.controller.run()
        guard case .finished(let path) = end else {
            Issue.record("the session did not finish at the limit: \(end)")
            return
        }
        let document = try ResultFileReader.read(path: path).get()
        let first = try #require(document.items.first)
        #expect(document.items.count == 1)
        #expect(first.response == .skipped)
        #expect(first.score == nil)
        #expect(first.seconds >= 30)
        #expect(document.recommendation.stopReason == .timeLimit)
        #expect(
            document.integrity.notes.contains {
                $0.contains("Question 1 was answered after the time limit (typed: \"2\"); it was not scored.")
            })
        let screen = harness.console.outputText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(screen.contains("Your answers are saved for the interviewer."))
        for verdict in ["closest fit", "Why", "%", "0.", "Strongest", "To grow"] {
            #expect(!screen.contains(verdict), "the candidate's end screen shows \(verdict):\n\(screen)")
        }
        #expect(harness.console.messageText.contains("Time is up"))
    }

    @Test("a line that arrives after the limit is recorded as late and not scored; one in time is scored")
    func lateLine() throws {
        let clock = ManualClock()
        let settings = SessionSettings(mode: .interview, timeLimit: 60, seed: 5)
        let harness = try SessionHarness(inputs: [.line("1"), .line("1")], settings: settings, clock: clock)
        // The first answer arrives after 10 s, the second after 61 s more: past the limit.
        let ticking = TickingReader(inner: harness.reader, clock: clock, steps: [10, 61])
        let controller = SessionController(
            session: harness.controller.currentSession, journal: harness.journal,
            metadata: harness.metadata, resultsFolder: harness.resultsFolder, reader: ticking,
            presenter: TextSessionPresenter(console: harness.console, mode: .interview),
            clock: clock)
        guard case .finished(let path) = controller.run() else {
            Issue.record("the session did not finish at the limit")
            return
        }
        let document = try ResultFileReader.read(path: path).get()
        #expect(document.items.count == 2)
        #expect(document.items.first?.response != .skipped)
        #expect(document.items.last?.response == .skipped)
        #expect(document.integrity.notes.contains { $0.contains("Question 2 was answered after the time limit (typed: \"1\")") })
    }

    @Test("a journal with a late answer replays it as a skip and keeps the typed text; undo removes it")
    func journalKeepsLateAnswer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rolefit-late-\(UUID().uuidString)").path
        let journal = SessionJournal(resultsFolder: folder, sessionID: "late")
        try journal.create(
            SessionJournal.Header(
                sessionID: "late", candidate: "A", settings: SessionSettings(timeLimit: 60),
                banksFolder: "", banks: [], startedAt: Date()))
        let skip = AnsweredItem(itemID: "x", response: .skipped, seconds: 60)
        try journal.append(.lateAnswer(skip, typed: LateAnswer(itemID: "x", text: "3\u{1B}[2J"), at: Date()))
        var contents = try journal.read()
        #expect(contents.answers == [skip])
        #expect(contents.lateAnswers == [LateAnswer(itemID: "x", text: "3[2J")])
        try journal.append(.undo(at: Date()))
        contents = try journal.read()
        #expect(contents.lateAnswers.isEmpty)
    }
}

/// Advances a manual clock by the next step before each line it passes on (the time a person takes).
final class TickingReader: LineReader {
    private let inner: LineReader
    private let clock: ManualClock
    private var steps: [Double]

    init(inner: LineReader, clock: ManualClock, steps: [Double]) {
        self.inner = inner
        self.clock = clock
        self.steps = steps
    }

    func readLine(prompt: String) -> LineInput {
        if !steps.isEmpty { clock.seconds += steps.removeFirst() }
        return inner.readLine(prompt: prompt)
    }

    func setCompletions(_ words: [String]) {}
    func close() {}
}
