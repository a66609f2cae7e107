import ArgumentParser
import Foundation
import RoleFitCore

/// Options shared by `take` and `resume`: where sessions and results are kept, the output format and colour.
struct SessionOutputOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "text for people, jsonl for scripts (one JSON object per line).")
    var format: SessionFormat = .text

    @Flag(name: .long, help: "Never use colour (NO_COLOR is honoured too).")
    var noColor = false

    @Flag(
        name: .long,
        help: "Keep no history of typed answers on disk (ROLEFIT_NO_HISTORY=1 does the same; interviews never keep one).")
    var noHistory = false
}

/// The session output formats.
enum SessionFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}

extension SessionMode: ExpressibleByArgument {}

extension SessionDepth: ExpressibleByArgument {}
