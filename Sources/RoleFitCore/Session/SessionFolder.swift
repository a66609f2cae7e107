import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The folder that holds session journals (`.sessions` inside the results folder). It must be a real
/// folder owned by the person running RoleFit: a symbolic link (dangling or not) or someone else's
/// folder is refused, so journals never land in, or are read from, a place chosen by another user.
public enum SessionFolder {
    /// What the folder is.
    public enum State: Sendable, Equatable {
        /// It does not exist yet.
        case missing
        /// A real folder owned by this user.
        case usable
    }

    /// Checks the folder without changing anything; throws with what to do when it must not be used.
    public static func check(_ path: String) throws(DurableFile.Failure) -> State {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return .missing }
            let number = errno
            throw DurableFile.Failure(
                path: path, operation: "use", reason: String(cString: strerror(number)), errorNumber: number)
        }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFLNK {
            throw refusal(
                path,
                "it is a symbolic link; session journals are kept only in a real folder you own — remove the link (rm \(path)) or choose another --results folder"
            )
        }
        guard kind == S_IFDIR else {
            throw refusal(path, "it is not a folder; move the file away or choose another --results folder")
        }
        guard status.st_uid == geteuid() else {
            throw refusal(path, "it belongs to another user (uid \(status.st_uid)); choose your own --results folder")
        }
        return .usable
    }

    /// Checks the folder and creates it (mode 0700, its parents as needed) when it is missing.
    public static func prepare(_ path: String) throws(DurableFile.Failure) {
        guard try check(path) == .missing else { return }
        try DurableFile.createFolder((path as NSString).deletingLastPathComponent)
        if mkdir(path, 0o700) != 0, errno != EEXIST {
            let number = errno
            throw DurableFile.Failure(
                path: path, operation: "create folder", reason: String(cString: strerror(number)), errorNumber: number)
        }
        // Another process may have created it (or a link) between the check and mkdir: check again.
        guard try check(path) == .usable else {
            throw refusal(path, "it disappeared while being created; try again")
        }
    }

    private static func refusal(_ path: String, _ reason: String) -> DurableFile.Failure {
        DurableFile.Failure(path: path, operation: "use", reason: reason)
    }
}
