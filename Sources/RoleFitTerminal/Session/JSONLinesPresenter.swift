import Foundation
import RoleFitCore

/// Presents a session as the machine protocol (`--format jsonl`): one JSON object per line on
/// stdout — `start`, `question`, `error`, `notice`, `feedback`, `help`, `progress`, and finally
/// `result` (with the whole result document and its path), `saved`, or `discarded` (stopped before
/// the first answer, nothing kept). In an interview the candidate's side learns nothing of the
/// outcome: questions carry no leading role, and the end is `ended` (a thank-you, no result and no path).
public final class JSONLinesPresenter: SessionPresenter {
    private let console: Console
    private let sessionID: String
    private let mode: SessionMode

    /// Creates a presenter for a session in `mode`.
    public init(console: Console, sessionID: String, mode: SessionMode) {
        self.console = console
        self.sessionID = sessionID
        self.mode = mode
    }

    private struct Start: Encodable {
        let type = "start"
        let sessionID: String
        let mode: String
        let targetRole: String?
        let maxItems: Int
        let resumedAnswers: Int
    }

    private struct Option: Encodable {
        let key: String
        let letter: String?
        let text: String
    }

    private struct Question: Encodable {
        let type = "question"
        let id: String
        let index: Int
        let kind: String
        let area: String
        let areaName: String
        let prompt: String
        let options: [Option]
        let accepts: String
        let progress: Progress
    }

    private struct Progress: Encodable {
        let estimatedRemaining: Int?
        let leadingRole: String?
        let leadingConfidence: Double?
    }

    private struct Message: Encodable {
        let type: String
        let message: String
    }

    private struct Feedback: Encodable {
        let type = "feedback"
        let id: String
        let correct: Bool?
        let score: Int?
        let maxScore: Int?
        let explanation: String?
    }

    private struct Result: Encodable {
        let type = "result"
        let path: String
        let result: ResultDocument
    }

    private struct Ended: Encodable {
        let type = "ended"
        let sessionID: String
        let message: String
    }

    private struct Saved: Encodable {
        let type = "saved"
        let sessionID: String
        let journal: String
        let answered: Int
    }

    private func emit(_ value: some Encodable) {
        guard let line = try? JSONCoding.lineText(value) else { return }
        console.outputData(TerminalText.escapedInJSON(line) + "\n")
    }

    /// `{"type":"start",…}`.
    public func showIntroduction(settings: SessionSettings, itemKinds: Set<ItemKind>, resumedAnswers: Int) {
        emit(
            Start(
                sessionID: sessionID, mode: settings.mode.rawValue, targetRole: settings.targetRole,
                maxItems: settings.maxItems, resumedAnswers: resumedAnswers))
    }

    /// `{"type":"question",…}` with options keyed 1…n (self-ratings: 1…5 with their labels).
    public func showQuestion(_ item: Item, areaName: String, index: Int, progress: ProgressInfo) {
        let options = item.options.enumerated().map { offset, option in
            Option(
                key: String(offset + 1),
                letter: item.kind == .selfRating ? nil : String(UnicodeScalar(UInt8(97 + min(offset, 25)))),
                text: option.text)
        }
        emit(
            Question(
                id: item.id, index: index, kind: item.kind.rawValue, area: item.area,
                areaName: areaName, prompt: item.prompt, options: options,
                accepts: AnswerParser(item: item).acceptedSummary,
                progress: Progress(
                    estimatedRemaining: progress.estimatedRemaining,
                    leadingRole: mode == .interview ? nil : progress.leadingRole,
                    leadingConfidence: mode == .interview ? nil : progress.leadingConfidence)))
    }

    /// Scripts get the result straight after the last answer.
    public func offerUndoOfLastAnswer() -> String? { nil }

    /// No prompt: answers are plain lines.
    public func answerPrompt(for item: Item) -> String { "" }

    /// `{"type":"error","message":…}`.
    public func showNotice(_ text: String) { emit(Message(type: "error", message: text)) }

    /// `{"type":"feedback",…}`.
    public func showFeedback(for item: Item, response: ItemResponse, feedback: AnswerFeedback) {
        emit(
            Feedback(
                id: item.id, correct: feedback.correct, score: feedback.score, maxScore: feedback.maxScore,
                explanation: item.explanation))
    }

    /// `{"type":"help","message":…}`.
    public func showHelp(for item: Item) {
        emit(
            Message(
                type: "help",
                message: "Answer with \(AnswerParser(item: item).acceptedSummary). Commands: "
                    + SessionCommand.allCases.map { "\($0.typed) (\($0.summary))" }.joined(separator: ", ")))
    }

    /// `{"type":"progress","message":…}`.
    public func showProgress(_ text: String) { emit(Message(type: "progress", message: text)) }

    /// `{"type":"notice","message":"5 minutes left …"}`.
    public func showTimeWarning(secondsLeft: Int) {
        emit(Message(type: "notice", message: TimeLimitText.warning(secondsLeft: secondsLeft)))
    }

    /// `{"type":"notice","message":"Time is up …"}`.
    public func showTimeUp(lateAnswer: String?) {
        emit(Message(type: "notice", message: TimeLimitText.timeUp(lateAnswer: lateAnswer)))
    }

    /// `{"type":"result","path":…,"result":{…}}`; in an interview `{"type":"ended",…}` instead, since
    /// the result is for the interviewer.
    public func showResult(_ document: ResultDocument, path: String) {
        if mode == .interview {
            emit(Ended(sessionID: sessionID, message: InterviewEnd.message))
        } else {
            emit(Result(path: path, result: document))
        }
    }

    /// `{"type":"saved",…}`.
    public func showSaved(sessionID: String, journalPath: String, answered: Int, resumeCommand: String) {
        emit(Saved(sessionID: sessionID, journal: journalPath, answered: answered))
    }

    /// `{"type":"discarded","message":…}`: stopped before the first answer; nothing was kept.
    public func showDiscarded() {
        emit(Message(type: "discarded", message: "Nothing was answered, so no session was kept."))
    }
}
