import ArgumentParser
import Foundation
import RoleFitCore

/// Options shared by `take` and `resume`: where results go, the output format and colour.
struct SessionOutputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Folder for results and session journals (default: $ROLEFIT_RESULTS or Results/).", valueName: "dir"))
    var results: String?

    @Option(name: .long, help: "text for people, jsonl for scripts (one JSON object per line).")
    var format: SessionFormat = .text

    @Flag(name: .long, help: "Never use colour (NO_COLOR is honoured too).")
    var noColor = false

    @Flag(
        name: .long,
        help: "Keep no history of typed answers on disk (ROLEFIT_NO_HISTORY=1 does the same; interviews never keep one).")
    var noHistory = false

    func validate() throws {
        if results?.isEmpty == true {
            throw ValidationError("--results needs a folder name (or leave it out for $ROLEFIT_RESULTS or Results/)")
        }
    }

    /// The results folder: the option, then ROLEFIT_RESULTS, then Results/.
    var resultsFolder: String {
        results ?? ProcessInfo.processInfo.environment["ROLEFIT_RESULTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "Results"
    }
}

/// The session output formats.
enum SessionFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}

extension SessionMode: ExpressibleByArgument {}

extension SessionDepth: ExpressibleByArgument {}
