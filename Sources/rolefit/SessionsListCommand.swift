import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit sessions list`: every unfinished session with its name, answers and age.
struct SessionsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the unfinished sessions in the results folder (the default)."
    )

    @OptionGroup var results: ResultsFolderOptions

    func run() throws {
        let folder = results.folder
        let sessions: [WaitingSession]
        do {
            sessions = try WaitingSession.all(resultsFolder: folder)
        } catch {
            StandardConsole.standard.message("error: \(error)\n")
            throw ExitCode(1)
        }
        guard !sessions.isEmpty else {
            StandardConsole.standard.output("No unfinished sessions in \(folder)/.\n")
            return
        }
        let now = Date()
        let rows = sessions.map { session in
            [
                session.journal.sessionID, session.candidate ?? "(unreadable)",
                session.problem == nil ? String(session.answerCount) : "?",
                session.age(now: now),
            ]
        }
        let headers = ["SESSION", "NAME", "ANSWERS", "AGE"]
        let widths = headers.indices.map { column in ([headers] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
            }.joined(separator: "  ")
        }
        var text = "Unfinished sessions in \(folder)/ (newest first):\n  " + line(headers) + "\n"
        for row in rows { text += "  " + line(row) + "\n" }
        for session in sessions { if let problem = session.problem { text += "  \(session.journal.sessionID): \(problem)\n" } }
        text += "Continue one: \(CommandHint.resume(sessionID: "SESSION", resultsFolder: folder))\n"
        text += "Discard one:  \(CommandHint.discard(sessionID: "SESSION", resultsFolder: folder))\n"
        StandardConsole.standard.output(text)
    }
}
