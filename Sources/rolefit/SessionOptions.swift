import ArgumentParser
import Foundation
import RoleFitCore

/// Options shared by `take` and `resume`: where results go, the output format and colour.
struct SessionOutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder for results and session journals (default: $ROLEFIT_RESULTS or Results/).", valueName: "dir"))
    var results: String?

    @Option(name: .long, help: "text for people, jsonl for scripts (one JSON object per line).")
    var format: SessionFormat = .text

    @Flag(name: .long, help: "Never use colour (NO_COLOR is honoured too).")
    var noColor = false

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

/// Parses durations such as `25m`, `90s`, `1h` or `1h30m` (a bare number means minutes).
struct Duration: ExpressibleByArgument {
    /// The length in seconds.
    let seconds: Double

    init?(argument: String) {
        let text = argument.lowercased().trimmingCharacters(in: .whitespaces)
        if let minutes = Double(text), minutes > 0 {
            seconds = minutes * 60
            return
        }
        var total = 0.0
        var number = ""
        for character in text {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            guard let value = Double(number) else { return nil }
            switch character {
            case "h": total += value * 3600
            case "m": total += value * 60
            case "s": total += value
            default: return nil
            }
            number = ""
        }
        guard number.isEmpty, total > 0 else { return nil }
        seconds = total
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
