import Testing

@testable import RoleFitCore

/// Every class of malformed GIFT gives an error on the right line (and column where it is known).
@Suite struct ImportGiftErrorTests {
    /// One malformed input, the line and column of its error, and words the message must contain.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var line: Int
        var column: Int?
        var words: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unclosed brace", text: "Fine?{=a ~b}\n\nBroken {=a ~b\n", line: 3, column: 8, words: "never closed"),
        Case(
            name: "stray closing brace", text: "Q1 has a } here{=a ~b}\n", line: 1, column: 10, words: "before the answer block"),
        Case(name: "closing brace alone", text: "No opening } brace\n", line: 1, column: 12, words: "no '{'"),
        Case(name: "nested brace", text: "Q {=a {x} ~b}\n", line: 1, column: 7, words: "inside the answer block"),
        Case(name: "second block", text: "Q {=a ~b} and {=c ~d}\n", line: 1, column: 15, words: "second answer block"),
        Case(name: "brace after block", text: "Q\n{=a ~b}\nthen }\n", line: 3, column: 6, words: "after the answer block"),
        Case(name: "unclosed title", text: "::Title without end Q {=a ~b}\n", line: 1, column: 1, words: "title"),
        Case(name: "one answer", text: "Only one?{~lonely}\n", line: 1, column: 11, words: "at least two answers"),
        Case(name: "bad weight", text: "Q?{~%abc%a ~b =c}\n", line: 1, column: 5, words: "not a percentage"),
        Case(name: "weight over 100", text: "Q?{~%150%a ~%50%b}\n", line: 1, column: 5, words: "between -100 and 100"),
        Case(name: "unclosed weight", text: "Q?{~%50 a ~b =c}\n", line: 1, column: 5, words: "not closed"),
        Case(name: "text before answers", text: "Q?{stray ~a =b}\n", line: 1, column: 4, words: "before the first answer"),
        Case(name: "empty answer", text: "Q?{= ~a ~b}\n", line: 1, column: 4, words: "no text"),
        Case(name: "no correct answer", text: "Q?{~a ~b ~%-50%c}\n", line: 1, column: nil, words: "no answer is correct"),
        Case(name: "duplicate option text", text: "Q?{=Yes ~yes ~No}\n", line: 1, column: nil, words: "same text"),
        Case(name: "empty prompt", text: "{=a ~b}\n", line: 1, column: 1, words: "no text"),
        Case(name: "empty category", text: "$CATEGORY:\n\nQ?{=a ~b}\n", line: 1, column: 1, words: "no name"),
        Case(
            name: "duplicate id", text: "// [id:q1]\nA?{=a ~b}\n\n// [id:q1]\nB?{=a ~b}\n", line: 4, column: nil,
            words: "already used by the question at line 1"),
        Case(name: "invalid UTF-8", text: "", line: 2, column: nil, words: "UTF-8"),
    ]

    @Test(arguments: cases)
    func reportsTheLine(_ example: Case) throws {
        var bytes = Array(example.text.utf8)
        if example.name == "invalid UTF-8" {
            bytes = Array("Good?{=a ~b}\nBad \u{1}".utf8) + [0xC3, 0x28] + Array("?{=a ~b}\n".utf8)
        }
        let result = ImportTestSupport.importBytes(.init(bytes), format: .gift)
        let error = try #require(result.report.errors.first, "no error for \(example.name)")
        #expect(error.line == example.line, "\(error)")
        if let column = example.column { #expect(error.column == column, "\(error)") }
        #expect(error.message.contains(example.words), "\(error)")
    }

    @Test func everyErrorSaysWhatToDo() {
        for example in Self.cases where example.name != "invalid UTF-8" {
            let result = ImportTestSupport.importGift(example.text)
            for error in result.report.errors { #expect(error.hint?.isEmpty == false, "\(example.name): \(error)") }
        }
    }

    @Test func missingAreaIsOneErrorPerCategoryListingItsLines() throws {
        let text = "$CATEGORY: Unknown category\n\nA?{=a ~b}\n\nB?{=a ~b}\n"
        let result = ImportTestSupport.importGift(text, area: nil)
        let error = try #require(result.report.errors.first)
        #expect(result.report.errors.count == 1)
        #expect(error.line == 3)
        #expect(error.message.contains("'Unknown category'") && error.message.contains("lines 3, 5"))
        #expect(error.hint?.contains("--map 'Unknown category=AREA'") == true)
    }

    @Test func categoryNamingAKnownAreaNeedsNoMapping() {
        let result = ImportTestSupport.importGift("$CATEGORY: $course$/top/negotiation\n\nA?{=a ~b}\n", area: nil)
        #expect(result.report.errors.isEmpty)
        #expect(result.bank.items.first?.area == "negotiation")
    }

    @Test func nothingToImportIsAnError() {
        let result = ImportTestSupport.importGift("// only a comment\n\nJust a description.\n")
        #expect(result.report.hasErrors)
        #expect(result.report.errors.first?.message.contains("none of the questions could be imported") == true)
    }
}
