import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitTerminal

@Suite("Terminal polish: wrapping, the last undo, progress that keeps its promise, a truthful welcome")
struct TerminalPolishTests {
    /// The words of a text, whitespace-insensitive.
    private func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace) }

    @Test(
        "the title, welcome, saved and time-up lines fit 40, 80 and 110 columns without breaking a word",
        arguments: [40, 80, 110])
    func wrapping(width: Int) {
        let console = TestConsole(width: width)
        let presenter = TextSessionPresenter(console: console, mode: .interview)
        presenter.showIntroduction(
            settings: SessionSettings(mode: .interview, timeLimit: 1500),
            itemKinds: Set(SessionHarness.bankSet.items.map(\.kind)), resumedAnswers: 0)
        let command = "rolefit resume 2026-12-01T05-02-08_a-rather-long-name_x1y2 --results 'my results'"
        presenter.showSaved(sessionID: "s", journalPath: "j", answered: 3, resumeCommand: command)
        presenter.showTimeUp(lateAnswer: "2")
        let text = console.messageText
        for line in text.split(separator: "\n") where line != "   " + command {
            #expect(DisplayWidth.of(String(line)) <= width, "\(width) columns: '\(line)'")
        }
        #expect(text.contains("\n   \(command)\n"), "the command is not whole on its own line")
        let title = "RoleFit · which role fits you best: project, product, program or technical program manager?"
        #expect(words(text).starts(with: words(title)), "the title's words were split:\n\(text)")
        let saved = "Saved 3 answers. Continue any time with:"
        #expect(words(text).map(String.init).joined(separator: " ").contains(saved))
    }

    @Test("after the last answer, :undo takes it back and the question is asked again before the result")
    func undoAfterLastAnswer() throws {
        var settings = SessionSettings(seed: 11)
        settings.maxItems = 2
        settings.minItems = 2
        let harness = try SessionHarness(
            inputs: [.line("1"), .line("1"), .line(":undo"), .line("1"), .line("")], settings: settings)
        guard case .finished(let path) = harness.controller.run() else {
            Issue.record("the session did not finish")
            return
        }
        let document = try ResultFileReader.read(path: path).get()
        #expect(document.items.count == 2)
        #expect(document.integrity.undoCount == 1)
        let messages = harness.console.messageText
        #expect(messages.components(separatedBy: "That was the last question.").count == 3, "\(messages)")
        #expect(messages.contains("Took back your last answer."))
        #expect(harness.reader.prompts.filter { $0 == " finish › " }.count == 2)
    }

    @Test("the progress line starts within the promised range and only counts down")
    func progressKeepsItsPromise() throws {
        var inputs: [LineInput] = []
        var probe = try AssessmentSession(bankSet: SessionHarness.bankSet, settings: SessionSettings(seed: 11))
        for turn in 0..<40 {
            guard let item = probe.currentQuestion else { break }
            let line = SessionHarness.validAnswer(for: item, turn: turn)
            inputs.append(.line(line))
            guard case .answer(let response) = AnswerParser(item: item).parse(line) else { break }
            try probe.record(response, seconds: 5)
        }
        let harness = try SessionHarness(inputs: inputs)
        _ = harness.controller.run()
        let text = harness.console.messageText
        #expect(text.contains("Usually 15–35 questions"), "a standard-depth session promises its usual length")
        let shown = text.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: "about "), line.contains(" to go") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
        let first = try #require(shown.first)
        #expect(first <= 35, "first estimate \(first) breaks the promised 15–35")
        #expect(zip(shown, shown.dropFirst()).allSatisfy { $0 > $1 }, "the estimate went up: \(shown)")
    }

    @Test("the welcome names ratings only when self-ratings can be asked")
    func truthfulWelcome() {
        for (treatment, mentionsRatings) in [(SelfRatingTreatment.separateDimension, true), (.ignored, false)] {
            let console = TestConsole(width: 200)
            TextSessionPresenter(console: console, mode: .selfAssessment)
                .showIntroduction(
                    settings: SessionSettings(selfRatings: treatment), itemKinds: Set(SessionHarness.bankSet.items.map(\.kind)),
                    resumedAnswers: 0)
            #expect(console.messageText.contains("a rating 1–5") == mentionsRatings, "\(console.messageText)")
            #expect(console.messageText.contains("ratings of how you work") == mentionsRatings)
            #expect(console.messageText.contains("knowledge, scenarios"))
        }
    }
}
