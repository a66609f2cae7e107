import ArgumentParser
import RoleFitCore
import RoleFitTerminal

/// The formats `rolefit team` writes.
enum TeamFormat: String, ExpressibleByArgument, CaseIterable {
    case text, html, json, csv
}

extension TeamCSV.Table: ExpressibleByArgument {}

/// `rolefit team [--results DIR] [--format text|html|json|csv] [--output FILE]`: a training group's results together.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Summarise a results folder: members, role mix, skill heat map, weakest areas, question statistics.",
        discussion: """
            Area statistics are the mean and sample SD (n − 1) of the members measured in the area. Discrimination is the \
            point-biserial correlation between a question's score and the member's mean area score (uncorrected). \
            --format csv writes one table: --table members (the heat map's numbers, default), areas or questions. \
            Files that are not rolefit-result/1 documents are named on stderr and skipped; exits 1 when none is left.
            """
    )

    @OptionGroup var location: StoreOptions

    @Option(name: .long, help: "text, html, json or csv.")
    var format: TeamFormat = .text

    @Option(name: .long, help: ArgumentHelp("With --format csv: members, areas or questions.", valueName: "table"))
    var table: TeamCSV.Table?

    @OptionGroup var output: ReportOutputOptions

    func validate() throws {
        if table != nil && format != .csv { throw ValidationError("--table goes with --format csv") }
    }

    func run() throws {
        let store = try location.openOrExit()
        let results = try location.loadOrExit(store).results
        guard !results.isEmpty else {
            if store is FolderStore {
                StandardConsole.standard.message(
                    "error: no usable result files in '\(location.folder)'; run sessions with `rolefit take --results \(location.folder)` or pass --results DIR\n"
                )
            } else {
                StandardConsole.standard.message(
                    "error: no results in \(store.displayName)\(location.group.map { " for group '\($0)'" } ?? ""); run sessions with `rolefit take \(store.selectionOptions.map(CommandHint.quoted).joined(separator: " "))`\n"
                )
            }
            throw ExitCode(1)
        }
        let team = TeamAnalysis.summarize(results)
        let title = store is FolderStore ? location.folder : store.displayName
        let text: String =
            switch format {
            case .text: TeamTextReport.render(team, folder: title)
            case .html: TeamHTMLReport.render(team, folder: title)
            case .json: TerminalText.escapedInJSON(try JSONCoding.prettyText(team))
            case .csv: TeamCSV.render(team, table: table ?? .members)
            }
        // Text for a terminal fits its width (lines that fit keep their columns); files and pipes get it as built.
        let fitted =
            format == .text && output.toStandardOutput && StandardStream.output.isTerminal
            ? TextWrapper.fitLines(text, width: StandardConsole.standard.outputWidth) : text
        try output.write(fitted, forPeople: format == .text)
    }
}
