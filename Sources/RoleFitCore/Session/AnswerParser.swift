/// Turns what a person typed into an answer, a command, or an explanation of what is accepted.
public struct AnswerParser: Sendable {
    /// The result of parsing one line.
    public enum Parsed: Sendable, Equatable {
        /// A valid answer.
        case answer(ItemResponse)
        /// A colon command.
        case command(SessionCommand)
        /// Not acceptable; the message says what is.
        case invalid(String)
    }

    /// Longest input considered; anything longer is refused without being parsed.
    public static let maximumLength = 200
    /// What a person may type to say a self-rating does not apply to them (when the item allows it).
    public static let notApplicableWords = ["n/a", "na", "0"]

    /// The item being answered.
    public let item: Item

    /// Creates a parser for one item.
    public init(item: Item) {
        self.item = item
    }

    /// What is accepted, in a few words: "1-4 or a-d", "1-5", "one or more of 1-5, e.g. 1,3".
    public var acceptedSummary: String {
        let count = item.options.count
        switch item.kind {
        case .selfRating: return item.allowsNotApplicable ? "a rating 1-5, or n/a if it does not apply to you" : "a rating 1-5"
        case .multipleResponse: return "one or more of 1-\(count) (or \(letter(0))-\(letter(count - 1))), e.g. 1,3"
        case .trueFalse: return "1 or t for true, 2 or f for false"
        default: return "1-\(count) or \(letter(0))-\(letter(count - 1))"
        }
    }

    /// The words Tab completion offers: the commands and every single valid answer.
    public var completionWords: [String] {
        let numbers = (1...max(1, item.options.count)).map(String.init)
        let extra = item.kind == .trueFalse ? ["true", "false"] : item.allowsNotApplicable ? ["n/a"] : []
        return SessionCommand.allCases.map(\.typed) + numbers + extra
    }

    /// Whether a line is the `:undo` command (or an abbreviation Parse accepts for it).
    public static func isUndo(_ line: String) -> Bool {
        let text = line.trimmingWhitespace().lowercased()
        guard text.hasPrefix(":"), text.count > 1 else { return false }
        let name = String(text.dropFirst())
        return SessionCommand.allCases.filter { $0.rawValue.hasPrefix(name) } == [.undo]
    }

    /// Parses a line.
    public func parse(_ line: String) -> Parsed {
        guard line.utf8.count <= Self.maximumLength else {
            return .invalid("That is too long to be an answer. Type \(acceptedSummary), or :help.")
        }
        let text = line.trimmingWhitespace().lowercased()
        if text.isEmpty { return .invalid("Type \(acceptedSummary), or :help.") }
        if text.hasPrefix(":") { return parseCommand(String(text.dropFirst())) }
        switch item.kind {
        case .selfRating:
            if item.allowsNotApplicable, Self.notApplicableWords.contains(text) { return .answer(.notApplicable) }
            guard let rating = Int(text), (1...5).contains(rating) else {
                if let number = loneNumber(in: text, valid: 1...5) {
                    return .invalid("To give the rating \(number), type just \(number), without other words.")
                }
                let orNotApplicable = item.allowsNotApplicable ? ", or n/a if it does not apply to you" : ""
                return .invalid(
                    "'\(shown(line))' is not a rating. Type a number from 1 (strongly disagree) to 5 (strongly agree)\(orNotApplicable)."
                )
            }
            return .answer(.rating(rating))
        case .multipleResponse:
            return parseSelection(text, original: line)
        case .trueFalse:
            switch text {
            case "t", "true", "1", "a": return .answer(.option(0))
            case "f", "false", "2", "b": return .answer(.option(1))
            default: return .invalid("'\(shown(line))' is not an answer. Type \(acceptedSummary).")
            }
        case .singleChoice, .gradedScenario, .roleKeyed:
            guard let index = optionIndex(text) else {
                if let number = loneNumber(in: text, valid: 1...max(1, item.options.count)) {
                    return .invalid("To choose \(number), type just \(number), without other words.")
                }
                if text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).count(where: {
                    optionIndex(String($0)) != nil
                }) > 1 {
                    return .invalid("Choose one option only: type \(acceptedSummary).")
                }
                return .invalid("'\(shown(line))' is not one of the options. Type \(acceptedSummary).")
            }
            return .answer(.option(index))
        }
    }

    private func parseCommand(_ name: String) -> Parsed {
        if let command = SessionCommand(rawValue: name) { return .command(command) }
        let matches = SessionCommand.allCases.filter { $0.rawValue.hasPrefix(name) }
        if !name.isEmpty, matches.count == 1, let command = matches.first { return .command(command) }
        let suggestion = Suggestion.closest(to: name, in: SessionCommand.allCases.map(\.rawValue))
        let hint = suggestion.map { " Did you mean :\($0)?" } ?? ""
        return .invalid(
            "Unknown command ':\(shown(name))'.\(hint) Commands: \(SessionCommand.allCases.map(\.typed).joined(separator: " ")).")
    }

    private func parseSelection(_ text: String, original: String) -> Parsed {
        let parts = text.split { $0 == "," || $0 == " " || $0 == ";" }
        var indices = Set<Int>()
        for part in parts {
            // "ac" selects a and c; "13" is thirteen, not one and three.
            if part.allSatisfy(\.isLetter), part.count > 1 {
                for letter in part {
                    guard let index = optionIndex(String(letter)) else {
                        return .invalid("'\(letter)' is not one of the options. Type \(acceptedSummary).")
                    }
                    guard indices.insert(index).inserted else { return repeated(String(letter)) }
                }
                continue
            }
            guard let index = optionIndex(String(part)) else {
                return .invalid("'\(shown(String(part)))' is not one of the options. Type \(acceptedSummary).")
            }
            guard indices.insert(index).inserted else { return repeated(String(part)) }
        }
        guard !indices.isEmpty else { return .invalid("Type \(acceptedSummary).") }
        return .answer(.options(indices))
    }

    /// A selection that names an option twice: said, not silently merged.
    private func repeated(_ option: String) -> Parsed {
        .invalid("You chose \(option) twice; name each option once, e.g. 1,3.")
    }

    /// The one number in `valid` among several words ("i think 3" → 3), or nil when there is none or
    /// more than one.
    private func loneNumber(in text: String, valid: ClosedRange<Int>) -> Int? {
        let words = text.split { !$0.isLetter && !$0.isNumber }
        guard words.count > 1 else { return nil }
        let numbers = words.compactMap { Int($0) }
        guard numbers.count == 1, let number = numbers.first, valid.contains(number) else { return nil }
        return number
    }

    /// The 0-based option index for "3" or "c", if in range.
    private func optionIndex(_ text: String) -> Int? {
        let count = item.options.count
        if let number = Int(text), (1...count).contains(number) { return number - 1 }
        if text.count == 1, let scalar = text.unicodeScalars.first, ("a"..."z").contains(scalar) {
            let index = Int(scalar.value - Unicode.Scalar("a").value)
            return index < count ? index : nil
        }
        return nil
    }

    private func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(clamping: index)))
    }

    /// A short, printable echo of what was typed.
    private func shown(_ text: String) -> String {
        let cleaned = String(
            text.unicodeScalars.filter { $0.properties.generalCategory != .control && $0 != "\u{FFFD}" }
                .map(Character.init)
        ).trimmingWhitespace()
        return cleaned.count > 20 ? String(cleaned.prefix(20)) + "…" : cleaned
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
