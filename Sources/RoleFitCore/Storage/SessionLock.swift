import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive hold on one session: flock(2) on the session's journal file itself, held from the
/// moment the session is created or resumed until the process ends. The kernel drops the lock when
/// the holder exits or is killed, so a crashed session never leaves a stale lock behind; the holder's
/// process id, when the system tells it (/proc/locks), goes into the message a second process sees.
public final class SessionLock: @unchecked Sendable {
    /// Why a session could not be locked.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// Another process holds the session (its process id when known).
        case inUse(sessionPath: String, holder: Int32?)
        /// The journal is gone: the session finished (or was removed) meanwhile.
        case finished(sessionPath: String)
        /// The journal could not be opened or locked.
        case system(DurableFile.Failure)

        /// A message that says what to do.
        public var description: String {
            switch self {
            case .inUse(let path, let holder):
                let who = holder.map { "another rolefit process (pid \($0))" } ?? "another rolefit process"
                return
                    "the session in \(path) is in use by \(who); finish or quit it there first (one session runs in one place at a time)"
            case .finished(let path):
                return "the session in \(path) has just finished or was removed; its result is in the results folder"
            case .system(let failure):
                return "\(failure)"
            }
        }
    }

    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Creates a new journal file (it must not exist; mode 0600; never through a symbolic link) and locks it.
    public static func create(journalPath path: String) throws(Failure) -> SessionLock {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .system(systemFailure(path, "create")) }
        return try lock(descriptor, path: path)
    }

    /// Locks an existing journal; fails at once (no waiting) when another process holds it.
    public static func acquire(journalPath path: String) throws(Failure) -> SessionLock {
        let descriptor = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .finished(sessionPath: path) }
            if errno == ELOOP {
                throw .system(
                    DurableFile.Failure(
                        path: path, operation: "open", reason: "it is a symbolic link; a session journal must be a regular file",
                        errorNumber: ELOOP))
            }
            throw .system(systemFailure(path, "open"))
        }
        return try lock(descriptor, path: path)
    }

    private static func lock(_ descriptor: Int32, path: String) throws(Failure) -> SessionLock {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let number = errno
            var status = stat()
            let holder = fstat(descriptor, &status) == 0 ? lockHolder(of: status) : nil
            close(descriptor)
            if number == EWOULDBLOCK { throw .inUse(sessionPath: path, holder: holder) }
            errno = number
            throw .system(systemFailure(path, "lock"))
        }
        // The holder before us may have finished the session and deleted the journal while we waited
        // to open or lock it: a lock on a deleted (or replaced) file protects nothing.
        var held = stat()
        var current = stat()
        guard fstat(descriptor, &held) == 0, lstat(path, &current) == 0, held.st_nlink > 0,
            held.st_ino == current.st_ino, held.st_dev == current.st_dev,
            (held.st_mode & S_IFMT) == S_IFREG
        else {
            close(descriptor)
            throw .finished(sessionPath: path)
        }
        return SessionLock(descriptor: descriptor)
    }

    /// The process holding a flock on the file with this status, read from /proc/locks (Linux).
    private static func lockHolder(of status: stat) -> Int32? {
        guard let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        // glibc's encoding of dev_t (the makedev macros are not visible to Swift).
        let device = UInt64(status.st_dev)
        let major = ((device >> 8) & 0xFFF) | ((device >> 32) & ~UInt64(0xFFF))
        let minor = (device & 0xFF) | ((device >> 12) & ~UInt64(0xFF))
        let wanted = String(format: "%02llx:%02llx:%llu", major, minor, UInt64(status.st_ino))
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            // "1: FLOCK  ADVISORY  WRITE 12345 08:01:123456 0 EOF"
            guard fields.count >= 6, fields[1] == "FLOCK", fields[5] == wanted, let pid = Int32(fields[4]) else { continue }
            return pid
        }
        return nil
    }

    private static func systemFailure(_ path: String, _ operation: String) -> DurableFile.Failure {
        let number = errno
        return DurableFile.Failure(
            path: path, operation: operation, reason: String(cString: strerror(number)), errorNumber: number)
    }
}
