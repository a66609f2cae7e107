import Foundation
import PostgresNIO
import RoleFitCore

/// One connection to the organisation's database, used synchronously: the commands and the session
/// loop are plain blocking code, so every request waits for its reply (on SwiftNIO's own threads),
/// with a deadline after which the connection is closed and the request fails.
final class PostgresLink: @unchecked Sendable {
    /// The server and database.
    let location: PostgresLocation
    /// The password and where it came from.
    let password: PasswordSource
    /// How long one request may take before the connection is given up.
    let requestTimeout: TimeAmount
    private var connection: PostgresConnection?
    private let logger: Logger

    /// A link that connects on first use.
    init(location: PostgresLocation, password: PasswordSource, requestTimeout: TimeAmount = .seconds(30)) {
        self.location = location
        self.password = password
        self.requestTimeout = requestTimeout
        var logger = Logger(label: "rolefit.store")
        logger.logLevel = .critical
        self.logger = logger
    }

    deinit { close() }

    /// Whether a connection is open now.
    var isConnected: Bool { connection.map { !$0.isClosed } ?? false }

    /// Opens the connection unless it is open.
    func connect() throws(StoreError) {
        if isConnected { return }
        connection = nil
        var configuration: PostgresConnection.Configuration
        if let socket = location.socketPath {
            configuration = .init(
                unixSocketPath: socket, username: location.user, password: password.password, database: location.database)
        } else {
            configuration = .init(
                host: location.host, port: location.port, username: location.user, password: password.password,
                database: location.database, tls: try tlsConfiguration())
        }
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = [
            ("application_name", "rolefit (pid \(ProcessInfo.processInfo.processIdentifier))")
        ]
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw PostgresErrorText.storeError(error, location: location, password: password)
        }
    }

    /// Runs one statement (connecting first when needed) and returns its rows.
    @discardableResult
    func query(_ query: PostgresQuery) throws(StoreError) -> [PostgresRow] {
        try connect()
        guard let connection else { throw StoreError(.unavailable, "the connection to \(location) was lost") }
        let deadline = connection.eventLoop.scheduleTask(in: requestTimeout) { () -> Void in
            let closing: EventLoopFuture<Void> = connection.close()
            _ = closing
        }
        defer { deadline.cancel() }
        do {
            return try connection.query(query, logger: logger).wait().rows
        } catch {
            if connection.isClosed { self.connection = nil }
            throw PostgresErrorText.storeError(error, location: location, password: password)
        }
    }

    /// Runs `body` between BEGIN and COMMIT; anything thrown rolls back. Returns once COMMIT is answered.
    func transaction<Value>(_ body: () throws(StoreError) -> Value) throws(StoreError) -> Value {
        try query("BEGIN")
        let value: Value
        do {
            value = try body()
        } catch {
            if isConnected { _ = try? query("ROLLBACK") }
            throw error
        }
        try query("COMMIT")
        return value
    }

    /// Closes the connection (releasing every session lock it holds).
    func close() {
        if let connection, !connection.isClosed {
            let closing: EventLoopFuture<Void> = connection.close()
            _ = try? closing.wait()
        }
        connection = nil
    }

    private func tlsConfiguration() throws(StoreError) -> PostgresConnection.Configuration.TLS {
        var settings = TLSConfiguration.makeClientConfiguration()
        switch location.tls {
        case .disable:
            return .disable
        case .prefer, .require:
            // As libpq: these encrypt but do not check the certificate; verify-full does.
            settings.certificateVerification = .none
        case .verifyFull:
            break
        }
        let context: NIOSSLContext
        do { context = try NIOSSLContext(configuration: settings) } catch {
            throw StoreError(.unavailable, "cannot set up TLS for \(location): \(error)")
        }
        return location.tls == .prefer ? .prefer(context) : .require(context)
    }
}
