import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Low-level file operations that reach the disk before they return: appends with fsync and
/// atomic writes (temporary file, fsync, rename, fsync of the folder).
public enum DurableFile {
    /// A failed file operation, with the path and the system's reason.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The file or folder involved.
        public var path: String
        /// What was being done: "create", "write", "sync", "rename".
        public var operation: String
        /// The system's explanation (strerror).
        public var reason: String
        /// The errno value, or 0 when the failure did not come from the system.
        public var errorNumber: Int32 = 0

        /// Creates a failure.
        public init(path: String, operation: String, reason: String, errorNumber: Int32 = 0) {
            self.path = path
            self.operation = operation
            self.reason = reason
            self.errorNumber = errorNumber
        }

        /// "cannot write Results/x.json: No space left on device" (without a trailing period, so a
        /// sentence that continues after it never shows "..").
        public var description: String {
            var text = reason
            while text.hasSuffix(".") { text.removeLast() }
            return "cannot \(operation) \(path): \(text)"
        }
    }

    /// Appends `data` to the file at `path` (creating it with mode 0600) and fsyncs it.
    /// A write that fails part-way (a full disk) is cut back off the file, so a later append never
    /// lands after a torn fragment.
    public static func append(_ data: Data, to path: String) throws(Failure) {
        try append(data, to: path, faults: .shared)
    }

    /// `append` with an explicit fault plan (for tests).
    static func append(_ data: Data, to path: String, faults: FaultInjection) throws(Failure) {
        let descriptor = openForWriting(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600, faults: faults)
        guard descriptor >= 0 else { throw failure(path, "open") }
        defer { Glibc.close(descriptor) }
        var status = stat()
        let sizeBefore: off_t? = fstat(descriptor, &status) == 0 ? status.st_size : nil
        do throws(Failure) {
            try writeAll(data, to: descriptor, path: path, faults: faults)
        } catch {
            if let sizeBefore { _ = ftruncate(descriptor, sizeBefore) }
            throw error
        }
        guard fsync(descriptor) == 0 else { throw failure(path, "sync") }
    }

    /// Writes `data` to `path` atomically: a temporary file in the same folder, fsync, then a rename
    /// that refuses to replace an existing file when `overwrite` is false. Only a regular file is ever
    /// replaced: a symbolic link, device, FIFO, socket or folder at `path` is refused before any work.
    public static func writeAtomically(_ data: Data, to path: String, overwrite: Bool) throws(Failure) {
        if overwrite { try refuseUnlessRegularOrMissing(path) }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = openForWriting(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(temporary, "create") }
        do throws(Failure) {
            try writeAll(data, to: descriptor, path: temporary, faults: .shared)
            guard fsync(descriptor) == 0 else { throw failure(temporary, "sync") }
        } catch {
            Glibc.close(descriptor)
            unlink(temporary)
            throw error
        }
        Glibc.close(descriptor)
        if overwrite {
            guard rename(temporary, path) == 0 else {
                let error = failure(path, "rename into")
                unlink(temporary)
                throw error
            }
        } else {
            // link() fails with EEXIST instead of replacing, so an existing result is never overwritten.
            guard link(temporary, path) == 0 else {
                let error = failure(path, "create")
                unlink(temporary)
                throw error
            }
            unlink(temporary)
        }
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Throws unless `path` is missing or a regular file (checked without following a symbolic link).
    static func refuseUnlessRegularOrMissing(_ path: String) throws(Failure) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        let kind: String
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFLNK: kind = "a symbolic link"
        case S_IFDIR: kind = "a folder"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFIFO: kind = "a FIFO"
        default: kind = "not a regular file"
        }
        throw Failure(
            path: path, operation: "replace",
            reason: "it is \(kind); only a regular file is replaced — write to a new file, or to standard output with '-'")
    }

    /// Creates a folder and its parents (mode 0700 for private folders).
    public static func createFolder(_ path: String, private isPrivate: Bool = false) throws(Failure) {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true,
                attributes: isPrivate ? [.posixPermissions: 0o700] : nil)
        } catch {
            throw Failure(
                path: path, operation: "create folder",
                reason: (error as NSError).localizedFailureReason ?? "\(error.localizedDescription)")
        }
    }

    /// Fsyncs a folder so a rename or a new file in it survives a crash.
    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        Glibc.close(descriptor)
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String, faults: FaultInjection) throws(Failure) {
        var failed = false
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let allowed = faults.allowance(buffer.count - offset)
                if allowed == 0 {
                    errno = ENOSPC
                    failed = true
                    return
                }
                let written = write(descriptor, base.advanced(by: offset), allowed)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                offset += written
            }
        }
        if failed { throw failure(path, "write") }
    }

    /// open(2) for writing, failing with EROFS when the fault injection says the disk is read-only.
    private static func openForWriting(
        _ path: String, _ flags: Int32, _ mode: mode_t,
        faults: FaultInjection = .shared
    ) -> Int32 {
        if faults.readOnly {
            errno = EROFS
            return -1
        }
        return open(path, flags, mode)
    }

    private static func failure(_ path: String, _ operation: String) -> Failure {
        let number = errno
        return Failure(path: path, operation: operation, reason: String(cString: strerror(number)), errorNumber: number)
    }
}

/// Disk faults for the fault-injection tests, read once from the `ROLEFIT_FAULTS` environment variable:
/// `enospc-after=N` lets this process write N bytes in all, then fails writes with ENOSPC (a partial
/// write first, as a full disk does); `erofs` fails every open for writing with EROFS (a read-only
/// disk, which root cannot simulate with permissions). Unset, it costs one branch per write.
final class FaultInjection: @unchecked Sendable {
    /// The process's fault plan.
    static let shared = FaultInjection(ProcessInfo.processInfo.environment["ROLEFIT_FAULTS"] ?? "")

    /// Whether opening files for writing fails.
    let readOnly: Bool
    private let lock = NSLock()
    private var remainingBytes: Int?

    init(_ specification: String) {
        var readOnly = false
        var remaining: Int?
        for part in specification.split(separator: ",") {
            if part == "erofs" { readOnly = true }
            if part.hasPrefix("enospc-after="), let bytes = Int(part.dropFirst("enospc-after=".count)), bytes >= 0 {
                remaining = bytes
            }
        }
        self.readOnly = readOnly
        remainingBytes = remaining
    }

    /// How many of `wanted` bytes the next write may write (0: the disk is full), charged to the budget.
    func allowance(_ wanted: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        guard let remaining = remainingBytes else { return wanted }
        let allowed = min(wanted, remaining)
        remainingBytes = remaining - allowed
        return allowed
    }
}
