import Foundation
import PostgresNIO
import RoleFitCore

#if canImport(Glibc)
    import Glibc
#endif

/// Turns what postgres-nio and SwiftNIO throw into one clear `StoreError`: which server, what went
/// wrong, what to do. postgres-nio's own descriptions hide the details on purpose, so the server's
/// SQLSTATE and the system's error number are read here instead.
enum PostgresErrorText {
    /// The error for a failure while talking to the server at `location`.
    static func storeError(_ error: any Error, location: PostgresLocation, password: PasswordSource) -> StoreError {
        if let error = error as? StoreError { return error }
        let server = location.socketPath.map { "the server at \($0)" } ?? "\(location.host):\(location.port)"
        guard let psql = error as? PSQLError else {
            return StoreError(.unavailable, "cannot talk to the PostgreSQL server \(server): \(error)")
        }
        switch psql.code {
        case .server:
            return serverError(psql, location: location, password: password, server: server)
        case .connectionError:
            return connectionError(psql.underlying, location: location, server: server)
        case .authMechanismRequiresPassword:
            return StoreError(
                .unavailable,
                "the PostgreSQL server \(server) asks for a password for user '\(location.user)' and there is none (\(password.origin)); set PGPASSWORD or add a line host:port:database:user:password to ~/.pgpass (mode 600)"
            )
        case .unsupportedAuthMechanism:
            return StoreError(
                .unavailable,
                "the PostgreSQL server \(server) asks for an authentication method RoleFit does not support; use scram-sha-256, md5 or trust in pg_hba.conf"
            )
        case .saslError:
            return StoreError(
                .unavailable,
                "the PostgreSQL server \(server) did not accept the password for user '\(location.user)' (from \(password.origin))"
            )
        case .sslUnsupported:
            return StoreError(
                .unavailable, "the PostgreSQL server \(server) does not offer TLS, but the store address asks for it (sslmode)")
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return StoreError(.unavailable, "the connection to the PostgreSQL server \(server) was lost")
        case .queryCancelled:
            return StoreError(.unavailable, "the PostgreSQL server \(server) cancelled the request")
        default:
            return StoreError(.unavailable, "cannot talk to the PostgreSQL server \(server) (\(psql.code))")
        }
    }

    private static func serverError(
        _ error: PSQLError, location: PostgresLocation, password: PasswordSource, server: String
    ) -> StoreError {
        let state = error.serverInfo?[.sqlState] ?? ""
        let message = error.serverInfo?[.message] ?? "an error"
        switch state {
        case "28P01":
            return StoreError(
                .unavailable,
                "the PostgreSQL server \(server) refused the password for user '\(location.user)' (from \(password.origin)); correct it in PGPASSWORD or ~/.pgpass"
            )
        case "28000":
            return StoreError(
                .unavailable,
                "the PostgreSQL server \(server) does not let user '\(location.user)' into database '\(location.database)': \(message)"
            )
        case "3D000":
            return StoreError(
                .unavailable,
                "there is no database '\(location.database)' on the PostgreSQL server \(server); create it (createdb \(location.database)), then run `rolefit store init --store \(location)`"
            )
        case "42P01":
            return StoreError(
                .schema,
                "the database '\(location.database)' on \(server) has no RoleFit tables; run `rolefit store init --store \(location)` first"
            )
        case "42501":
            return StoreError(
                .failed,
                "user '\(location.user)' may not do this in database '\(location.database)': \(message); ask its administrator")
        case "53300":
            return StoreError(.unavailable, "the PostgreSQL server \(server) has too many connections; try again in a moment")
        case "57P01", "57P02", "57P03":
            return StoreError(.unavailable, "the PostgreSQL server \(server) is shutting down or starting up (\(message))")
        case let code where code.hasPrefix("08"):
            return StoreError(.unavailable, "the connection to the PostgreSQL server \(server) failed: \(message)")
        default:
            return StoreError(.failed, "the PostgreSQL server \(server) refused: \(message) (SQLSTATE \(state))")
        }
    }

    private static func connectionError(_ underlying: (any Error)?, location: PostgresLocation, server: String) -> StoreError {
        let prefix = "cannot connect to the PostgreSQL server \(server)"
        if case .connectTimeout? = underlying as? ChannelError {
            return StoreError(.unavailable, "\(prefix): no answer within 10 s; check the host, the port and the network")
        }
        if case .alreadyClosed? = underlying as? ChannelError {
            return StoreError(.unavailable, "the connection to the PostgreSQL server \(server) was lost")
        }
        let number = errorNumber(underlying)
        switch number {
        case ECONNREFUSED:
            return StoreError(
                .unavailable, "\(prefix): connection refused; is PostgreSQL running there and listening on that port?")
        case ENOENT where location.socketPath != nil:
            return StoreError(
                .unavailable, "\(prefix): there is no socket; is PostgreSQL running with that socket folder and port?")
        case ECONNRESET, EPIPE:
            return StoreError(.unavailable, "the connection to the PostgreSQL server \(server) was lost")
        case EHOSTUNREACH, ENETUNREACH:
            return StoreError(.unavailable, "\(prefix): the host cannot be reached")
        default:
            break
        }
        if let connection = underlying as? NIOConnectionError, connection.connectionErrors.isEmpty,
            connection.dnsAError != nil || connection.dnsAAAAError != nil
        {
            return StoreError(.unavailable, "\(prefix): the host name '\(location.host)' is not known")
        }
        if underlying is NIOSSLError {
            return StoreError(.unavailable, "\(prefix): the TLS handshake failed (\(underlying.map { "\($0)" } ?? "?"))")
        }
        return StoreError(.unavailable, "\(prefix): \(underlying.map { "\($0)" } ?? "the connection failed")")
    }

    /// The system error number inside a connection failure, when there is one.
    private static func errorNumber(_ error: (any Error)?) -> Int32? {
        if let io = error as? IOError { return io.errnoCode }
        if let connection = error as? NIOConnectionError {
            for failure in connection.connectionErrors {
                if let io = failure.error as? IOError { return io.errnoCode }
            }
        }
        return nil
    }
}
