import Foundation

/// A result document and the file it was read from.
public struct LoadedResult: Sendable, Hashable {
    /// The file's path.
    public var path: String
    /// The document.
    public var document: ResultDocument

    /// Creates a loaded result.
    public init(path: String, document: ResultDocument) {
        self.path = path
        self.document = document
    }

    /// The file's name without its folder.
    public var fileName: String { (path as NSString).lastPathComponent }
}

/// A file that was skipped, and why.
public struct SkippedResultFile: Sendable, Hashable, CustomStringConvertible {
    /// The file's path.
    public var path: String
    /// Why it was skipped, to follow the path.
    public var reason: String

    /// Creates an entry.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// "Results/x.json is not complete JSON (…); skipped".
    public var description: String { "\(path) \(reason); skipped" }
}

/// What a results folder holds: the usable documents, and every other `*.json` file named with its reason.
public struct ResultFolder: Sendable {
    /// Usable documents, by file name.
    public var results: [LoadedResult]
    /// Files that were skipped.
    public var skipped: [SkippedResultFile]

    /// Creates the contents.
    public init(results: [LoadedResult], skipped: [SkippedResultFile]) {
        self.results = results
        self.skipped = skipped
    }
}

/// Why a results folder could not be read at all.
public struct ResultFolderError: Error, Sendable, CustomStringConvertible {
    /// The folder.
    public var folder: String
    /// What is wrong, with what to do.
    public var message: String

    /// The message.
    public var description: String { message }
}

/// Reads every `*.json` file directly in a results folder (not hidden files, not `.sessions/` or
/// other subfolders), keeps the usable `rolefit-result/1` documents and names every other file with
/// its reason: older or newer versions, half-written files, foreign JSON, repeated sessions.
/// `team`, `export` and later tools share it.
public struct ResultFolderReader: Sendable {
    /// The folder.
    public let folder: String

    /// Creates a reader over `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// Reads the folder; throws only when the folder itself cannot be listed.
    public func read() throws(ResultFolderError) -> ResultFolder {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw ResultFolderError(
                folder: folder, message: "there is no results folder '\(folder)'; pass --results DIR or set ROLEFIT_RESULTS")
        }
        guard isDirectory.boolValue else {
            throw ResultFolderError(
                folder: folder,
                message: "'\(folder)' is a file, not a results folder; pass the folder that holds the result files")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw ResultFolderError(folder: folder, message: "cannot list '\(folder)'; check its permissions")
        }
        var folderContents = ResultFolder(results: [], skipped: [])
        var sessions: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var entryIsDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &entryIsDirectory), !entryIsDirectory.boolValue else {
                continue
            }
            switch ResultFileReader.read(path: path) {
            case .failure(let problem):
                folderContents.skipped.append(SkippedResultFile(path: path, reason: problem.description))
            case .success(let document):
                if let first = sessions[document.sessionID] {
                    folderContents.skipped.append(
                        SkippedResultFile(
                            path: path, reason: "repeats session \(document.sessionID) already read from \(first)"))
                    continue
                }
                sessions[document.sessionID] = name
                folderContents.results.append(LoadedResult(path: path, document: document))
            }
        }
        return folderContents
    }
}
