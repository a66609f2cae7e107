/// Why a file in a results folder could not be read as a result document.
public enum ResultFileProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// There is no such file.
    case missing
    /// The path is a folder.
    case folder
    /// The file could not be opened or read.
    case unreadable
    /// The path is a device, a FIFO or a socket.
    case notRegularFile
    /// The file is empty.
    case empty
    /// The file is too large to be a result document.
    case tooLarge(bytes: Int)
    /// The bytes are not complete JSON (a half-written or truncated file).
    case notJSON
    /// Valid JSON, but not a RoleFit result (no `"schema": "rolefit-result/…"`).
    case foreign
    /// A RoleFit result in a format this version does not read.
    case otherVersion(String)
    /// Says `rolefit-result/1` but does not match it.
    case malformed(String)

    /// The reason in words, to follow the file's name.
    public var description: String {
        switch self {
        case .missing:
            "does not exist; check the path"
        case .folder:
            "is a folder, not a result file"
        case .unreadable:
            "cannot be read; check its permissions"
        case .notRegularFile:
            "is not a regular file (a device, FIFO or socket)"
        case .empty:
            "is empty (a half-written file?)"
        case .tooLarge(let bytes):
            "is \(bytes / 1_000_000) MB, too large to be a result document"
        case .notJSON:
            "is not complete JSON (a half-written or truncated file?)"
        case .foreign:
            "is JSON but not a RoleFit result (it has no \"schema\": \"rolefit-result/…\")"
        case .otherVersion(let schema):
            "was written by another RoleFit version (\(schema)); this version reads \(ResultDocument.schemaIdentifier)"
        case .malformed(let detail):
            "does not match \(ResultDocument.schemaIdentifier): \(detail)"
        }
    }
}
