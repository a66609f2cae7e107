import Foundation
import PostgresNIO
import RoleFitCore

/// A session in the organisation store, held by this process through a session-level advisory lock
/// on its connection (the server drops it when the process ends or is killed). Each event is one row
/// keyed by (session, sequence), inserted in its own committed statement before `append` returns; a
/// write retried after a lost connection finds its row and does not add a second one.
final class PostgresSessionRecord: SessionRecord, @unchecked Sendable {
    let sessionID: String
    private let store: PostgresStore
    private var nextSequence: Int
    private var locked = false

    /// A record of `sessionID`, not yet locked.
    init(store: PostgresStore, sessionID: String, nextSequence: Int) {
        self.store = store
        self.sessionID = sessionID
        self.nextSequence = nextSequence
    }

    deinit { unlock() }

    /// The store and the session id.
    var location: String { "session \(sessionID) in \(store.displayName)" }

    private var link: PostgresLink { store.link }

    /// Tries to take the session's lock on this connection; false when another connection holds it.
    func lock() throws(StoreError) -> Bool {
        let rows = try link.query("SELECT pg_try_advisory_lock(hashtextextended('rolefit-session:' || \(sessionID), 0))")
        locked = rows.first.flatMap { try? $0.decode(Bool.self) } ?? false
        return locked
    }

    /// Gives the lock back (best effort: closing the connection gives it back too).
    func unlock() {
        guard locked, link.isConnected else { return }
        locked = false
        _ = try? link.query("SELECT pg_advisory_unlock(hashtextextended('rolefit-session:' || \(sessionID), 0))")
    }

    /// The header (with the name from `people`) and the events in sequence, replayed as a journal is.
    func read() throws(StoreError) -> SessionJournal.Contents {
        let header = try link.query(
            """
            SELECT (s.header || jsonb_build_object('candidate', p.name))::text
            FROM sessions s JOIN people p ON p.person_id = s.person_id WHERE s.session_id = \(sessionID)
            """)
        guard let headerText = header.first.flatMap({ try? $0.decode(String.self) }) else {
            throw StoreError(.notFound, "no session '\(sessionID)' in \(store.displayName)")
        }
        let events = try link.query(
            "SELECT sequence, event::text FROM answers WHERE session_id = \(sessionID) ORDER BY sequence")
        var lines = Data(headerText.utf8) + Data("\n".utf8)
        var expected = 1
        for row in events {
            guard let (sequence, text) = try? row.decode((Int, String).self), sequence == expected else {
                throw StoreError(
                    .unreadable,
                    "\(location) is damaged: its answers are not numbered 1, 2, 3… (at \(expected)); the answers before that are intact"
                )
            }
            lines += Data(text.utf8) + Data("\n".utf8)
            expected += 1
        }
        nextSequence = expected
        do {
            return try SessionJournal.parse(lines, path: location)
        } catch {
            throw StoreError(.unreadable, error.description)
        }
    }

    /// Inserts the event as the next row and returns once it is committed. A lost connection is
    /// restored (and the lock taken again) up to three times before the failure is reported.
    func append(_ event: SessionJournal.Event) throws(StoreError) {
        let text = try PostgresStore.json(event, what: "the answer")
        var lastFailure: StoreError?
        for attempt in 0..<4 {
            if attempt > 0 {
                usleep(useconds_t(attempt) * 500_000)
                do throws(StoreError) {
                    try link.connect()
                    guard try lock() else {
                        throw StoreError(
                            .inUse,
                            "while the connection was down another process took \(location); this one stops (nothing acknowledged is lost)"
                        )
                    }
                } catch  where error.kind == .unavailable {
                    lastFailure = error
                    continue
                }
            }
            do {
                try insert(event, json: text)
                nextSequence += 1
                return
            } catch  where error.kind == .unavailable {
                lastFailure = error
            }
        }
        throw lastFailure ?? StoreError(.unavailable, "the connection to \(store.displayName) was lost")
    }

    private func insert(_ event: SessionJournal.Event, json text: String) throws(StoreError) {
        let sequence = nextSequence
        let inserted = try link.query(
            """
            INSERT INTO answers (session_id, sequence, kind, item_id, event, happened_at)
            VALUES (\(sessionID), \(sequence), \(event.type.rawValue), \(event.answer?.itemID), \(text)::jsonb, \(event.at))
            ON CONFLICT (session_id, sequence) DO NOTHING RETURNING 1
            """)
        if !inserted.isEmpty { return }
        // The row exists: a retry of a write whose commit went through but whose reply was lost — or,
        // if it differs, a write by someone else, which the lock should have made impossible.
        let same = try link.query(
            "SELECT event = \(text)::jsonb FROM answers WHERE session_id = \(sessionID) AND sequence = \(sequence)")
        guard same.first.flatMap({ try? $0.decode(Bool.self) }) == true else {
            throw StoreError(
                .failed,
                "answer \(sequence) of \(location) was written by another process; this one stops (resume the session to continue)"
            )
        }
    }

    /// Nothing to repair: a row is committed whole or not at all.
    func repair() throws(StoreError) {}

    /// Stores the result and marks the session finished in one transaction, then gives the lock back.
    func finish(with document: ResultDocument) throws(StoreError) -> FinishedSession {
        try link.transaction { () throws(StoreError) in
            _ = try store.insertResult(document)
            try link.query(
                "UPDATE sessions SET finished_at = \(document.finishedAt) WHERE session_id = \(sessionID) AND finished_at IS NULL"
            )
        }
        unlock()
        return FinishedSession(resultLocation: "session \(sessionID) in \(store.displayName)")
    }

    /// Deletes the unfinished session and its answers, then gives the lock back.
    func discard() throws(StoreError) {
        try link.query("DELETE FROM sessions WHERE session_id = \(sessionID) AND finished_at IS NULL")
        unlock()
    }
}
