import Foundation

/// Reads and writes result documents in a results folder.
public struct ResultStore: Sendable {
    /// The results folder.
    public let folder: String

    /// Creates a store over `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// Encodes a document as pretty, key-sorted JSON with ISO 8601 dates.
    public static func encode(_ document: ResultDocument) throws -> Data {
        try JSONCoding.encoder(pretty: true).encode(document) + Data("\n".utf8)
    }

    /// Decodes a document written by `encode`.
    public static func decode(_ data: Data) throws -> ResultDocument {
        try JSONCoding.decoder().decode(ResultDocument.self, from: data)
    }

    /// Writes a document atomically under a new name and returns its path; never replaces a file.
    public func save(_ document: ResultDocument) throws(DurableFile.Failure) -> String {
        try DurableFile.createFolder(folder)
        let data: Data
        do {
            data = try Self.encode(document)
        } catch {
            throw DurableFile.Failure(path: folder, operation: "encode the result for", reason: "\(error)")
        }
        var attempt = 1
        while true {
            let path = (folder as NSString).appendingPathComponent(
                ResultFileName.fileName(candidate: document.candidate, startedAt: document.startedAt, attempt: attempt))
            do {
                try DurableFile.writeAtomically(data, to: path, overwrite: false)
                return path
            } catch  where error.errorNumber == EEXIST && attempt < 1000 {
                attempt += 1
            }
        }
    }

    /// The result files directly in the folder (`*.json`, not hidden), sorted by name.
    public func resultFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Item ids this candidate saw in earlier results in the folder (to avoid repeating them).
    public func itemsSeen(byCandidate candidate: String) -> [String] {
        let wanted = ResultFileName.safeName(candidate)
        var seen: [String] = []
        for file in resultFiles() where (file as NSString).lastPathComponent.contains("_\(wanted)") {
            guard case .success(let document) = ResultFileReader.read(path: file),
                ResultFileName.safeName(document.candidate) == wanted
            else { continue }
            seen += document.items.map(\.id)
        }
        return Array(Set(seen)).sorted()
    }
}
