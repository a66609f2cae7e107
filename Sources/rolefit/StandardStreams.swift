import Foundation

/// Writes to stdout and stderr without buffering surprises.
enum StandardStreams {
    /// Writes text to standard output.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Encodes a value as pretty, key-sorted JSON and writes it with a trailing newline.
    static func outputJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        output(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }
}

/// Facts about the attached terminal.
enum Terminal {
    /// Whether colour may be used on stderr: a TTY and NO_COLOR unset.
    static var stderrIsColorTerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
