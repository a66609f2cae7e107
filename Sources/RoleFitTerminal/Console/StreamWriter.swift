#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one place the executable writes bytes to stdout and stderr. Unlike Foundation's
/// `FileHandle.write`, which traps on any error, it never crashes: a closed pipe (`| head`) ends
/// the process quietly with status 141, as if SIGPIPE had ended it, and any other failure (a full
/// disk, an I/O error) is reported on stderr when possible and ends the process with status 1.
public enum StreamWriter {
    /// The exit status after the reader of a pipe went away (128 + SIGPIPE, what shells report).
    public static let brokenPipeStatus: Int32 = 141

    /// Writes all of `text` to `stream`, or ends the process as described above.
    public static func write(_ text: String, to stream: StandardStream) {
        if let failure = writeAll(Array(text.utf8), to: stream.descriptor) { stop(failure, on: stream) }
    }

    /// Writes every byte, retrying interrupted and partial writes; returns errno on failure.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { buffer in
                #if canImport(Glibc)
                    Glibc.write(descriptor, buffer.baseAddress, buffer.count)
                #else
                    Darwin.write(descriptor, buffer.baseAddress, buffer.count)
                #endif
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                var wanted = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&wanted, 1, -1)
            } else {
                return written < 0 ? errno : EIO
            }
        }
        return nil
    }

    private static func stop(_ failure: Int32, on stream: StandardStream) -> Never {
        if failure == EPIPE { exit(brokenPipeStatus) }
        if stream == .output {
            let reason = String(cString: strerror(failure))
            _ = writeAll(
                Array("rolefit: cannot write to standard output: \(reason); nothing more was written\n".utf8),
                to: STDERR_FILENO)
        }
        exit(1)
    }
}
