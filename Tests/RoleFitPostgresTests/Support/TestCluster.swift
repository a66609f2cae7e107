import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A throwaway PostgreSQL cluster: `initdb` in a temporary folder, `pg_ctl` on a free port of
/// 127.0.0.1 (and a Unix socket in the same folder), password authentication for the `rolefit` user.
/// As root it runs as the `postgres` user (or `nobody`), since initdb refuses root. A watcher process
/// stops the server and removes the folder when the test process ends, however it ends.
final class TestCluster: @unchecked Sendable {
    /// Why a cluster could not be started.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The user the tests connect as (the cluster's superuser).
    let user = "rolefit"
    /// Its password (random per cluster), given to rolefit through PGPASSWORD.
    let password: String
    /// The TCP port on 127.0.0.1.
    let port: Int
    /// The temporary folder holding the data folder, the log and the socket.
    let folder: URL
    private let binaries: URL
    private let serverUser: String?
    private var databaseCount = 0
    private let lock = NSLock()

    /// The cluster shared by the whole test process, started on first use.
    static let shared: Result<TestCluster, Failure> = Result { () throws(Failure) -> TestCluster in try TestCluster() }

    /// The shared cluster, or a test failure that says why there is none.
    static func sharedOrFail() throws -> TestCluster {
        switch shared {
        case .success(let cluster): return cluster
        case .failure(let failure): throw failure
        }
    }

    /// Starts a new cluster.
    init() throws(Failure) {
        binaries = try Self.findBinaries()
        serverUser = geteuid() == 0 ? Self.serverAccount() : nil
        password = "pw-" + UUID().uuidString.prefix(12).lowercased()
        folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("rolefit-pg-\(UUID().uuidString.prefix(8))")
        port = try Self.freePort()
        let data = folder.appendingPathComponent("data")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data((password + "\n").utf8).write(to: folder.appendingPathComponent("pwfile"))
        } catch {
            throw Failure(description: "cannot prepare \(folder.path): \(error)")
        }
        if let serverUser { try Self.run("/bin/chown", ["-R", serverUser, folder.path]) }
        try runAsServer(
            "initdb",
            [
                "-D", data.path, "-U", user, "--pwfile", folder.appendingPathComponent("pwfile").path, "--auth=scram-sha-256",
                "--encoding=UTF8", "--locale=C", "--no-sync",
            ])
        watch()
        try start()
    }

    /// Starts (or restarts) the server and waits until it accepts connections.
    func start() throws(Failure) {
        let options =
            "-c port=\(port) -c listen_addresses=127.0.0.1 -c unix_socket_directories=\(folder.path) -c max_connections=250 -c shared_buffers=32MB"
        try runAsServer(
            "pg_ctl",
            [
                "-D", folder.appendingPathComponent("data").path, "-l", folder.appendingPathComponent("log").path, "-o", options,
                "-w", "-t", "60", "start",
            ])
    }

    /// Stops the server at once (as a crash or a pulled plug would), or politely.
    func stop(immediately: Bool = true) {
        _ = try? runAsServer(
            "pg_ctl", ["-D", folder.appendingPathComponent("data").path, "-m", immediately ? "immediate" : "fast", "-w", "stop"])
    }

    /// A new empty database (one per test, so tests running side by side never meet).
    func makeDatabase() throws -> String {
        lock.lock()
        databaseCount += 1
        let name = "t\(databaseCount)_\(UUID().uuidString.prefix(6).lowercased())"
        lock.unlock()
        try runAsServer(
            "createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", user, name], environment: ["PGPASSWORD": password])
        return name
    }

    /// The store address of a database.
    func address(_ database: String) -> String { "postgres://\(user)@127.0.0.1:\(port)/\(database)" }

    /// The environment rolefit needs to reach the cluster (the password, and no stray store settings).
    var environment: [String: String] { ["PGPASSWORD": password, "PGPASSFILE": "/dev/null"] }

    /// Runs a statement with psql (as the superuser, or as `login` with its password) and returns what it
    /// printed (unaligned, tuples only).
    func sql(_ statement: String, database: String, as login: (user: String, password: String)? = nil) throws -> String {
        try runAsServer(
            "psql",
            [
                "-h", "127.0.0.1", "-p", String(port), "-U", login?.user ?? user, "-d", database, "-X", "-A", "-t", "-v",
                "ON_ERROR_STOP=1", "-c", statement,
            ],
            environment: ["PGPASSWORD": login?.password ?? password])
    }

    /// The store address of a database for another login.
    func address(_ database: String, user login: String) -> String {
        "postgres://\(login)@127.0.0.1:\(port)/\(database)"
    }

    // MARK: Processes

    @discardableResult
    private func runAsServer(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws(Failure) -> String
    {
        let executable =
            tool == "psql" || tool == "createdb"
            ? Self.clientTool(tool, near: binaries) : binaries.appendingPathComponent(tool).path
        if let serverUser {
            let assignments = environment.map { "\($0.key)=\($0.value)" }
            return try Self.run(
                "/usr/sbin/runuser", ["-u", serverUser, "--", "/usr/bin/env"] + assignments + [executable] + arguments)
        }
        return try Self.run(executable, arguments, environment: environment)
    }

    /// Runs a tool to its end (posix_spawn and waitpid, not Foundation's Process: see `cleanStart`).
    @discardableResult
    private static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws(Failure)
        -> String
    {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pg-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let pid = try spawn([executable] + arguments, environment: environment, output: output.path)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else {
                throw Failure(description: "waiting for \(executable): \(String(cString: strerror(errno)))")
            }
        }
        let text = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
        guard (status & 0x7f) == 0 && (status >> 8) & 0xff == 0 else {
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed (status \(status)):\n\(text)")
        }
        return text
    }

    /// The shell words that start a tool in /tmp with no descriptor but 0–2 open: Foundation's Process
    /// learns that a child ended when the last copy of a socket it gave the child closes, so a server
    /// that kept a copy of one (inherited while another test was starting a process) would hide that
    /// process's end for as long as the server runs.
    private static let cleanStart = [
        "/bin/bash", "-c",
        "cd /tmp || exit 1; for fd in $(ls /proc/$$/fd); do [ \"$fd\" -gt 2 ] && eval \"exec $fd>&-\"; done; exec \"$@\"",
        "bash",
    ]

    /// Spawns `arguments` through `cleanStart` with stdin from /dev/null and stdout, stderr to `output`.
    private static func spawn(_ arguments: [String], environment: [String: String], output: String) throws(Failure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let argv = (cleanStart + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, cleanStart[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot run \(arguments.first ?? "?"): \(String(cString: strerror(spawned)))")
        }
        return pid
    }

    /// Starts a shell that waits for this process to end, then stops the server and deletes the folder.
    private func watch() {
        let stop =
            (serverUser.map { "/usr/sbin/runuser -u \($0) -- " } ?? "")
            + "\(binaries.appendingPathComponent("pg_ctl").path) -D \(folder.appendingPathComponent("data").path) -m immediate -w stop"
        let script =
            "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop) >/dev/null 2>&1; rm -rf \(folder.path)"
        _ = try? Self.spawn(["/bin/sh", "-c", script], environment: [:], output: "/dev/null")
    }

    // MARK: Finding things

    /// The folder with initdb and pg_ctl: on PATH (/usr/local/bin here), else Debian's /usr/lib/postgresql/NN/bin.
    private static func findBinaries() throws(Failure) -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("initdb")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate.resolvingSymlinksInPath().deletingLastPathComponent()
            }
        }
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .compactMap(Int.init).sorted(by: >)
        for version in versions {
            let folder = URL(fileURLWithPath: "/usr/lib/postgresql/\(version)/bin")
            if FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("initdb").path) { return folder }
        }
        throw Failure(
            description:
                "PostgreSQL's initdb was not found on PATH or in /usr/lib/postgresql/*/bin; run scripts/install-deps.sh test")
    }

    /// psql and createdb: beside initdb when there, else on PATH.
    private static func clientTool(_ name: String, near binaries: URL) -> String {
        let beside = binaries.appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return "/usr/bin/\(name)"
    }

    /// The account that runs the server when the tests run as root.
    private static func serverAccount() -> String {
        getpwnam("postgres") != nil ? "postgres" : "nobody"
    }

    /// A port on 127.0.0.1 that nothing listens on now.
    static func freePort() throws(Failure) -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw Failure(description: "bind: \(String(cString: strerror(errno)))") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
