import ArgumentParser
import Foundation
import RoleFitCore
import RoleFitTerminal

/// `rolefit sessions list`: every unfinished session with its name, answers and age.
struct SessionsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the unfinished sessions in the store (the default)."
    )

    @OptionGroup var location: StoreOptions

    func run() throws {
        let store = try location.openOrExit()
        let place = store.displayName
        let options = store.selectionOptions
        let sessions: [WaitingSession]
        do {
            sessions = try store.waitingSessions()
        } catch {
            StandardConsole.standard.message("error: \(error)\n")
            throw ExitCode(1)
        }
        guard !sessions.isEmpty else {
            StandardConsole.standard.output("No unfinished sessions in \(place).\n")
            return
        }
        let now = Date()
        let rows = sessions.map { session in
            [
                session.sessionID, session.candidate ?? "(unreadable)",
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
        var text = "Unfinished sessions in \(place) (newest first):\n  " + line(headers) + "\n"
        for row in rows { text += "  " + line(row) + "\n" }
        for session in sessions { if let problem = session.problem { text += "  \(session.sessionID): \(problem)\n" } }
        text += "Continue one: \(CommandHint.resume(sessionID: "SESSION", storeOptions: options))\n"
        text += "Discard one:  \(CommandHint.discard(sessionID: "SESSION", storeOptions: options))\n"
        StandardConsole.standard.output(text)
    }
}
