import Foundation

/// An unfinished session as `rolefit sessions` lists it: who, how far, since when.
public struct WaitingSession: Sendable {
    /// The session id.
    public var sessionID: String
    /// Where its answers are kept (a journal's path, or the store and the id).
    public var location: String
    /// The candidate's name, when the session's record is readable.
    public var candidate: String?
    /// Answers in force (undos applied).
    public var answerCount: Int
    /// When the session started, when the record is readable.
    public var startedAt: Date?
    /// Why the record cannot be read, if it cannot.
    public var problem: String?

    /// Creates an entry.
    public init(
        sessionID: String, location: String, candidate: String?, answerCount: Int, startedAt: Date?, problem: String? = nil
    ) {
        self.sessionID = sessionID
        self.location = location
        self.candidate = candidate
        self.answerCount = answerCount
        self.startedAt = startedAt
        self.problem = problem
    }

    /// The unfinished sessions of a results folder, newest first.
    public static func all(resultsFolder: String) throws(DurableFile.Failure) -> [WaitingSession] {
        try SessionJournal.inProgress(resultsFolder: resultsFolder).map { journal in
            do {
                let contents = try journal.read()
                return WaitingSession(
                    sessionID: journal.sessionID, location: journal.path, candidate: contents.header.candidate,
                    answerCount: contents.answers.count, startedAt: contents.header.startedAt)
            } catch {
                return WaitingSession(
                    sessionID: journal.sessionID, location: journal.path, candidate: nil, answerCount: 0, startedAt: nil,
                    problem: "\(error)")
            }
        }
    }

    /// "just now", "12 min", "3 h", "2 days" since `startedAt`.
    public func age(now: Date) -> String {
        guard let startedAt else { return "?" }
        let minutes = SessionDuration.wholeSeconds(now.timeIntervalSince(startedAt)) / 60
        if minutes < 1 { return "just now" }
        if minutes < 120 { return "\(minutes) min" }
        if minutes < 48 * 60 { return "\(minutes / 60) h" }
        return "\(minutes / (24 * 60)) days"
    }
}
