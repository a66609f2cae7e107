import ArgumentParser
import RoleFitCore
import RoleFitTerminal

/// The formats `rolefit export` writes.
enum ResultExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl
}

/// `rolefit export [--results DIR] --format csv|jsonl [--items] [--output FILE]`: a results folder for spreadsheets and scripts.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a results folder as CSV or JSON lines: one row per session, or per question with --items.",
        discussion: """
            Sessions: name, date, mode, recommendation, confidence, then score:<area> (0–100, empty where the area was \
            not asked about) and p:<role> (probability of fitting best). --items: one row per question shown, skipped ones \
            included and marked. CSV follows RFC 4180 (CRLF, quoted fields); text starting with = + - @ gets a leading ' \
            so spreadsheets do not run it. Files that are not rolefit-result/1 documents are named on stderr and skipped.
            """
    )

    @OptionGroup var location: StoreOptions

    @Option(name: .long, help: "csv or jsonl.")
    var format: ResultExportFormat

    @Flag(name: .long, help: "One row per question shown instead of one per session.")
    var items = false

    @OptionGroup var output: ReportOutputOptions

    func run() throws {
        let store = try location.openOrExit()
        let results = try location.loadOrExit(store).results
        if results.isEmpty {
            let place = store is FolderStore ? "result files in '\(location.folder)'" : "results in \(store.displayName)"
            StandardConsole.standard.message("note: no \(place); the export is empty\n")
        }
        let text: String =
            switch (format, items) {
            case (.csv, false): ResultExport.sessionsCSV(results)
            case (.csv, true): ResultExport.itemsCSV(results)
            case (.jsonl, false): try ResultExport.sessionsJSONLines(results)
            case (.jsonl, true): try ResultExport.itemsJSONLines(results)
            }
        try output.write(text, forPeople: false)
    }
}
