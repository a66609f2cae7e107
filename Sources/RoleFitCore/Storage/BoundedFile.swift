import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a whole file only after fstat(2) on the opened descriptor says it is a regular file no
/// larger than the caller's limit, and never reads more than the limit (a file that grows meanwhile
/// is refused too). Opening does not block on a FIFO, and a device or a folder is refused unread.
public enum BoundedFile {
    /// Why a file was not read.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// There is no such file.
        case missing
        /// The path is a folder.
        case folder
        /// The path is a device, a FIFO or a socket.
        case notRegular
        /// The file is larger than the limit.
        case tooLarge(bytes: Int, limit: Int)
        /// The system refused (the strerror text).
        case unreadable(String)

        /// The reason, to follow the file's name.
        public var description: String {
            switch self {
            case .missing: "does not exist"
            case .folder: "is a folder, not a file"
            case .notRegular: "is not a regular file (a device, FIFO or socket)"
            case .tooLarge(let bytes, let limit): "is \(sizeText(bytes)), more than the \(sizeText(limit)) RoleFit reads"
            case .unreadable(let reason): "cannot be read (\(reason))"
            }
        }
    }

    /// The file's bytes, or why they were not read.
    public static func read(_ path: String, limit: Int) -> Result<Data, Problem> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .failure(.folder)
        case S_IFREG: break
        default: return .failure(.notRegular)
        }
        if Int(status.st_size) > limit { return .failure(.tooLarge(bytes: Int(status.st_size), limit: limit)) }
        var data = Data(count: min(limit, Int(status.st_size)) + 1)
        var total = 0
        let failure: Problem? = data.withUnsafeMutableBytes { buffer -> Problem? in
            guard let base = buffer.baseAddress else { return nil }
            while total < buffer.count {
                let count = Glibc.read(descriptor, base.advanced(by: total), buffer.count - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    return .unreadable(String(cString: strerror(errno)))
                }
                if count == 0 { break }
                total += count
            }
            return nil
        }
        if let failure { return .failure(failure) }
        if total > limit { return .failure(.tooLarge(bytes: total, limit: limit)) }
        if total == data.count {
            // The file grew after fstat: read on, up to the limit.
            var more = [UInt8](repeating: 0, count: 65_536)
            while total <= limit {
                let count = Glibc.read(descriptor, &more, more.count)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                data.append(contentsOf: more[0..<count])
                total += count
            }
            if total > limit { return .failure(.tooLarge(bytes: total, limit: limit)) }
        }
        data.count = total
        return .success(data)
    }

    /// "20 MB", "512 kB", "300 bytes".
    static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return "\(bytes / 1_000_000) MB" }
        if bytes >= 1_000 { return "\(bytes / 1_000) kB" }
        return "\(bytes) bytes"
    }
}
