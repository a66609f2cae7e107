import Foundation

/// An append-only file of JSON objects, one per line, each flushed to disk before `append` returns.
/// Reading tolerates a torn last line (a crash in the middle of a write): it is reported and ignored.
public struct JSONLinesLog: Sendable {
    /// The file.
    public let path: String

    /// Creates a handle on the log at `path` (the file is created by the first append).
    public init(path: String) {
        self.path = path
    }

    /// Appends one value as a line and fsyncs the file.
    public func append(_ value: some Encodable) throws(DurableFile.Failure) {
        let data: Data
        do {
            data = try JSONCoding.encoder().encode(value)
        } catch {
            throw DurableFile.Failure(path: path, operation: "encode an entry for", reason: "\(error)")
        }
        try DurableFile.append(data + Data("\n".utf8), to: path)
    }

    /// The complete lines of the log and whether a torn (unterminated or unreadable) last line was dropped.
    public struct Contents: Sendable {
        /// Each complete line's bytes, in order.
        public var lines: [Data]
        /// Whether the last line was incomplete and was ignored.
        public var droppedTornLine: Bool
    }

    /// The largest log RoleFit reads (a session journal is a few kB per hundred answers).
    public static let maximumBytes = 20_000_000

    /// Reads the complete lines.
    public func read() throws(DurableFile.Failure) -> Contents {
        switch BoundedFile.read(path, limit: Self.maximumBytes) {
        case .success(let data): return Self.lines(of: data)
        case .failure(let problem): throw DurableFile.Failure(path: path, operation: "read", reason: "it \(problem)")
        }
    }

    /// Splits a log's bytes into complete lines, dropping a torn (unterminated) last line.
    public static func lines(of data: Data) -> Contents {
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Data($0) }
        var torn = false
        if let last = lines.last {
            if last.isEmpty {
                lines.removeLast()
            } else {
                lines.removeLast()
                torn = true
            }
        }
        return Contents(lines: lines.filter { !$0.isEmpty }, droppedTornLine: torn)
    }

    /// Cuts a torn last line (bytes after the last newline) off the file, so new lines append cleanly.
    public func truncateTornTail() throws(DurableFile.Failure) {
        guard case .success(let data) = BoundedFile.read(path, limit: Self.maximumBytes), let last = data.last,
            last != UInt8(ascii: "\n")
        else { return }
        let keep = (data.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }) ?? 0
        guard truncate(path, off_t(keep)) == 0 else {
            throw DurableFile.Failure(
                path: path, operation: "repair", reason: String(cString: strerror(errno)), errorNumber: errno)
        }
    }

    /// Decodes a line with the encoder's conventions (ISO 8601 dates).
    public static func decode<Value: Decodable>(_ type: Value.Type, from line: Data) throws -> Value {
        try JSONCoding.decoder().decode(type, from: line)
    }
}
