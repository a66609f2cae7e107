import Foundation
import RoleFitCore

#if canImport(RoleFitPostgres)
    import RoleFitPostgres
#endif

/// The one place the executable reaches the PostgreSQL store, so a build without it (the sanitizer
/// builds set ROLEFIT_NO_POSTGRES) still compiles and says plainly what is missing.
enum OrganisationStore {
    /// Whether `text` is a store address (`scheme://…`) rather than a folder.
    static func isAddress(_ text: String) -> Bool {
        guard let range = text.range(of: "://") else { return false }
        let scheme = text[text.startIndex..<range.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    #if canImport(RoleFitPostgres)
        /// Connects to the database and checks its schema.
        static func open(_ address: String, environment: [String: String], group: String?) throws(StoreError) -> any SessionStore
        {
            try PostgresStore.open(address, environment: environment, group: group)
        }

        /// Creates or migrates the schema; returns the versions applied and the version now in force.
        static func initialise(_ address: String, environment: [String: String], teamRoles: Bool) throws(StoreError) -> (
            applied: [Int], version: Int
        ) {
            let location = try PostgresLocation.parse(
                address, defaultUser: environment["PGUSER"] ?? environment["USER"] ?? "postgres")
            let store = PostgresStore(location: location, environment: environment)
            defer { store.close() }
            let applied = try store.migrate()
            if teamRoles { try store.grantTeamRoles() }
            return (applied, try store.schemaVersion())
        }
    #else
        private static var missing: StoreError {
            StoreError(.unavailable, "this build of rolefit has no PostgreSQL support (it was built with ROLEFIT_NO_POSTGRES)")
        }

        /// This build cannot reach a database.
        static func open(_ address: String, environment: [String: String], group: String?) throws(StoreError) -> any SessionStore
        {
            throw missing
        }

        /// This build cannot reach a database.
        static func initialise(_ address: String, environment: [String: String], teamRoles: Bool) throws(StoreError) -> (
            applied: [Int], version: Int
        ) {
            throw missing
        }
    #endif
}
