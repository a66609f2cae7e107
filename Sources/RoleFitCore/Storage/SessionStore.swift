/// Where sessions in progress and finished results are kept: a results folder (the default, one
/// person or one shared machine) or an organisation's database. Every command that reads or writes
/// sessions or results goes through one, so both kinds give the same guarantees: an answer is
/// acknowledged only once it is durable, and a session is held by one process at a time.
public protocol SessionStore: AnyObject, Sendable {
    /// The store in messages, e.g. `Results/` or `postgres://ana@db.example:5432/rolefit`.
    var displayName: String { get }
    /// The command-line options that select this store again, for the commands printed as hints
    /// (empty for the default results folder).
    var selectionOptions: [String] { get }
    /// Starts a new session with its header and returns it held by this process.
    func createSession(_ header: SessionJournal.Header) throws(StoreError) -> any SessionRecord
    /// Takes hold of an unfinished session; `.notFound` when there is none with that id, `.inUse`
    /// when another process holds it, `.finished` when it finished meanwhile.
    func openSession(_ sessionID: String) throws(StoreError) -> any SessionRecord
    /// The unfinished sessions, newest first.
    func waitingSessions() throws(StoreError) -> [WaitingSession]
    /// The finished results, each usable document with a name, and every unusable entry with its reason.
    func results() throws(StoreError) -> ResultFolder
    /// The finished result of one session, or nil when the store has none.
    func result(sessionID: String) throws(StoreError) -> LoadedResult?
    /// Adds a finished result unless the store already has one for its session; true when it was added.
    func importResult(_ document: ResultDocument) throws(StoreError) -> Bool
    /// Item ids this candidate saw in earlier results (to avoid repeating them).
    func itemsSeen(byCandidate candidate: String) throws(StoreError) -> [String]
}
