import RoleFitCore

/// How a session talks to its user: as text for people, or as JSON lines for scripts.
public protocol SessionPresenter: AnyObject {
    /// The opening: what will happen (shown once, also after a resume); `itemKinds` are the kinds of
    /// question the banks hold.
    func showIntroduction(settings: SessionSettings, itemKinds: Set<ItemKind>, resumedAnswers: Int)
    /// Shows a question (with its skill area's name) and the progress line.
    func showQuestion(_ item: Item, areaName: String, index: Int, progress: ProgressInfo)
    /// After the last answer: says that `:undo` can still change it and returns the prompt to read
    /// the choice with, or nil to finish at once.
    func offerUndoOfLastAnswer() -> String?
    /// The prompt for the answer line.
    func answerPrompt(for item: Item) -> String
    /// A one-line problem with what was typed, or another short message.
    func showNotice(_ text: String)
    /// Feedback after an answer (training mode).
    func showFeedback(for item: Item, response: ItemResponse, feedback: AnswerFeedback)
    /// The `:help` text.
    func showHelp(for item: Item)
    /// The `:progress` text.
    func showProgress(_ text: String)
    /// A warning that `secondsLeft` seconds remain on the time limit.
    func showTimeWarning(secondsLeft: Int)
    /// The time limit was reached on the open question; `lateAnswer` is what had been typed.
    func showTimeUp(lateAnswer: String?)
    /// The end: the result and where it was saved.
    func showResult(_ document: ResultDocument, path: String)
    /// The session was saved for later; `resumeCommand` continues it.
    func showSaved(sessionID: String, journalPath: String, answered: Int, resumeCommand: String)
    /// The session stopped before its first answer and was not kept.
    func showDiscarded()
}
