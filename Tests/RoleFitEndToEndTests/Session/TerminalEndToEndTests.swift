import Foundation
import Testing

@Suite("The real terminal, driven through tmux", .serialized)
struct TerminalEndToEndTests {
    /// The journal's answer lines, as decoded JSON objects.
    private func journalAnswers(in folder: URL) throws -> [[String: Any]] {
        let sessions = folder.appendingPathComponent("out/.sessions")
        let files = try FileManager.default.contentsOfDirectory(atPath: sessions.path).filter { $0.hasSuffix(".jsonl") }
        let file = try #require(files.first)
        let text = try String(contentsOf: sessions.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["type"] as? String == "answer" }
    }

    /// The current question number on screen ("Question 7 · …").
    private func questionNumber(_ screen: String) -> Int? {
        let lines = screen.split(separator: "\n")
        guard let line = lines.last(where: { $0.contains("Question ") }),
            let range = line.range(of: "Question ")
        else { return nil }
        return Int(line[range.upperBound...].prefix { $0.isNumber })
    }

    /// The prompt text of the question on screen: the lines between the kind line and the options.
    private func promptText(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.lastIndex(where: { $0.contains("Question ") }) else { return "" }
        return lines[(header + 2)...].prefix(4).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("editing, history, completion, Ctrl-C and quit, resume at the same question, then finish")
    func terminalSession() throws {
        guard TmuxSession.isAvailable else {
            Issue.record("tmux is not installed; `make test` installs it")
            return
        }
        let folder = try RolefitProcess.workspace()
        let banks = RolefitProcess.shippedBanks.path
        let binary = RolefitProcess.binary.path
        let environment =
            "cd \(folder.path) && export HOME=\(folder.path) XDG_STATE_HOME=\(folder.path)/state NO_COLOR=1 TERM=xterm-256color;"
        let take = try TmuxSession(
            command: "trap true INT; \(environment) \(binary) take --name Tmux --banks \(banks) --results out --seed 4; sleep 30")
        try #require(take.waitFor("answer (") != nil, "no first question:\n\(take.screen())")

        // A typo fixed with the arrow keys: "x2", two Lefts, Delete → "2".
        try take.type("x2")
        try take.send("Left", "Left", "DC", "Enter")
        try #require(take.waitFor { self.questionNumber($0) == 2 } != nil, "no second question:\n\(take.screen())")
        var answers = try journalAnswers(in: folder)
        #expect(answers.count == 1)
        let firstResponse = try #require(answers.first?["answer"] as? [String: Any])
        let firstValue = (firstResponse["response"] as? [String: Any])
        #expect(firstValue?["option"] as? Int == 1 || firstValue?["rating"] as? Int == 2, "journal: \(answers)")

        // Up recalls the previous answer from history.
        try take.send("Up", "Enter")
        try #require(take.waitFor { self.questionNumber($0) == 3 } != nil, "history did not answer question 2:\n\(take.screen())")
        answers = try journalAnswers(in: folder)
        #expect(answers.count == 2)

        // Tab completes ":he" to ":help".
        try take.type(":he")
        try take.send("Tab")
        try #require(take.waitFor(":help") != nil, "completion did not show :help:\n\(take.screen())")
        try take.send("Enter")
        try #require(take.waitFor("Editing keys work") != nil, "no help text:\n\(take.screen())")

        // Ctrl-C clears the line and offers to quit; :quit saves.
        try take.type("3")
        try take.send("C-c")
        try #require(take.waitFor("Press Ctrl-C again") != nil, "Ctrl-C gave no notice:\n\(take.screen())")
        let dueScreen = take.screen()
        let dueNumber = questionNumber(dueScreen)
        let duePrompt = promptText(dueScreen)
        try take.type(":quit")
        try take.send("Enter")
        try #require(take.waitFor("rolefit resume") != nil, "quit did not save:\n\(take.screen())")
        #expect(try journalAnswers(in: folder).count == 2)

        // Resume shows the same question, then the session completes.
        let resume = try TmuxSession(command: "trap true INT; \(environment) \(binary) resume --latest --results out; sleep 30")
        let resumed = try #require(resume.waitFor("answer ("), "resume showed no question:\n\(resume.screen())")
        #expect(questionNumber(resumed) == dueNumber)
        #expect(promptText(resumed) == duePrompt)
        var finished = false
        for _ in 0..<60 {
            guard let screen = resume.waitFor(seconds: 20, { $0.contains("sole basis") || $0.contains("›") }) else { break }
            // The end of the results screen (its headline may have scrolled off the 30 lines).
            if screen.contains("sole basis") {
                finished = true
                break
            }
            let number = questionNumber(screen)
            try resume.type("1")
            try resume.send("Enter")
            resume.waitFor(seconds: 20) { self.questionNumber($0) != number || $0.contains("sole basis") }
        }
        #expect(finished, "the resumed session did not complete:\n\(resume.screen())")
        let results = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).filter {
            $0.hasSuffix(".json")
        }
        #expect(results.count == 1)
        let history = try String(contentsOf: folder.appendingPathComponent("state/rolefit/history"), encoding: .utf8)
        #expect(history.contains(":help"))
    }
}
