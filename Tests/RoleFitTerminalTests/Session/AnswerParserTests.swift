import Testing

@testable import RoleFitCore

@Suite("Answer parsing")
struct AnswerParserTests {
    static let choice = Item(
        id: "c", kind: .singleChoice, area: "a", prompt: "P",
        options: (0..<4).map { ItemOption(text: "o\($0)", isCorrect: $0 == 2, score: $0 == 2 ? 1 : 0) },
        parameters: .dichotomous(a: 1, b: 0, c: 0))
    static let multiple = Item(
        id: "m", kind: .multipleResponse, area: "a", prompt: "P",
        options: (0..<5).map { ItemOption(text: "o\($0)", isCorrect: $0 < 2) },
        parameters: .dichotomous(a: 1, b: 0, c: 0))
    static let rating = Item(
        id: "r", kind: .selfRating, area: "a", prompt: "P",
        options: (0..<5).map { ItemOption(text: "l\($0)", score: $0) },
        parameters: .graded(a: 1, thresholds: [-1, 0, 1, 2]))
    static let trueFalse = Item(
        id: "t", kind: .trueFalse, area: "a", prompt: "P",
        options: [ItemOption(text: "True", isCorrect: true, score: 1), ItemOption(text: "False")],
        parameters: .dichotomous(a: 1, b: 0, c: 0))

    @Test("numbers and letters pick options", arguments: [("3", 2), ("c", 2), (" C ", 2), ("1", 0), ("d", 3)])
    func choices(input: String, index: Int) {
        #expect(AnswerParser(item: Self.choice).parse(input) == .answer(.option(index)))
    }

    @Test(
        "out-of-range and malformed answers are refused with what is accepted",
        arguments: ["0", "5", "e", "1,2", "one", "-1", "2.5", "\u{0}"])
    func refusedChoices(input: String) {
        guard case .invalid(let message) = AnswerParser(item: Self.choice).parse(input) else {
            Issue.record("accepted \(input)")
            return
        }
        #expect(message.contains("1-4"))
    }

    @Test(
        "multiple response takes lists in several forms",
        arguments: [("1,3", [0, 2]), ("1 3", [0, 2]), ("a,c", [0, 2]), ("ac", [0, 2]), ("3,1", [0, 2]), ("5", [4])])
    func multipleResponse(input: String, indices: [Int]) {
        #expect(AnswerParser(item: Self.multiple).parse(input) == .answer(.options(Set(indices))))
    }

    @Test("ratings are 1 to 5 only", arguments: ["0", "6", "a", "3.5", "1,2"])
    func refusedRatings(input: String) {
        guard case .invalid = AnswerParser(item: Self.rating).parse(input) else {
            Issue.record("accepted \(input)")
            return
        }
    }

    @Test("true/false accepts numbers, letters and words")
    func trueFalse() {
        let parser = AnswerParser(item: Self.trueFalse)
        #expect(parser.parse("t") == .answer(.option(0)))
        #expect(parser.parse("FALSE") == .answer(.option(1)))
        #expect(parser.parse("2") == .answer(.option(1)))
    }

    @Test("commands, unique prefixes and suggestions")
    func commands() {
        let parser = AnswerParser(item: Self.choice)
        #expect(parser.parse(":help") == .command(.help))
        #expect(parser.parse(":u") == .command(.undo))
        #expect(parser.parse(":QUIT") == .command(.quit))
        guard case .invalid(let message) = parser.parse(":hlep") else {
            Issue.record(":hlep accepted")
            return
        }
        #expect(message.contains("Did you mean :help?"))
    }

    @Test("completion offers the commands and the valid single answers")
    func completions() {
        let words = AnswerParser(item: Self.choice).completionWords
        #expect(words.contains(":help") && words.contains(":undo") && words.contains("4") && !words.contains("5"))
    }

    // Issue 15: "3,1,3" used to be accepted as {1, 3}; a repeat is now named instead of merged silently.
    @Test(
        "a repeated option in a selection is named, not merged",
        arguments: [("1,1", "1"), ("3,1,3", "3"), ("a,a", "a"), ("aba", "a")])
    func repeatedSelection(input: String, repeated: String) {
        #expect(
            AnswerParser(item: Self.multiple).parse(input)
                == .invalid("You chose \(repeated) twice; name each option once, e.g. 1,3."))
    }

    @Test("an answer wrapped in words says to type just the number")
    func answerInWords() {
        #expect(AnswerParser(item: Self.choice).parse("I think 3") == .invalid("To choose 3, type just 3, without other words."))
        #expect(
            AnswerParser(item: Self.rating).parse("maybe 4.")
                == .invalid("To give the rating 4, type just 4, without other words."))
        guard case .invalid(let tooMany) = AnswerParser(item: Self.choice).parse("2 or 3") else {
            Issue.record("accepted two numbers")
            return
        }
        #expect(tooMany.contains("Choose one option only"))
        guard case .invalid(let outOfRange) = AnswerParser(item: Self.choice).parse("I think 9") else {
            Issue.record("accepted 9")
            return
        }
        #expect(outOfRange.contains("is not one of the options"))
    }
}
