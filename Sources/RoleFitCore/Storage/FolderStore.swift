import Foundation

/// The results folder as a store: result documents as `*.json` files, unfinished sessions as
/// journals in its `.sessions/` folder, each held with a `SessionLock`. RoleFit's default store.
public final class FolderStore: SessionStore, @unchecked Sendable {
    /// The folder used when no store is named.
    public static let defaultFolder = "Results"

    /// The results folder.
    public let folder: String
    private let lock = NSLock()
    private var knownSessions: Set<String>?

    /// A store over `folder` (created by the first session or result written to it).
    public init(folder: String) {
        self.folder = folder
    }

    /// The folder with a trailing slash.
    public var displayName: String { "\(folder)/" }

    /// `--results DIR`, or nothing for the default folder.
    public var selectionOptions: [String] { folder == Self.defaultFolder ? [] : ["--results", folder] }

    /// Creates the journal with its header and holds its lock.
    public func createSession(_ header: SessionJournal.Header) throws(StoreError) -> any SessionRecord {
        let journal = SessionJournal(resultsFolder: folder, sessionID: header.sessionID)
        do {
            let held = try journal.create(header)
            return FolderSessionRecord(journal: journal, resultsFolder: folder, lock: held)
        } catch {
            throw StoreError(.failed, error.description)
        }
    }

    /// Locks the session's journal for this process.
    public func openSession(_ sessionID: String) throws(StoreError) -> any SessionRecord {
        guard SessionJournal.isValidSessionID(sessionID) else {
            throw StoreError(.notFound, "'\(sessionID)' is not a session id")
        }
        let journal = SessionJournal(resultsFolder: folder, sessionID: sessionID)
        guard FileManager.default.fileExists(atPath: journal.path) else {
            throw StoreError(.notFound, "no session '\(sessionID)' in \(displayName)")
        }
        do {
            return FolderSessionRecord(journal: journal, resultsFolder: folder, lock: try journal.lock())
        } catch {
            switch error {
            case .inUse: throw StoreError(.inUse, error.description)
            case .finished: throw StoreError(.finished, error.description)
            case .system: throw StoreError(.failed, error.description)
            }
        }
    }

    /// The journals in `.sessions/`, newest first.
    public func waitingSessions() throws(StoreError) -> [WaitingSession] {
        do { return try WaitingSession.all(resultsFolder: folder) } catch { throw StoreError(.failed, error.description) }
    }

    /// Reads every result file (see `ResultFolderReader`).
    public func results() throws(StoreError) -> ResultFolder {
        do { return try ResultFolderReader(folder: folder).read() } catch { throw StoreError(.notFound, error.message) }
    }

    /// The result file whose document has this session id.
    public func result(sessionID: String) throws(StoreError) -> LoadedResult? {
        try results().results.first { $0.document.sessionID == sessionID }
    }

    /// Writes the document as a new file unless a result file in the folder has its session id.
    public func importResult(_ document: ResultDocument) throws(StoreError) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        var known: Set<String>
        if let cached = knownSessions {
            known = cached
        } else {
            let present = (try? ResultFolderReader(folder: folder).read())?.results ?? []
            known = Set(present.map(\.document.sessionID))
        }
        guard !known.contains(document.sessionID) else {
            knownSessions = known
            return false
        }
        do { _ = try ResultStore(folder: folder).save(document) } catch { throw StoreError(.failed, error.description) }
        known.insert(document.sessionID)
        knownSessions = known
        return true
    }

    /// Item ids in this candidate's earlier result files.
    public func itemsSeen(byCandidate candidate: String) throws(StoreError) -> [String] {
        ResultStore(folder: folder).itemsSeen(byCandidate: candidate)
    }
}
