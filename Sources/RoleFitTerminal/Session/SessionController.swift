import Foundation
import RoleFitCore

/// Runs an adaptive session: shows each question, reads and checks answers, journals every answer
/// to disk before the next question appears, handles the colon commands and Ctrl-C/Ctrl-D, and
/// saves the result at the end.
public final class SessionController {
    private var session: AssessmentSession
    private let journal: any SessionRecord
    private var metadata: SessionMetadata
    private let storeOptions: [String]
    private let reader: LineReader
    private let presenter: SessionPresenter
    private let clock: SessionClock
    private let showsFeedback: Bool
    /// The time-limit warnings already shown (5 and 1 minute left).
    private var warningsGiven: Set<Int> = []
    /// The "about N to go" last shown (the count shown only goes down).
    private var shownRemaining: Int?
    /// Set when the store can no longer be reached (a database connection that could not be restored):
    /// the session ends with this message instead of asking again.
    private var lostStore: String?

    /// Creates a controller for a session whose record already exists (fresh or replayed) in a store;
    /// `storeOptions` select that store again in the commands shown as hints. The banks are the
    /// session's own (`session.plan.bankSet`).
    public init(
        session: AssessmentSession, record: any SessionRecord, metadata: SessionMetadata,
        storeOptions: [String], reader: LineReader, presenter: SessionPresenter, clock: SessionClock
    ) {
        self.session = session
        self.journal = record
        self.metadata = metadata
        self.storeOptions = storeOptions
        self.reader = reader
        self.presenter = presenter
        self.clock = clock
        showsFeedback = session.settings.mode == .training
    }

    /// Creates a controller for a session whose journal already exists in a results folder.
    public convenience init(
        session: AssessmentSession, journal: SessionJournal, metadata: SessionMetadata,
        resultsFolder: String, reader: LineReader, presenter: SessionPresenter, clock: SessionClock
    ) {
        self.init(
            session: session, record: FolderSessionRecord(journal: journal, resultsFolder: resultsFolder, lock: nil),
            metadata: metadata, storeOptions: FolderStore(folder: resultsFolder).selectionOptions, reader: reader,
            presenter: presenter, clock: clock)
    }

    /// The session as it stands (for tests).
    public var currentSession: AssessmentSession { session }

    /// Runs until the session finishes or is saved for later; `showingIntroduction` is false when the
    /// caller already showed it (before asking for the name).
    public func run(showingIntroduction: Bool = true) -> SessionEnd {
        if showingIntroduction {
            presenter.showIntroduction(
                settings: session.settings, itemKinds: Set(bankSet.items.map(\.kind)),
                resumedAnswers: session.answers.count)
        }
        var previousWasInterrupt = false
        var answeredHere = false
        while true {
            if let lostStore { return .failed(lostStore) }
            guard let item = session.currentQuestion else {
                // After the last answer given here, one chance to take it back before the result is made.
                guard answeredHere, session.outcome?.stopReason != .timeLimit, let prompt = presenter.offerUndoOfLastAnswer()
                else { return finish() }
                switch reader.readLine(prompt: prompt) {
                case .line(let text) where AnswerParser.isUndo(text):
                    if takeBack() { answeredHere = false }
                    continue
                case .stopped:
                    return saveForLater()
                case .line, .endOfInput, .interrupted, .timedOut:
                    return finish()
                }
            }
            answeredHere = true
            let areaName = bankSet.catalogue.area(item.area)?.name ?? item.area
            presenter.showQuestion(item, areaName: areaName, index: session.answers.count + 1, progress: progress())
            let parser = AnswerParser(item: item)
            reader.setCompletions(parser.completionWords)
            let shownAt = clock.monotonicSeconds()
            questionLoop: while true {
                if let lostStore { return .failed(lostStore) }
                let countdown = makeCountdown(for: item, shownAt: shownAt)
                let input =
                    countdown.map { reader.readLine(countdown: $0) } ?? reader.readLine(prompt: presenter.answerPrompt(for: item))
                if let countdown { warningsGiven = countdown.announcedMarks }
                let parsed: AnswerParser.Parsed
                var arrivedAfter: Double?
                switch input {
                case .timedOut(let partial):
                    if recordLate(partial, item: item, seconds: clock.monotonicSeconds() - shownAt, countdown: countdown) {
                        break questionLoop
                    }
                    return saveForLater()
                case .endOfInput, .stopped:
                    return saveForLater()
                case .interrupted:
                    if previousWasInterrupt { return saveForLater() }
                    previousWasInterrupt = true
                    presenter.showNotice(
                        "Press Ctrl-C again (or type :quit) to save and stop; you can continue later. Anything else carries on.")
                    continue questionLoop
                case .line(let text):
                    previousWasInterrupt = false
                    // With a time limit the answer's time is read once, on arrival, to check it was in time.
                    if let countdown {
                        let seconds = clock.monotonicSeconds() - shownAt
                        if countdown.isLate(afterSeconds: seconds) {
                            if recordLate(text, item: item, seconds: seconds, countdown: countdown) { break questionLoop }
                            return saveForLater()
                        }
                        arrivedAfter = seconds
                    }
                    parsed = parser.parse(text)
                }
                switch parsed {
                case .invalid(let message):
                    presenter.showNotice(message)
                case .command(.help):
                    presenter.showHelp(for: item)
                case .command(.progress):
                    presenter.showProgress(progressReport())
                case .command(.quit):
                    return saveForLater()
                case .command(.undo):
                    if takeBack() { break questionLoop }
                case .command(.skip):
                    if record(.skipped, item: item, seconds: arrivedAfter ?? clock.monotonicSeconds() - shownAt) {
                        break questionLoop
                    }
                case .answer(let response):
                    if record(response, item: item, seconds: arrivedAfter ?? clock.monotonicSeconds() - shownAt) {
                        if showsFeedback {
                            let feedback = AnswerFeedback(item: item, category: session.trace.last?.category)
                            presenter.showFeedback(for: item, response: response, feedback: feedback)
                        }
                        break questionLoop
                    }
                }
            }
        }
    }

    /// Takes back the last answer: journaled (fsync) first, then undone. Returns false, with a notice,
    /// when there is none or the undo cannot be saved.
    private func takeBack() -> Bool {
        if session.answers.isEmpty {
            presenter.showNotice("There is no answer to take back yet.")
            return false
        }
        do {
            try journal.append(.undo(at: clock.now()))
        } catch {
            presenter.showNotice(storageProblem(error))
            return false
        }
        metadata.undoCount += 1
        session = session.undoing()
        shownRemaining = nil
        presenter.showNotice("Took back your last answer.")
        return true
    }

    /// Checks the answer with the engine, journals it (fsync) and only then moves on.
    /// Returns false, with a notice, when the answer does not fit or cannot be saved.
    private func record(_ response: ItemResponse, item: Item, seconds: Double) -> Bool {
        var next = session
        let answer = AnsweredItem(itemID: item.id, response: response, seconds: SessionDuration.answerTime(seconds))
        do {
            try next.record(answer)
        } catch {
            presenter.showNotice(
                "That answer does not fit this question: \(error.description). Type \(AnswerParser(item: item).acceptedSummary).")
            return false
        }
        do {
            try journal.append(.answer(answer, at: clock.now()))
        } catch {
            presenter.showNotice(storageProblem(error))
            return false
        }
        session = next
        return true
    }

    /// The countdown for a question when the session has a time limit.
    private func makeCountdown(for item: Item, shownAt: Double) -> AnswerCountdown? {
        guard let limit = session.settings.timeLimit else { return nil }
        return AnswerCountdown(
            clock: clock, answerPrompt: presenter.answerPrompt(for: item),
            secondsLeft: limit - session.snapshot.elapsedSeconds, shownAt: shownAt, warningsGiven: warningsGiven,
            warn: { [presenter] mark in presenter.showTimeWarning(secondsLeft: mark) })
    }

    /// Records an answer that came after the time limit: the engine gets a skip (so it is not scored and
    /// the limit ends the session), the journal keeps what was typed for the interviewer.
    /// Returns false, with a notice, when it cannot be saved.
    private func recordLate(_ typed: String, item: Item, seconds: Double, countdown: AnswerCountdown?) -> Bool {
        let late = LateAnswer(itemID: item.id, text: typed)
        let spent = max(seconds, countdown?.secondsLeftWhenShown ?? 0)
        let answer = AnsweredItem(itemID: item.id, response: .skipped, seconds: SessionDuration.answerTime(spent.rounded(.up)))
        var next = session
        do {
            try next.record(answer)
            try journal.append(.lateAnswer(answer, typed: late, at: clock.now()))
        } catch {
            presenter.showNotice(storageProblem(error))
            return false
        }
        session = next
        metadata.lateAnswers.append(late)
        presenter.showTimeUp(lateAnswer: late.text.isEmpty ? nil : late.text)
        return true
    }

    private func finish() -> SessionEnd {
        guard let document = ResultBuilder(bankSet: bankSet).document(for: session, metadata: metadata, finishedAt: clock.now())
        else {
            return .failed(
                "The session ended without a result; your answers are in \(journal.location). Run `\(resumeCommand)` to try again."
            )
        }
        do {
            let finished = try journal.finish(with: document)
            if let notice = finished.notice { presenter.showNotice(notice) }
            presenter.showResult(document, path: finished.resultLocation)
            return .finished(path: finished.resultLocation)
        } catch {
            let message =
                "Could not save the result: \(error). Your answers are safe in \(journal.location); \(remedy), then run `\(resumeCommand)`."
            presenter.showNotice(message)
            return .failed(message)
        }
    }

    /// Keeps the journal for `rolefit resume`; a session with no answer is not kept (it would only
    /// be picked up by mistake later).
    private func saveForLater() -> SessionEnd {
        if let lostStore { return .failed(lostStore) }
        // If the empty journal cannot be removed it is kept like any other, and the saved line says so.
        if session.answers.isEmpty, (try? journal.discard()) != nil {
            presenter.showDiscarded()
            return .discarded
        }
        presenter.showSaved(
            sessionID: metadata.sessionID, journalPath: journal.location, answered: session.answers.count,
            resumeCommand: resumeCommand)
        return .saved(journalPath: journal.location)
    }

    /// The command that continues this session, with the options that select its store.
    private var resumeCommand: String {
        CommandHint.resume(sessionID: metadata.sessionID, storeOptions: storeOptions)
    }

    /// What to do about a store that refused a write: the folder's space and permissions, or the database.
    private var remedy: String {
        journal is FolderSessionRecord
            ? "free space or fix permissions" : "check that the database server is running and reachable"
    }

    private func storageProblem(_ error: Error) -> String {
        if journal is FolderSessionRecord {
            return
                "Could not save your answer (\(error)). Nothing was lost: the \(session.answers.count) earlier answers are in \(journal.location). Free some space or fix the folder's permissions, then answer again — or type :quit."
        }
        if let kind = (error as? StoreError)?.kind, kind == .unavailable || kind == .inUse {
            let message =
                "Could not save your answer: \(error). Nothing that was acknowledged is lost: the \(session.answers.count) earlier answers are in \(journal.location). The session stops here; once the server is back, run `\(resumeCommand)` to continue at this question."
            lostStore = message
            return message
        }
        return
            "Could not save your answer (\(error)). Nothing was lost: the \(session.answers.count) earlier answers are in \(journal.location). Answer again — or type :quit and resume later with `\(resumeCommand)`."
    }

    private func progress() -> ProgressInfo {
        let snapshot = session.snapshot
        let hasEvidence = session.answers.contains { $0.response.isAnswer }
        let remaining = SessionLength.shownRemaining(
            estimate: snapshot.estimatedRemaining, presented: snapshot.presentedCount,
            settings: session.settings, previous: shownRemaining)
        shownRemaining = remaining
        return ProgressInfo(
            questionNumber: session.answers.count + 1, estimatedRemaining: remaining,
            leadingRole: hasEvidence ? roleName(snapshot.leadingRole) : nil,
            leadingConfidence: hasEvidence ? snapshot.leaderProbability : nil)
    }

    private func progressReport() -> String {
        let snapshot = session.snapshot
        let settings = session.settings
        var lines = [
            "Question \(snapshot.presentedCount + 1) of at most \(settings.maxItems): \(snapshot.answeredCount) answered, \(snapshot.presentedCount - snapshot.answeredCount) skipped or not applicable, about \(shownRemaining ?? snapshot.estimatedRemaining) to go."
        ]
        if settings.mode != .interview && snapshot.answeredCount > 0 {
            lines.append(
                "So far \(roleName(snapshot.leadingRole)) leads (\(ReportText.percent(snapshot.leaderProbability))), then \(roleName(snapshot.runnerUp))."
            )
        }
        if let limit = settings.timeLimit {
            let left = max(0, limit - snapshot.elapsedSeconds)
            lines.append(
                "Time used \(Self.minutes(snapshot.elapsedSeconds)) of \(Self.minutes(limit)); \(Self.minutes(left)) left.")
        }
        lines.append("Your answers are saved as you go (session \(metadata.sessionID)).")
        return lines.joined(separator: "\n")
    }

    /// The banks the session runs on.
    private var bankSet: BankSet { session.plan.bankSet }

    private func roleName(_ id: String) -> String { bankSet.catalogue.role(id)?.name ?? id }

    static func minutes(_ seconds: Double) -> String { SessionDuration.clockText(seconds) }
}
