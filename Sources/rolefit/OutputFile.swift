import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// Where a command's document goes: standard output (`-` or no `--output`), or a file written
/// atomically that is never replaced without `--force`.
enum OutputFile {
    /// Whether `output` means standard output.
    static func isStandardOutput(_ output: String?) -> Bool { output == nil || output == "-" }

    /// Rejects an empty name and an existing file without `--force` (checked before any work).
    static func validate(_ output: String?, force: Bool) throws {
        if output?.isEmpty == true { throw ValidationError("--output needs a file name (or '-' for standard output)") }
        if let output, !isStandardOutput(output), !force, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("'\(output)' already exists; pass --force to replace it, or choose another --output")
        }
    }

    /// Writes `text`: to stdout through the console (sanitised when `forPeople`), or to the file;
    /// says what failed and exits 1 when the file cannot be written.
    static func write(_ text: String, to output: String?, force: Bool, forPeople: Bool) throws {
        guard let output, !isStandardOutput(output) else {
            if forPeople {
                StandardConsole.standard.output(text)
            } else {
                StandardConsole.standard.outputData(text)
            }
            return
        }
        do {
            try DurableFile.writeAtomically(Data(text.utf8), to: output, overwrite: force)
        } catch {
            let hint = error.errorNumber == EEXIST ? "pass --force to replace it" : "check that the folder exists and is writable"
            StandardConsole.standard.message("error: \(TerminalText.inline("\(error)")); \(hint)\n")
            throw ExitCode(1)
        }
    }
}
