import Foundation
import Testing

@testable import RoleFitCore

/// Aiken: one-line questions, `A)`/`A.` options, `ANSWER: X`, and Moodle's error cases with lines.
@Suite struct ImportAikenTests {
    @Test func importsQuestionsWithBothLabelStyles() throws {
        let result = ImportTestSupport.importBytes(ImportTestSupport.fixture("constructs.aiken"), format: .aiken)
        #expect(result.report.errors.isEmpty, "\(result.report.errors)")
        #expect(result.bank.items.count == 3)
        let first = try #require(result.bank.items.first)
        #expect(first.kind == .singleChoice)
        #expect(first.prompt == "Who usually owns the product roadmap?")
        #expect(first.options.map(\.text) == ["The project manager", "The product manager", "The program manager"])
        #expect(first.options.map(\.isCorrect) == [false, true, false])
        #expect(result.bank.items[1].options.count == 4)
        #expect(result.bank.items[2].options.map(\.text) == ["Yes", "No"])
        #expect(result.bank.items.map(\.id) == ["imported-001", "imported-002", "imported-003"])
        let loaded = try #require(ImportTestSupport.load(yaml: BankYAMLWriter.write(result.bank)))
        #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics)")
    }

    /// The error cases of Moodle's own Aiken test fixture, with the same line numbers Moodle reports.
    @Test func reportsMoodlesErrorCasesWithLines() {
        let text = """
            A question with too few answers
            A) Only answer
            ANSWER: A

            A) Question not started

            ANSWER: Question not started

            A good question
            A) Correct
            B) Incorrect
            ANSWER: A

            A question started but not finished
            A) Correct-ish
            B) Incorrect-ish

            A second good question
            A)Incorrect (No space)
            B)Correct (No space)
            ANSWER: B
            """
        let result = ImportTestSupport.importBytes(Data(text.utf8), format: .aiken)
        let errors = result.report.errors.map { "\($0.line): \($0.message)" }
        let expected = ["3: missing answers", "5: question not started", "7: question not started", "14: question not complete"]
        #expect(errors.count == expected.count, "\(errors)")
        for (error, prefix) in zip(errors, expected) { #expect(error.hasPrefix(prefix), "\(error)") }
        #expect(result.report.errors.first { $0.line == 14 }?.message.contains("line 18") == true)
        #expect(result.bank.items.map(\.prompt) == ["A good question", "A second good question"])
        #expect(result.bank.items[1].options.map(\.isCorrect) == [false, true])
    }

    @Test func reportsAnAnswerThatNamesNoOptionAndAnOpenQuestionAtTheEnd() {
        let text =
            "Q1?\nA) a\nB) b\nANSWER: E\n\nQ2?\nA) a\nB) b\nANSWER:\n\nQ3?\nA) a\nB) a2\nANSWER: A, B\n\nQ4?\nA) x\nA) y\nANSWER: A\n\nQ5 never answered\nA) a\nB) b\n"
        let result = ImportTestSupport.importBytes(Data(text.utf8), format: .aiken)
        let errors = result.report.errors.map { "\($0.line) \($0.message)" }
        #expect(errors.count == 5, "\(errors)")
        #expect(errors[0].hasPrefix("4 ANSWER: E names no option"))
        #expect(errors[1].hasPrefix("9 ANSWER: names no option"))
        #expect(errors[2].hasPrefix("14 ANSWER: 'A, B' is not one option letter"))
        #expect(errors[3].hasPrefix("18 two options are labelled A"))
        #expect(errors[4].hasPrefix("21 question not complete") && errors[4].contains("end of the file"))
    }

    @Test func lowerCaseAnswerLineIsOneClearError() {
        let result = ImportTestSupport.importBytes(
            Data("Q?\nA) a\nB) b\nAnswer: B\n\nR?\nA) c\nB) d\nANSWER: A\n".utf8), format: .aiken)
        #expect(result.report.errors.map(\.line) == [4])
        #expect(result.report.errors.first?.message.contains("in capitals") == true)
        #expect(result.bank.items.map(\.prompt) == ["R?"])
    }

    @Test func optionLinesAreRecognisedLikeMoodle() {
        #expect(AikenParser.option("A) Text")! == ("A", "Text"))
        #expect(AikenParser.option("B.Text")! == ("B", "Text"))
        #expect(AikenParser.option("a) lower case") == nil)
        #expect(AikenParser.option("AB) two letters") == nil)
    }

    @Test func carriageReturnLineEndingsWork() {
        let text = "Q?\rA) a\rB) b\rANSWER: B\r"
        let result = ImportTestSupport.importBytes(Data(text.utf8), format: .aiken)
        #expect(result.report.errors.isEmpty)
        #expect(result.bank.items.first?.options.map(\.isCorrect) == [false, true])
    }
}
