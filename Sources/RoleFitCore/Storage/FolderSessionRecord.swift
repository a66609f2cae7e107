import Foundation

/// A session kept as a journal file in a results folder, held by this process through its `SessionLock`.
public final class FolderSessionRecord: SessionRecord {
    /// The journal.
    public let journal: SessionJournal
    /// The results folder the finished result goes to.
    public let resultsFolder: String
    private let lock: SessionLock?

    /// A record over `journal`; `lock` (when given) is held until the record is released.
    public init(journal: SessionJournal, resultsFolder: String, lock: SessionLock?) {
        self.journal = journal
        self.resultsFolder = resultsFolder
        self.lock = lock
    }

    /// The session id.
    public var sessionID: String { journal.sessionID }

    /// The journal's path.
    public var location: String { journal.path }

    /// Reads the journal (undos applied, a torn last line dropped).
    public func read() throws(StoreError) -> SessionJournal.Contents {
        do { return try journal.read() } catch { throw StoreError(.unreadable, error.description) }
    }

    /// Appends the event and fsyncs the journal.
    public func append(_ event: SessionJournal.Event) throws(StoreError) {
        do { try journal.append(event) } catch { throw StoreError(.failed, error.description) }
    }

    /// Cuts a torn last line off the journal.
    public func repair() throws(StoreError) {
        do { try journal.repairTornTail() } catch { throw StoreError(.failed, error.description) }
    }

    /// Writes the result file, then removes the journal; a journal that cannot be removed is only a notice.
    public func finish(with document: ResultDocument) throws(StoreError) -> FinishedSession {
        let path: String
        do { path = try ResultStore(folder: resultsFolder).save(document) } catch { throw StoreError(.failed, error.description) }
        do {
            try journal.remove()
        } catch {
            return FinishedSession(
                resultLocation: path,
                notice:
                    "The result is saved, but its finished session journal could not be removed (\(error)); delete \(journal.path) by hand so that `rolefit resume` does not offer it again."
            )
        }
        return FinishedSession(resultLocation: path)
    }

    /// Deletes the journal.
    public func discard() throws(StoreError) {
        do { try journal.remove() } catch { throw StoreError(.failed, error.description) }
    }
}
