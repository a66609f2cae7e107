import Foundation
import PostgresNIO
import RoleFitCore

/// An organisation's PostgreSQL database as a store: sessions, their answers (one row each, keyed by
/// session and sequence), and result documents as JSONB beside the columns teams query. Names live in
/// their own table (`people`), so the documents and the `results_deidentified` view carry none.
/// A process uses one connection; a session it runs is held by a session-level advisory lock on it.
public final class PostgresStore: SessionStore, @unchecked Sendable {
    /// The server and database.
    public let location: PostgresLocation
    /// The group label sessions are started with, and the only group whose results are read (nil: all).
    public let group: String?
    let link: PostgresLink

    /// A store at `location` with the password from `environment`; connects on first use.
    public init(location: PostgresLocation, environment: [String: String], group: String? = nil) {
        self.location = location
        self.group = group
        link = PostgresLink(location: location, password: PasswordSource.find(for: location, environment: environment))
    }

    /// Parses `address`, connects, and checks that the schema is this RoleFit's.
    public static func open(
        _ address: String, environment: [String: String], group: String? = nil
    ) throws(StoreError) -> PostgresStore {
        let location = try PostgresLocation.parse(
            address, defaultUser: environment["PGUSER"] ?? environment["USER"] ?? "postgres")
        let store = PostgresStore(location: location, environment: environment, group: group)
        try store.link.connect()
        try PostgresSchema.check(on: store.link)
        return store
    }

    /// The address (without a password).
    public var displayName: String { location.description }

    /// `--store URL` (and `--group` when one is set).
    public var selectionOptions: [String] {
        ["--store", location.description] + (group.map { ["--group", $0] } ?? [])
    }

    /// Where the database is at and what `init` would do.
    public func schemaVersion() throws(StoreError) -> Int { try PostgresSchema.version(on: link) }

    /// Creates or upgrades the schema (idempotent); returns the versions applied.
    @discardableResult
    public func migrate(upTo target: Int = PostgresSchema.currentVersion) throws(StoreError) -> [Int] {
        try PostgresSchema.migrate(on: link, upTo: target)
    }

    /// Creates the team's group roles when missing and grants them what they need (see
    /// `PostgresSchema.teamRoleStatements`); needs a user that may create roles.
    public func grantTeamRoles() throws(StoreError) {
        do {
            try link.transaction { () throws(StoreError) in
                for statement in PostgresSchema.teamRoleStatements { try link.query(PostgresQuery(unsafeSQL: statement)) }
            }
        } catch {
            throw StoreError(
                error.kind,
                "cannot create or grant the team roles (run `store init --team-roles` as the database owner with CREATEROLE, or as a superuser): \(error.message)"
            )
        }
    }

    /// Closes the connection, releasing any session this process holds.
    public func close() { link.close() }

    // MARK: Sessions

    /// Records the session (its header without the name, the name in `people`) and takes its lock.
    public func createSession(_ header: SessionJournal.Header) throws(StoreError) -> any SessionRecord {
        let headerJSON = try Self.json(header, what: "the session header")
        try link.transaction { () throws(StoreError) in
            let person = try personID(header.candidate)
            try link.query(
                """
                INSERT INTO sessions (session_id, person_id, mode, group_label, header, started_at)
                VALUES (\(header.sessionID), \(person), \(header.settings.mode.rawValue), \(group),
                        \(headerJSON)::jsonb - 'candidate', \(header.startedAt))
                """)
        }
        let record = PostgresSessionRecord(store: self, sessionID: header.sessionID, nextSequence: 1)
        guard try record.lock() else {
            throw StoreError(.inUse, "session \(header.sessionID) was taken by another process as it was created")
        }
        return record
    }

    /// Takes the session's advisory lock on this connection; refuses a finished or unknown session.
    public func openSession(_ sessionID: String) throws(StoreError) -> any SessionRecord {
        let rows = try link.query("SELECT finished_at IS NOT NULL FROM sessions WHERE session_id = \(sessionID)")
        guard let row = rows.first else {
            if try hasResult(sessionID) {
                throw StoreError(.finished, "session \(sessionID) has finished; its result is in \(displayName)")
            }
            throw StoreError(.notFound, "no session '\(sessionID)' in \(displayName)")
        }
        if (try? row.decode(Bool.self)) == true {
            throw StoreError(.finished, "session \(sessionID) has finished; its result is in \(displayName)")
        }
        let record = PostgresSessionRecord(store: self, sessionID: sessionID, nextSequence: 1)
        guard try record.lock() else {
            let holder = try lockHolder(sessionID)
            throw StoreError(
                .inUse,
                "session \(sessionID) in \(displayName) is in use by \(holder ?? "another rolefit process"); finish or quit it there first (one session runs in one place at a time)"
            )
        }
        // It may have finished while we waited for the lock.
        let again = try link.query("SELECT finished_at IS NULL FROM sessions WHERE session_id = \(sessionID)")
        guard let open = again.first, (try? open.decode(Bool.self)) == true else {
            record.unlock()
            throw StoreError(.finished, "session \(sessionID) has just finished or was removed; its result is in \(displayName)")
        }
        return record
    }

    /// The application name of the connection holding a session's lock, when the server tells.
    private func lockHolder(_ sessionID: String) throws(StoreError) -> String? {
        let rows = try link.query(
            """
            SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended('rolefit-session:' || \(sessionID), 0)
            """)
        guard let name = rows.first.flatMap({ try? $0.decode(String?.self) }) ?? nil, !name.isEmpty else { return nil }
        return name
    }

    /// The unfinished sessions, most recently active first, with their answers in force.
    public func waitingSessions() throws(StoreError) -> [WaitingSession] {
        var query: PostgresQuery = """
            SELECT s.session_id, p.name, s.started_at,
                   greatest(0, count(*) FILTER (WHERE a.kind = 'answer') - count(*) FILTER (WHERE a.kind = 'undo'))::bigint
            FROM sessions s JOIN people p ON p.person_id = s.person_id
                 LEFT JOIN answers a ON a.session_id = s.session_id
            WHERE s.finished_at IS NULL
            """
        if let group {
            query.sql += " AND s.group_label = $1"
            query.binds.append(group)
        }
        query.sql += " GROUP BY s.session_id, p.name, s.started_at"
        query.sql += " ORDER BY greatest(s.started_at, max(a.committed_at)) DESC, s.session_id"
        return try link.query(query).map { row throws(StoreError) in
            do {
                let (id, name, started, count) = try row.decode((String, String, Date, Int64).self)
                return WaitingSession(
                    sessionID: id, location: "session \(id) in \(displayName)", candidate: name, answerCount: Int(count),
                    startedAt: started)
            } catch {
                throw StoreError(.unreadable, "a session row in \(displayName) cannot be read: \(error)")
            }
        }
    }

    // MARK: Results

    /// Every result (of the group, when one is set) as one consistent snapshot, in the order a results
    /// folder lists its files; documents that do not read as `rolefit-result/1` are named and skipped.
    public func results() throws(StoreError) -> ResultFolder {
        var query: PostgresQuery = """
            SELECT r.session_id, (r.document || jsonb_build_object('candidate', p.name))::text
            FROM results r JOIN people p ON p.person_id = r.person_id
            """
        if let group {
            query.sql += " WHERE r.group_label = $1"
            query.binds.append(group)
        }
        return try folder(from: link.query(query))
    }

    /// The result of one session.
    public func result(sessionID: String) throws(StoreError) -> LoadedResult? {
        let rows = try link.query(
            """
            SELECT r.session_id, (r.document || jsonb_build_object('candidate', p.name))::text
            FROM results r JOIN people p ON p.person_id = r.person_id WHERE r.session_id = \(sessionID)
            """)
        let contents = try folder(from: rows)
        if let skipped = contents.skipped.first {
            throw StoreError(.unreadable, skipped.description)
        }
        return contents.results.first
    }

    private func folder(from rows: [PostgresRow]) throws(StoreError) -> ResultFolder {
        var folder = ResultFolder(results: [], skipped: [])
        for row in rows {
            guard let (id, text) = try? row.decode((String, String).self) else {
                throw StoreError(.unreadable, "a result row in \(displayName) cannot be read")
            }
            switch ResultFileReader.decode(Data(text.utf8)) {
            case .success(let document):
                let name = ResultFileName.fileName(candidate: document.candidate, startedAt: document.startedAt)
                folder.results.append(LoadedResult(path: name, document: document))
            case .failure(let problem):
                folder.skipped.append(SkippedResultFile(path: "result \(id) in \(displayName)", reason: problem.description))
            }
        }
        folder.results.sort { ($0.path, $0.document.sessionID) < ($1.path, $1.document.sessionID) }
        return folder
    }

    /// Stores a result unless there is one for its session already (idempotent by session id).
    public func importResult(_ document: ResultDocument) throws(StoreError) -> Bool {
        try link.transaction { () throws(StoreError) -> Bool in try insertResult(document) }
    }

    /// Inserts the result row (inside the caller's transaction); false when the session has one.
    func insertResult(_ document: ResultDocument) throws(StoreError) -> Bool {
        let text: String
        do { text = String(decoding: try ResultStore.encode(document), as: UTF8.self) } catch {
            throw StoreError(.failed, "cannot encode the result of \(document.sessionID): \(error)")
        }
        let person = try personID(document.candidate)
        let fingerprints = document.banks.map { "\($0.id):\($0.sha256)" }
        let rows = try link.query(
            """
            INSERT INTO results (session_id, person_id, mode, recommendation, recommended_roles, confidence,
                                 started_at, finished_at, bank_fingerprints, group_label, engine_version, document)
            VALUES (\(document.sessionID), \(person), \(document.mode.rawValue), \(document.recommendation.kind.rawValue),
                    \(document.recommendation.roles), \(document.recommendation.confidence), \(document.startedAt),
                    \(document.finishedAt), \(fingerprints), \(group), \(document.engineVersion),
                    \(text)::jsonb - 'candidate')
            ON CONFLICT (session_id) DO NOTHING RETURNING 1
            """)
        return !rows.isEmpty
    }

    /// Item ids in earlier results of people whose name reduces to the same safe name (as the folder store matches).
    public func itemsSeen(byCandidate candidate: String) throws(StoreError) -> [String] {
        let wanted = ResultFileName.safeName(candidate)
        let people = try link.query("SELECT person_id, name FROM people").compactMap { row -> Int64? in
            guard let (id, name) = try? row.decode((Int64, String).self) else { return nil }
            return ResultFileName.safeName(name) == wanted ? id : nil
        }
        guard !people.isEmpty else { return [] }
        let rows = try link.query(
            """
            SELECT DISTINCT item->>'id' FROM results r, jsonb_array_elements(r.document->'items') AS item
            WHERE r.person_id = ANY(\(people)) ORDER BY 1
            """)
        return rows.compactMap { try? $0.decode(String.self) }
    }

    /// Whether the store has a result for this session.
    func hasResult(_ sessionID: String) throws(StoreError) -> Bool {
        !(try link.query("SELECT 1 FROM results WHERE session_id = \(sessionID)")).isEmpty
    }

    /// The id of the row holding this name, added when new.
    func personID(_ name: String) throws(StoreError) -> Int64 {
        let rows = try link.query(
            """
            INSERT INTO people (name) VALUES (\(name))
            ON CONFLICT (name, owner_role) DO UPDATE SET name = EXCLUDED.name RETURNING person_id
            """)
        guard let id = rows.first.flatMap({ try? $0.decode(Int64.self) }) else {
            throw StoreError(.failed, "the database did not return a row for the name")
        }
        return id
    }

    /// A value as JSON text (ISO 8601 dates, sorted keys), for a JSONB column.
    static func json(_ value: some Encodable, what: String) throws(StoreError) -> String {
        do { return String(decoding: try JSONCoding.encoder().encode(value), as: UTF8.self) } catch {
            throw StoreError(.failed, "cannot encode \(what): \(error)")
        }
    }
}
