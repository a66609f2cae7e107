/// One unfinished session held by this process in a store: its header and events, written one at a
/// time and each durable (fsync'd or committed) before `append` returns, so that a question is shown
/// only after the previous answer is safe. The hold ends when the record is released or the process ends.
public protocol SessionRecord: AnyObject, Sendable {
    /// The session id.
    var sessionID: String { get }
    /// Where the session's answers are kept, for messages: the journal's path, or the store and the id.
    var location: String { get }
    /// The header and the events, undos applied.
    func read() throws(StoreError) -> SessionJournal.Contents
    /// Records an event and returns only once it is durable.
    func append(_ event: SessionJournal.Event) throws(StoreError)
    /// Readies the record for more events after a crash (a journal loses a torn last line).
    func repair() throws(StoreError)
    /// Saves the finished session's result and retires the session (it is no longer offered to resume).
    func finish(with document: ResultDocument) throws(StoreError) -> FinishedSession
    /// Deletes the unfinished session and its answers.
    func discard() throws(StoreError)
}

/// Where a finished session's result went.
public struct FinishedSession: Sendable, Hashable {
    /// The result's location: a file's path, or the store and the session id.
    public var resultLocation: String
    /// Something to tell the person although the result is safe (a journal that could not be removed).
    public var notice: String?

    /// Creates the outcome.
    public init(resultLocation: String, notice: String? = nil) {
        self.resultLocation = resultLocation
        self.notice = notice
    }
}
