import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitTerminal

@Suite("The session loop with an injected console")
struct SessionControllerTests {
    @Test("invalid answers explain what is accepted and record nothing")
    func invalidAnswers() throws {
        let lines = ["9", "x", "", "   ", "1,2,", ":frobnicate", String(repeating: "1", count: 1_000_000), "\u{FFFD}\u{FFFD}2"]
        let harness = try SessionHarness(inputs: lines.map(LineInput.line))
        let end = harness.controller.run()
        // Nothing was accepted, so nothing is kept: a 0-answer journal would only be resumed by mistake (issue 15).
        #expect(end == .discarded)
        #expect(harness.controller.currentSession.answers.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: harness.journal.path))
        let notices = harness.console.messageText
        #expect(
            notices.contains("is not one of the options") || notices.contains("is not a rating")
                || notices.contains("is not an answer"))
        #expect(notices.contains("Unknown command ':frobnicate'"))
        #expect(notices.contains("That is too long to be an answer"))
        // The same first question was shown once and asked again after each bad line.
        #expect(harness.reader.prompts.count == lines.count + 1)
    }

    @Test("every accepted answer is journaled, and replaying the journal reproduces the session")
    func journalReplay() throws {
        var inputs: [LineInput] = []
        let probe = try AssessmentSession(bankSet: SessionHarness.bankSet, settings: SessionSettings(seed: 11))
        var session = probe
        for turn in 0..<6 {
            guard let item = session.currentQuestion else { break }
            let line = SessionHarness.validAnswer(for: item, turn: turn)
            inputs.append(.line(line))
            guard case .answer(let response) = AnswerParser(item: item).parse(line) else {
                Issue.record("harness produced an invalid answer \(line) for \(item.id)")
                return
            }
            try session.record(response, seconds: 5)
        }
        let harness = try SessionHarness(inputs: inputs)
        _ = harness.controller.run()
        let contents = try harness.journal.read()
        #expect(contents.answers.map(\.itemID) == session.answers.map(\.itemID))
        #expect(contents.answers.map(\.response) == session.answers.map(\.response))
        let replayed = try AssessmentSession.replaying(
            contents.answers, bankSet: SessionHarness.bankSet, settings: SessionSettings(seed: 11))
        #expect(replayed.currentQuestion?.id == harness.controller.currentSession.currentQuestion?.id)
    }

    @Test(":undo takes back the last answer and is journaled; :undo with nothing to undo changes nothing")
    func undo() throws {
        let harness = try SessionHarness(inputs: [.line(":undo"), .line("1"), .line("2"), .line(":undo")])
        _ = harness.controller.run()
        let session = harness.controller.currentSession
        #expect(session.answers.count == 1)
        #expect(harness.console.messageText.contains("There is no answer to take back yet."))
        let contents = try harness.journal.read()
        #expect(contents.answers.count == 1)
        #expect(contents.undoCount == 1)
        // After the undo, the question due is the one the second answer went to.
        let afterFirst = try AssessmentSession.replaying(
            Array(contents.answers.prefix(1)), bankSet: SessionHarness.bankSet, settings: SessionSettings(seed: 11))
        #expect(session.currentQuestion?.id == afterFirst.currentQuestion?.id)
    }

    @Test(":skip records a skipped question and the engine moves on")
    func skip() throws {
        let harness = try SessionHarness(inputs: [.line(":skip")])
        let firstQuestion = try AssessmentSession(bankSet: SessionHarness.bankSet, settings: SessionSettings(seed: 11))
            .currentQuestion?.id
        _ = harness.controller.run()
        let session = harness.controller.currentSession
        #expect(session.answers.map(\.response) == [.skipped])
        #expect(session.answers.first?.itemID == firstQuestion)
        #expect(session.currentQuestion?.id != firstQuestion)
    }

    @Test("end of input and a double Ctrl-C save for later; a single Ctrl-C only warns")
    func interrupts() throws {
        let single = try SessionHarness(inputs: [.interrupted, .line("1"), .interrupted, .interrupted])
        #expect(single.controller.run() == .saved(journalPath: single.journal.path))
        #expect(single.controller.currentSession.answers.count == 1)
        #expect(single.console.messageText.contains("Press Ctrl-C again"))
        // The hint names the session and the results folder it used, ready to copy (issue 15).
        #expect(
            single.console.messageText.contains(
                "Continue any time with:\n   rolefit resume test-session --results \(single.resultsFolder)\n"))
        let eof = try SessionHarness(inputs: [.line("1")])
        #expect(eof.controller.run() == .saved(journalPath: eof.journal.path))
        #expect(try eof.journal.read().answers.count == 1)
    }

    @Test("a complete session writes its result, removes the journal and shows the results screen")
    func completeSession() throws {
        var session = try AssessmentSession(bankSet: SessionHarness.bankSet, settings: SessionSettings(seed: 3))
        var inputs: [LineInput] = []
        var turn = 0
        while let item = session.currentQuestion {
            let line = SessionHarness.validAnswer(for: item, turn: turn)
            inputs.append(.line(line))
            guard case .answer(let response) = AnswerParser(item: item).parse(line) else { return }
            try session.record(response, seconds: 5)
            turn += 1
        }
        let harness = try SessionHarness(inputs: inputs, settings: SessionSettings(seed: 3))
        let end = harness.controller.run()
        guard case .finished(let path) = end else {
            Issue.record("session did not finish: \(end)")
            return
        }
        #expect(!FileManager.default.fileExists(atPath: harness.journal.path))
        let document = try ResultStore.decode(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(document.items.count == inputs.count)
        #expect(document.recommendation.roles.first == session.outcome?.recommendation.roleIDs.first)
        // The screen's headline follows the kind of result (these answers may well end in no clear fit).
        let headline = document.recommendation.kind == .noClearFit ? "Result: no clear fit — " : "Your closest fit: "
        #expect(harness.console.outputText.contains(headline), "\(harness.console.outputText)")
        #expect(harness.console.outputText.contains("must not be used as the sole basis"))
        #expect((path as NSString).lastPathComponent.hasSuffix("_test-person.json"))
    }

    @Test("training mode explains every answer")
    func trainingFeedback() throws {
        let harness = try SessionHarness(inputs: [.line("1")], settings: SessionSettings(mode: .training, seed: 11))
        _ = harness.controller.run()
        let item = try #require(harness.controller.currentSession.answers.first)
        let explanation = try #require(SessionHarness.bankSet.items.first { $0.id == item.itemID }?.explanation)
        #expect(harness.console.messageText.contains(String(explanation.prefix(30))))
    }

    @Test("interview mode hides the leading role")
    func interviewHidesLeader() throws {
        let settings = SessionSettings(mode: .interview, targetRole: "tpm", seed: 11)
        let harness = try SessionHarness(inputs: [.line("1"), .line("1"), .line(":progress")], settings: settings)
        _ = harness.controller.run()
        #expect(!harness.console.messageText.contains("leading:"))
        #expect(!harness.console.messageText.contains("leads ("))
    }
}
