/// Why a session call was rejected. A rejected call changes nothing.
public enum SessionError: Error, Equatable, CustomStringConvertible {
    /// The session has finished; no more answers are taken.
    case sessionFinished
    /// The option number is not one of the question's options.
    case optionOutOfRange(index: Int, optionCount: Int)
    /// A rating outside 1–5.
    case ratingOutOfRange(Int)
    /// A multiple-response answer without any option.
    case emptySelection
    /// The kind of answer does not fit the question (for example a rating for a scenario).
    case responseDoesNotFit(itemID: String, expected: String)
    /// The time is negative, infinite or not a number.
    case invalidDuration(Double)
    /// A replayed answer names a different item than the one the session asks.
    case unexpectedItem(expected: String, got: String)
    /// The banks hold no item the engine can ask.
    case noUsableItems
    /// The settings are invalid.
    case invalidSettings(SessionSettingsError)

    /// A message for the person or the log.
    public var description: String {
        switch self {
        case .sessionFinished: "the session has finished"
        case .optionOutOfRange(let index, let count): "option \(index + 1) does not exist; choose 1–\(count)"
        case .ratingOutOfRange(let value): "rating \(value) is outside the scale; choose 1–5"
        case .emptySelection: "choose at least one option"
        case .responseDoesNotFit(let itemID, let expected): "question \(itemID) needs \(expected)"
        case .invalidDuration(let seconds): "invalid answer time \(seconds) s"
        case .unexpectedItem(let expected, let got):
            "the journal answers \(got) where the session asks \(expected); it was written with other banks or settings"
        case .noUsableItems: "the question banks hold no usable items; run `rolefit banks validate`"
        case .invalidSettings(let error): "invalid settings: \(error.description)"
        }
    }
}
