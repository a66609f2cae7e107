import Foundation
import RoleFitCore

/// The time left on a session's limit while one question waits for its answer: the prompt reads
/// "4:59 left · answer (1-4, :help) › ", a warning appears when 5 and when 1 minute are left, and
/// the question expires when the limit is reached.
final class AnswerCountdown: Countdown {
    /// The warnings, in seconds left; each is given once per session, and only when crossed.
    static let warningMarks = [300, 60]

    private let clock: SessionClock
    private let answerPrompt: String
    private let secondsLeftAtShow: Double
    private let shownAt: Double
    private let warn: (Int) -> Void
    private var warningsGiven: Set<Int>
    private var pendingWarning: Int?
    private var shownSeconds: Int

    /// Starts counting for a question shown at `shownAt` (monotonic seconds) with `secondsLeft` on the
    /// limit; `warningsGiven` are the marks already announced, `warn` shows one.
    init(
        clock: SessionClock, answerPrompt: String, secondsLeft: Double, shownAt: Double,
        warningsGiven: Set<Int>, warn: @escaping (Int) -> Void
    ) {
        self.clock = clock
        self.answerPrompt = answerPrompt
        secondsLeftAtShow = max(0, secondsLeft)
        self.shownAt = shownAt
        self.warn = warn
        // A mark at or above the time left at the start was never crossed, so it is not announced.
        self.warningsGiven = warningsGiven.union(Self.warningMarks.filter { Double($0) >= secondsLeft.rounded(.up) })
        shownSeconds = Self.displayed(secondsLeftAtShow)
    }

    /// The marks announced so far (carried to the next question).
    var announcedMarks: Set<Int> { warningsGiven }

    /// Whether an answer that took `seconds` came after the limit.
    func isLate(afterSeconds seconds: Double) -> Bool { seconds >= secondsLeftAtShow }

    /// The time the question had left when it was shown.
    var secondsLeftWhenShown: Double { secondsLeftAtShow }

    /// "4:59 left · " before the answer prompt.
    var prompt: String { Self.promptText(secondsLeft: shownSeconds, answerPrompt: answerPrompt) }

    /// The prompt text for a number of whole seconds left.
    static func promptText(secondsLeft: Int, answerPrompt: String) -> String {
        let trimmed = answerPrompt.drop { $0 == " " }
        return " \(secondsLeft / 60):\(String(format: "%02d", secondsLeft % 60)) left · \(trimmed)"
    }

    /// Reads the clock: expired, a warning crossed, a new second shown, or nothing.
    func tick() -> CountdownTick {
        let left = secondsLeftAtShow - (clock.monotonicSeconds() - shownAt)
        if left <= 0 { return .expired }
        let seconds = Self.displayed(left)
        if let mark = Self.warningMarks.first(where: { !warningsGiven.contains($0) && seconds <= $0 }) {
            warningsGiven.insert(mark)
            pendingWarning = mark
            shownSeconds = seconds
            return .warning(prompt: prompt)
        }
        guard seconds != shownSeconds else { return .unchanged }
        shownSeconds = seconds
        return .prompt(prompt)
    }

    /// Shows the warning the last tick reported.
    func announce() {
        guard let mark = pendingWarning else { return }
        pendingWarning = nil
        warn(mark)
    }

    /// Whole seconds shown for a time left: rounded up, so 0:00 never shows before the end.
    private static func displayed(_ seconds: Double) -> Int {
        SessionDuration.wholeSeconds(seconds.rounded(.up))
    }
}
