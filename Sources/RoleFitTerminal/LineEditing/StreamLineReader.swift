import Foundation

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// Reads lines from a non-interactive stream (a pipe or a file): no editing, no echo of the prompt
/// unless asked. Invalid UTF-8 is repaired with U+FFFD rather than dropped, and lines of any length
/// are read whole.
public final class StreamLineReader: LineReader {
    private let stream: UnsafeMutablePointer<FILE>
    private let echoPrompt: (String) -> Void

    /// Creates a reader over standard input.
    public convenience init?(echoPrompt: @escaping (String) -> Void = { _ in }) {
        guard let stream = fdopen(STDIN_FILENO, "r") else { return nil }
        self.init(stream: stream, echoPrompt: echoPrompt)
    }

    /// Creates a reader over a C stream.
    public init(stream: UnsafeMutablePointer<FILE>, echoPrompt: @escaping (String) -> Void = { _ in }) {
        self.stream = stream
        self.echoPrompt = echoPrompt
    }

    /// Reads the next line; `.endOfInput` at the end of the stream.
    public func readLine(prompt: String) -> LineInput {
        echoPrompt(prompt)
        if let signal = StopSignals.pending { return .stopped(signal: signal) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let length = getline(&buffer, &capacity, stream)
        if let signal = StopSignals.pending { return .stopped(signal: signal) }
        guard length >= 0, let buffer else { return .endOfInput }
        var bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: length)[...]
        if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    /// Completion does not apply to streams.
    public func setCompletions(_ words: [String]) {}

    /// Nothing to persist.
    public func close() {}
}
