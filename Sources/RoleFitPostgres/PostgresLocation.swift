import Foundation
import RoleFitCore

/// A PostgreSQL store's address as `--store` or `ROLEFIT_STORE` gives it:
/// `postgres://user@host:port/database` (or `postgresql://…`), with optional `?sslmode=disable|prefer|require`
/// and `?host=/folder` for a Unix socket. A password is never part of it: it comes from `PGPASSWORD` or
/// `~/.pgpass`, so it shows neither in the process list nor in a result or a printed command.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// How the connection is encrypted.
    public enum TLSMode: String, Sendable, Hashable {
        /// Never use TLS.
        case disable
        /// Use TLS when the server offers it (libpq's default).
        case prefer
        /// Insist on TLS (as libpq, without checking the certificate).
        case require
        /// Insist on TLS with a certificate the system trusts for the host name.
        case verifyFull = "verify-full"
    }

    /// The user name.
    public var user: String
    /// The host name or address (for a Unix socket: `localhost`, as libpq names it in `~/.pgpass`).
    public var host: String
    /// The port.
    public var port: Int
    /// The database.
    public var database: String
    /// The folder holding the server's Unix socket, when connecting through one.
    public var socketFolder: String?
    /// The TLS mode.
    public var tls: TLSMode

    /// The socket file inside `socketFolder` (`.s.PGSQL.<port>`).
    public var socketPath: String? { socketFolder.map { ($0 as NSString).appendingPathComponent(".s.PGSQL.\(port)") } }

    /// The address as it is shown and printed in commands: no password, the options that were given.
    public var description: String {
        var text = "postgres://\(Self.encoded(user))@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(Self.encoded(database))"
        var options: [String] = []
        if let socketFolder { options.append("host=\(socketFolder)") }
        if tls != .prefer { options.append("sslmode=\(tls.rawValue)") }
        if !options.isEmpty { text += "?" + options.joined(separator: "&") }
        return text
    }

    /// Parses a store URL; `defaultUser` stands in when it names none (libpq uses the login name).
    public static func parse(_ text: String, defaultUser: String) throws(StoreError) -> PostgresLocation {
        let form = "postgres://user@host:port/database"
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            throw StoreError(
                .unavailable, "'\(text)' is not a store address (is the port a number?); give a folder or \(form)")
        }
        guard scheme == "postgres" || scheme == "postgresql" else {
            throw StoreError(
                .unavailable,
                "'\(scheme)://' stores are not supported; RoleFit keeps results in a folder or in PostgreSQL (\(form))")
        }
        if components.password != nil {
            throw StoreError(
                .unavailable,
                "the store address must not contain a password (it would show in the process list, the shell history and printed commands); remove ':password' and set PGPASSWORD or add a line to ~/.pgpass"
            )
        }
        var socketFolder: String?
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "host":
                guard let value = item.value, value.hasPrefix("/") else {
                    throw StoreError(
                        .unavailable,
                        "'host=' in the store address takes the folder of a Unix socket, e.g. host=/var/run/postgresql")
                }
                socketFolder = value
            case "sslmode":
                guard let value = item.value, let mode = TLSMode(rawValue: value) else {
                    throw StoreError(
                        .unavailable, "sslmode must be disable, prefer, require or verify-full (got '\(item.value ?? "")')")
                }
                tls = mode
            default:
                throw StoreError(
                    .unavailable, "unknown option '\(item.name)' in the store address; RoleFit understands host= and sslmode=")
            }
        }
        if let port = components.port, !(1...65_535).contains(port) {
            throw StoreError(.unavailable, "the port in '\(text)' must be a number from 1 to 65535")
        }
        let port = components.port ?? 5432
        var host = components.host ?? ""
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.isEmpty {
            guard socketFolder != nil else {
                throw StoreError(.unavailable, "the store address '\(text)' names no host; use \(form)")
            }
            host = "localhost"
        }
        let user = components.user?.removingPercentEncoding ?? defaultUser
        guard !user.isEmpty else { throw StoreError(.unavailable, "the store address '\(text)' names no user; use \(form)") }
        var database = components.path
        if database.hasPrefix("/") { database.removeFirst() }
        database = database.removingPercentEncoding ?? database
        if database.isEmpty { database = user }
        guard !database.contains("/") else {
            throw StoreError(.unavailable, "'\(database)' is not a database name; use \(form)")
        }
        return PostgresLocation(user: user, host: host, port: port, database: database, socketFolder: socketFolder, tls: tls)
    }

    private static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
