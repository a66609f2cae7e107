import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// The formats `rolefit report` writes.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, json
}

/// Who a report is written for: `auto` is the interviewer for interview results, the candidate otherwise.
enum ReportAudience: String, ExpressibleByArgument, CaseIterable {
    case auto, candidate, interviewer
}

/// `rolefit report RESULT.json [--format text|markdown|html|json] [--for auto|candidate|interviewer]
/// [--output FILE]`: one result for people.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show one result as text, Markdown, a self-contained HTML page with charts, or JSON.",
        discussion: """
            text is the results screen (the recommendation or no clear fit with its reason, the two axes and the rule, \
            the interview verdict, areas with enough evidence, the gap report, the signals); markdown and html add the \
            item log (and integrity notes for interviews); \
            html is one file with inline CSS and SVG charts that opens without a network; json re-emits the document. \
            An interview's result is reported for the interviewer (third person: does the evidence support the \
            target role, evidence per area with question counts, the time per question with long, rapid and late \
            answers flagged, integrity notes and signals); --for candidate gives the candidate's view instead, and \
            --for interviewer gives the interviewer's view of any result. \
            Exits 1 when the file is not a readable rolefit-result/1 document. With a database store \
            (--store postgres://… or ROLEFIT_STORE), the argument may be a session id instead of a file.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "A result file, e.g. Results/2026-11-23T10-14-03_ada.json (or, with a database store, a session id).",
            valueName: "result.json"))
    var file: String

    @OptionGroup var location: StoreOptions

    @Option(name: .long, help: "text, markdown, html or json.")
    var format: ReportFormat = .text

    @Option(
        name: .customLong("for"),
        help: "auto (the interviewer for interview results, else the candidate), candidate or interviewer.")
    var audience: ReportAudience = .auto

    @OptionGroup var output: ReportOutputOptions

    @Flag(name: .long, help: "Never use colour (NO_COLOR is honoured too).")
    var noColor = false

    func run() throws {
        let document = try load()
        let forInterviewer = audience == .interviewer || (audience == .auto && document.mode == .interview)
        let text: String
        let width = StandardConsole.standard.outputWidth
        switch format {
        case .text where forInterviewer:
            text = InterviewerScreen(width: width, style: TextStyle(enabled: useColor)).render(document)
        case .text:
            text = ResultScreen(width: width, style: TextStyle(enabled: useColor)).render(document, header: true)
        case .markdown:
            text = forInterviewer ? InterviewerMarkdownReport.render(document) : MarkdownResultReport.render(document)
        case .html:
            text = forInterviewer ? InterviewerHTMLReport.render(document) : HTMLResultReport.render(document)
        case .json:
            text = TerminalText.escapedInJSON(String(decoding: try ResultStore.encode(document), as: UTF8.self))
        }
        try output.write(text, forPeople: format == .text)
    }

    /// The document: the file when it exists or the store is a folder, else the session's result in the database.
    private func load() throws -> ResultDocument {
        if location.isDatabase && !FileManager.default.fileExists(atPath: file) {
            let store = try location.openOrExit()
            do {
                if let loaded = try store.result(sessionID: file) { return loaded.document }
            } catch {
                StandardConsole.standard.message("error: \(TerminalText.inline(error.message))\n")
                throw ExitCode(1)
            }
            StandardConsole.standard.message(
                "error: there is no file '\(TerminalText.inline(file))' and no result of a session with that id in \(TerminalText.inline(store.displayName))\n"
            )
            throw ExitCode(1)
        }
        switch ResultFileReader.read(path: file) {
        case .success(let value):
            return value
        case .failure(let problem):
            StandardConsole.standard.message("error: \(TerminalText.inline(file)) \(problem)\n")
            throw ExitCode(1)
        }
    }

    /// Colour only for text on standard output, where `TerminalCapabilities` allows it.
    private var useColor: Bool {
        output.toStandardOutput && TerminalCapabilities.colorEnabled(for: .output, allowColor: !noColor)
    }
}
