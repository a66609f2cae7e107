import Foundation

/// Drives a program in a real terminal: a private tmux server, `send-keys` to type, `capture-pane` to read.
final class TmuxSession {
    private let socket = "rolefit-test-\(UUID().uuidString.prefix(8))"
    let name = "s"

    /// Starts `command` (run by bash) in a 100×30 terminal.
    init(command: String) throws {
        try tmux(["new-session", "-d", "-s", name, "-x", "100", "-y", "30", "bash -c '\(command)'"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Whether tmux is installed.
    static var isAvailable: Bool {
        (try? ProcessRunner.run("/usr/bin/env", ["tmux", "-V"]).status) == 0
    }

    /// Types keys (tmux key names such as `Enter`, `Left`, `C-c`, `Tab`, or literal text).
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types literal text (no key-name interpretation).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// The visible screen.
    func screen() -> String {
        (try? tmux(["capture-pane", "-p", "-t", name])) ?? ""
    }

    /// Polls the screen until `predicate` holds; returns the screen, or nil after `seconds`.
    @discardableResult
    func waitFor(seconds: Double = 20, _ predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let text = screen()
            if predicate(text) { return text }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) -> String? {
        waitFor(seconds: seconds) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try ProcessRunner.run("/usr/bin/env", ["tmux", "-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError(message: result.stderr) }
        return result.stdout
    }
}

/// A failed tmux command.
struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { "tmux: \(message)" }
}

/// Runs a command and captures its output.
///
/// It spawns with posix_spawn and closes every inherited descriptor above stderr: `tmux new-session`
/// forks a server that would otherwise inherit Foundation's process-monitoring socket, so
/// `Process.waitUntilExit()` would never return.
enum ProcessRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.path
        let outPath = folder + "/tmux-out-\(UUID().uuidString)"
        let errPath = folder + "/tmux-err-\(UUID().uuidString)"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        for descriptor in 3..<256 { posix_spawn_file_actions_addclose(&actions, Int32(descriptor)) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // Children get default signal handling and an empty mask, whatever the test runner set.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        var all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw TmuxError(message: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(
            status: exitStatus,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
