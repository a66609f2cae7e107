import ArgumentParser
import RoleFitCore
import RoleFitTerminal

/// `--output FILE` and `--force` for commands that write a report: stdout by default, or a file
/// written atomically that is never replaced without --force.
struct ReportOutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("File to write ('-' or none for standard output).", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    /// Whether the report goes to standard output.
    var toStandardOutput: Bool { OutputFile.isStandardOutput(output) }

    func validate() throws {
        try OutputFile.validate(output, force: force)
    }

    /// Writes the report (see `OutputFile.write`); on a file, with a note on stderr.
    func write(_ text: String, forPeople: Bool) throws {
        try OutputFile.write(text, to: output, force: force, forPeople: forPeople)
        if let output, !toStandardOutput { StandardConsole.standard.message("Wrote \(TerminalText.inline(output)).\n") }
    }
}
