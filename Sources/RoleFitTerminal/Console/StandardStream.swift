#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output or standard error.
public enum StandardStream: Sendable {
    /// Standard output: results, reports, exports.
    case output
    /// Standard error: prompts, progress, diagnostics.
    case error

    /// The file descriptor.
    public var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }
    /// "standard output" or "standard error", for messages.
    public var name: String { self == .output ? "standard output" : "standard error" }
    /// Whether the stream is a terminal.
    public var isTerminal: Bool { isatty(descriptor) == 1 }
}
