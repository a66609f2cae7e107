import PostgresNIO
import RoleFitCore

/// The organisation store's tables, created and upgraded by numbered migrations that `rolefit store
/// init` applies in one transaction each, under a lock, so running it twice (or on two machines at
/// once) changes nothing the second time. Every other command checks the version first.
public enum PostgresSchema {
    /// One migration: a version, what it does, and its statements in order.
    public struct Migration: Sendable {
        /// The version the database is at after this migration.
        public var version: Int
        /// What it does, in words (kept in `rolefit_schema`).
        public var summary: String
        /// The statements.
        public var statements: [String]
    }

    /// The version this RoleFit reads and writes.
    public static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// The lock key that serialises migrations (an arbitrary constant: "RoleFit" in ASCII).
    static let migrationLock: Int64 = 0x526F_6C65_4669_74

    /// Every migration, oldest first.
    public static let migrations: [Migration] = [
        Migration(
            version: 1, summary: "people, sessions, answers and results",
            statements: [
                """
                CREATE TABLE people (
                    person_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    name text NOT NULL UNIQUE
                )
                """,
                """
                CREATE TABLE sessions (
                    session_id text PRIMARY KEY CHECK (session_id ~ '^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$'),
                    person_id bigint NOT NULL REFERENCES people (person_id),
                    mode text NOT NULL,
                    group_label text,
                    header jsonb NOT NULL,
                    started_at timestamptz NOT NULL,
                    finished_at timestamptz,
                    owner_role name NOT NULL DEFAULT current_user
                )
                """,
                """
                CREATE TABLE answers (
                    session_id text NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
                    sequence integer NOT NULL CHECK (sequence >= 1),
                    kind text NOT NULL CHECK (kind IN ('answer', 'undo', 'resume')),
                    item_id text,
                    event jsonb NOT NULL,
                    happened_at timestamptz NOT NULL,
                    committed_at timestamptz NOT NULL DEFAULT now(),
                    PRIMARY KEY (session_id, sequence)
                )
                """,
                """
                CREATE TABLE results (
                    session_id text PRIMARY KEY,
                    result_number bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
                    person_id bigint NOT NULL REFERENCES people (person_id),
                    mode text NOT NULL,
                    recommendation text NOT NULL,
                    recommended_roles text[] NOT NULL,
                    confidence double precision NOT NULL,
                    started_at timestamptz NOT NULL,
                    finished_at timestamptz NOT NULL,
                    bank_fingerprints text[] NOT NULL,
                    group_label text,
                    engine_version text NOT NULL,
                    document jsonb NOT NULL,
                    stored_at timestamptz NOT NULL DEFAULT now(),
                    owner_role name NOT NULL DEFAULT current_user
                )
                """,
            ]),
        Migration(
            version: 2, summary: "indexes for team and calibration queries; the de-identified view",
            statements: [
                "CREATE INDEX results_group_finished ON results (group_label, finished_at)",
                "CREATE INDEX results_finished ON results (finished_at)",
                "CREATE INDEX results_recommendation ON results (recommendation, finished_at)",
                "CREATE INDEX results_bank_fingerprints ON results USING gin (bank_fingerprints)",
                "CREATE INDEX results_person ON results (person_id)",
                "CREATE INDEX sessions_waiting ON sessions (started_at DESC) WHERE finished_at IS NULL",
                "CREATE INDEX sessions_person ON sessions (person_id)",
                """
                CREATE VIEW results_deidentified AS
                    SELECT result_number, mode, recommendation, recommended_roles, confidence, started_at, finished_at,
                           bank_fingerprints, group_label, engine_version,
                           document - 'candidate' - 'sessionID' AS document
                    FROM results
                """,
            ]),
        Migration(
            version: 3, summary: "names per owner; row-level security for team members and leads",
            statements: [
                "ALTER TABLE people ADD COLUMN owner_role name NOT NULL DEFAULT current_user",
                "ALTER TABLE people DROP CONSTRAINT people_name_key",
                "ALTER TABLE people ADD CONSTRAINT people_name_owner_key UNIQUE (name, owner_role)",
                """
                CREATE TABLE group_leads (
                    group_label text NOT NULL,
                    lead_role name NOT NULL,
                    PRIMARY KEY (group_label, lead_role)
                )
                """,
                // The tables' owner (who runs `store init`) and superusers are not subject to these policies.
                "ALTER TABLE people ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE sessions ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE answers ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE results ENABLE ROW LEVEL SECURITY",
                "CREATE POLICY own_people ON people USING (owner_role = current_user) WITH CHECK (owner_role = current_user)",
                "CREATE POLICY own_sessions ON sessions USING (owner_role = current_user) WITH CHECK (owner_role = current_user)",
                """
                CREATE POLICY own_answers ON answers
                    USING (EXISTS (SELECT 1 FROM sessions s WHERE s.session_id = answers.session_id AND s.owner_role = current_user))
                    WITH CHECK (EXISTS (SELECT 1 FROM sessions s WHERE s.session_id = answers.session_id AND s.owner_role = current_user))
                """,
                "CREATE POLICY own_results ON results USING (owner_role = current_user) WITH CHECK (owner_role = current_user)",
                """
                CREATE POLICY led_results ON results FOR SELECT
                    USING (group_label IN (SELECT g.group_label FROM group_leads g WHERE g.lead_role = current_user))
                """,
                """
                CREATE POLICY led_people ON people FOR SELECT
                    USING (person_id IN (SELECT r.person_id FROM results r WHERE r.group_label IN
                        (SELECT g.group_label FROM group_leads g WHERE g.lead_role = current_user)))
                """,
            ]),
    ]

    /// `store init --team-roles`: the group roles `rolefit_member` (runs sessions; sees only its own
    /// sessions, answers, names and results) and `rolefit_lead` (reads the results and names of the groups
    /// `group_leads` gives it), created when missing and granted what they need (idempotent).
    static let teamRoleStatements: [String] = [
        """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rolefit_member') THEN CREATE ROLE rolefit_member NOLOGIN; END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$
        """,
        """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rolefit_lead') THEN CREATE ROLE rolefit_lead NOLOGIN; END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$
        """,
        """
        DO $$ BEGIN
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO rolefit_member, rolefit_lead', current_database());
        END $$
        """,
        "GRANT USAGE ON SCHEMA public TO rolefit_member, rolefit_lead",
        // Every policy is evaluated for every reader, so members read group_leads too (it names roles, not people).
        "GRANT SELECT ON rolefit_schema, group_leads TO rolefit_member, rolefit_lead",
        "GRANT SELECT, INSERT, UPDATE ON people TO rolefit_member",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO rolefit_member",
        "GRANT SELECT, INSERT ON answers, results TO rolefit_member",
        "GRANT SELECT ON people, results TO rolefit_lead",
    ]

    /// The database's schema version: 0 when it has no RoleFit tables at all.
    static func version(on link: PostgresLink) throws(StoreError) -> Int {
        let exists = try link.query("SELECT to_regclass('rolefit_schema') IS NOT NULL")
        guard let row = exists.first, (try? row.decode(Bool.self)) == true else { return 0 }
        let rows = try link.query("SELECT coalesce(max(version), 0) FROM rolefit_schema")
        return rows.first.flatMap { try? $0.decode(Int.self) } ?? 0
    }

    /// Fails with what to do unless the database is at exactly `currentVersion`.
    static func check(on link: PostgresLink) throws(StoreError) {
        let found = try version(on: link)
        let location = link.location
        if found == 0 {
            throw StoreError(
                .schema,
                "the database '\(location.database)' has no RoleFit tables yet; run `rolefit store init --store \(location)` first"
            )
        }
        if found < currentVersion {
            throw StoreError(
                .schema,
                "the database '\(location.database)' is at RoleFit schema version \(found) and this RoleFit needs \(currentVersion); run `rolefit store init --store \(location)` to migrate it"
            )
        }
        if found > currentVersion {
            throw StoreError(
                .schema,
                "the database '\(location.database)' is at RoleFit schema version \(found), newer than this RoleFit knows (\(currentVersion)); upgrade RoleFit"
            )
        }
    }

    /// Applies the migrations the database lacks, up to `target`; returns the versions applied (none
    /// when it was up to date).
    @discardableResult
    static func migrate(on link: PostgresLink, upTo target: Int = currentVersion) throws(StoreError) -> [Int] {
        try link.transaction { () throws(StoreError) -> [Int] in
            try link.query("SELECT pg_advisory_xact_lock(\(migrationLock))")
            try link.query(
                """
                CREATE TABLE IF NOT EXISTS rolefit_schema (
                    version integer PRIMARY KEY,
                    summary text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """)
            let found = try version(on: link)
            if found > currentVersion {
                throw StoreError(
                    .schema,
                    "the database is at RoleFit schema version \(found), newer than this RoleFit knows (\(currentVersion)); upgrade RoleFit"
                )
            }
            var applied: [Int] = []
            for migration in migrations where migration.version > found && migration.version <= target {
                for statement in migration.statements { try link.query(PostgresQuery(unsafeSQL: statement)) }
                try link.query(
                    "INSERT INTO rolefit_schema (version, summary) VALUES (\(migration.version), \(migration.summary))")
                applied.append(migration.version)
            }
            return applied
        }
    }
}
