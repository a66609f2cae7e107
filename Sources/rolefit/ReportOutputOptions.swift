import ArgumentParser
import Foundation
import RoleFitCore

/// `--output FILE` and `--force` for commands that write a report: stdout by default, or a file
/// written atomically that is never replaced without --force.
struct ReportOutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("File to write ('-' or none for standard output).", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    /// Whether the report goes to standard output.
    var toStandardOutput: Bool { output == nil || output == "-" }

    func validate() throws {
        if let output, output != "-", !force, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("'\(output)' already exists; pass --force to replace it, or choose another --output")
        }
        if output?.isEmpty == true { throw ValidationError("--output needs a file name (or '-' for standard output)") }
    }

    /// Writes the report; on a file, atomically and with a note on stderr. Exits 1 when it cannot be written.
    func write(_ text: String) throws {
        guard let output, output != "-" else {
            StandardStreams.output(text)
            return
        }
        do {
            try DurableFile.writeAtomically(Data(text.utf8), to: output, overwrite: force)
        } catch {
            let hint = error.errorNumber == EEXIST ? "; pass --force to replace it"
                : error.errorNumber == 0 ? "" : "; check that the folder exists and is writable"
            StandardStreams.error("error: \(error)\(hint)\n")
            throw ExitCode(1)
        }
        StandardStreams.error("Wrote \(output).\n")
    }
}
