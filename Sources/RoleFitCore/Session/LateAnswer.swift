import Foundation

/// An answer typed after the session's time limit: kept for the interviewer, never scored (the engine
/// records the question as skipped).
public struct LateAnswer: Sendable, Hashable, Codable {
    /// The question it was meant for.
    public var itemID: String
    /// What was typed (empty when the time ran out before anything was typed).
    public var text: String

    /// The longest typed text kept.
    public static let maximumLength = 200

    /// Creates a record; the text is trimmed, stripped of control characters and capped.
    public init(itemID: String, text: String) {
        self.itemID = itemID
        let printable = String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { !ControlCharacters.isForbidden($0) && $0 != "\t" && $0 != "\n" }))
        self.text = String(printable.trimmingCharacters(in: .whitespaces).prefix(Self.maximumLength))
    }
}
