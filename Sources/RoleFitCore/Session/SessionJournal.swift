import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The crash-safe record of a session in progress: a header with everything needed to rebuild the
/// session, then one line per event, each flushed to disk before the next question is shown.
/// `rolefit resume` replays it through the engine, which reproduces the session exactly.
public struct SessionJournal: Sendable {
    /// The journal format identifier.
    public static let format = "rolefit-journal/1"
    /// The hidden folder inside the results folder that holds journals.
    public static let folderName = ".sessions"

    /// The first line: who, how, on which banks.
    public struct Header: Sendable, Codable, Hashable {
        /// Always `rolefit-journal/1`.
        public var format: String
        /// `header`.
        public var type: String
        /// The session id (also the journal's file name).
        public var sessionID: String
        /// The candidate's name.
        public var candidate: String
        /// The engine settings, seed included.
        public var settings: SessionSettings
        /// The banks folder the session loaded.
        public var banksFolder: String
        /// The banks' fingerprints, to detect edits before resuming.
        public var banks: [BankFingerprint]
        /// When the session started.
        public var startedAt: Date
        /// RoleFit's version.
        public var engineVersion: String

        /// Creates a header.
        public init(
            sessionID: String, candidate: String, settings: SessionSettings, banksFolder: String,
            banks: [BankFingerprint], startedAt: Date
        ) {
            format = SessionJournal.format
            type = "header"
            self.sessionID = sessionID
            self.candidate = candidate
            self.settings = settings
            self.banksFolder = banksFolder
            self.banks = banks
            self.startedAt = startedAt
            engineVersion = RoleFitVersion.current
        }
    }

    /// One thing that happened after the header.
    public struct Event: Sendable, Codable, Hashable {
        /// What kind of event.
        public enum Kind: String, Sendable, Codable, Hashable {
            /// An answer (or a skip) to the question that was due.
            case answer
            /// The last answer was taken back.
            case undo
            /// The session was resumed after a quit or a crash.
            case resume
        }

        /// The kind.
        public var type: Kind
        /// For answers: the item and the response.
        public var answer: AnsweredItem?
        /// For an answer after the time limit: what was typed (the answer itself is recorded as skipped).
        public var late: LateAnswer?
        /// When it happened.
        public var at: Date

        /// An answer event.
        public static func answer(_ answer: AnsweredItem, at date: Date) -> Event {
            Event(type: .answer, answer: answer, at: date)
        }
        /// An answer that came after the time limit: `answer` is a skip, `late` what was typed.
        public static func lateAnswer(_ answer: AnsweredItem, typed late: LateAnswer, at date: Date) -> Event {
            Event(type: .answer, answer: answer, late: late, at: date)
        }
        /// An undo event.
        public static func undo(at date: Date) -> Event { Event(type: .undo, answer: nil, at: date) }
        /// A resume event.
        public static func resume(at date: Date) -> Event { Event(type: .resume, answer: nil, at: date) }
    }

    /// What a journal file holds, replayed into an answer list.
    public struct Contents: Sendable {
        /// The header.
        public var header: Header
        /// The answers in force (undos applied).
        public var answers: [AnsweredItem]
        /// How many undos were recorded.
        public var undoCount: Int
        /// How many resumes were recorded.
        public var resumeCount: Int
        /// Whether a torn last line (a crash mid-write) was ignored.
        public var droppedTornLine: Bool
        /// What was adjusted while reading (a time limit beyond the allowed range), in words.
        public var notes: [String] = []
        /// Answers typed after the time limit (kept, not scored), in order.
        public var lateAnswers: [LateAnswer] = []
    }

    /// Why a journal could not be read.
    public enum ReadError: Error, Sendable, CustomStringConvertible {
        /// The file could not be read.
        case unreadable(DurableFile.Failure)
        /// The first line is not a journal header.
        case notAJournal(String)
        /// A line in the middle is damaged.
        case damaged(path: String, line: Int)
        /// A value on a line is outside its allowed range.
        case outOfRange(path: String, line: Int, field: String, detail: String)

        /// A message that says what to do.
        public var description: String {
            switch self {
            case .unreadable(let failure): "\(failure)"
            case .notAJournal(let path): "\(path) is not a RoleFit session journal"
            case .damaged(let path, let line):
                "\(path):\(line) is damaged; the answers before it are intact — copy the file, delete that line and the ones after it, then resume"
            case .outOfRange(let path, let line, let field, let detail):
                "\(path):\(line): \(field) \(detail); the answers before that line are intact — copy the file, delete that line and the ones after it, then resume"
            }
        }
    }

    /// The journal file.
    public let path: String
    private var log: JSONLinesLog { JSONLinesLog(path: path) }

    /// A journal handle for `sessionID` inside `resultsFolder`.
    public init(resultsFolder: String, sessionID: String) {
        path = ((resultsFolder as NSString).appendingPathComponent(Self.folderName) as NSString)
            .appendingPathComponent(sessionID + ".jsonl")
    }

    /// A journal handle on an existing file.
    public init(path: String) {
        self.path = path
    }

    /// The folder holding this journal (checked by `SessionFolder` before any use).
    public var folder: String { (path as NSString).deletingLastPathComponent }

    /// Creates the journal with its header and returns the session's lock, held until the process ends
    /// or the lock is released. The sessions folder must be a real folder owned by the user (created
    /// private, mode 0700); the journal must not exist yet.
    @discardableResult
    public func create(_ header: Header) throws(DurableFile.Failure) -> SessionLock {
        try SessionFolder.prepare(folder)
        if FaultInjection.shared.readOnly {
            throw DurableFile.Failure(
                path: path, operation: "create", reason: String(cString: strerror(EROFS)), errorNumber: EROFS)
        }
        let lock: SessionLock
        do {
            lock = try SessionLock.create(journalPath: path)
        } catch {
            if case .system(let failure) = error { throw failure }
            throw DurableFile.Failure(path: path, operation: "create", reason: error.description)
        }
        do {
            try log.append(header)
        } catch {
            unlink(path)
            throw error
        }
        return lock
    }

    /// Locks the session for this process (see `SessionLock`); fails at once when another process has it.
    public func lock() throws(SessionLock.Failure) -> SessionLock {
        do {
            _ = try SessionFolder.check(folder)
        } catch {
            throw .system(error)
        }
        return try SessionLock.acquire(journalPath: path)
    }

    /// Whether `id` can name a session: 1–200 of A–Z, a–z, 0–9, `.`, `_`, `-`, not starting with a dot
    /// (so an id can never leave the sessions folder or name a hidden file).
    public static func isValidSessionID(_ id: String) -> Bool {
        guard (1...200).contains(id.utf8.count), id.first != "." else { return false }
        return id.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }

    /// Appends an event and fsyncs it.
    public func append(_ event: Event) throws(DurableFile.Failure) {
        try log.append(event)
    }

    /// Reads the journal, applying undos; a torn last line is dropped.
    public func read() throws(ReadError) -> Contents {
        let contents: JSONLinesLog.Contents
        do { contents = try log.read() } catch { throw .unreadable(error) }
        return try Self.replay(contents, path: path)
    }

    /// Reads a journal's bytes held in memory (`path` names it in errors), applying undos.
    public static func parse(_ data: Data, path: String) throws(ReadError) -> Contents {
        try replay(JSONLinesLog.lines(of: data), path: path)
    }

    private static func replay(_ contents: JSONLinesLog.Contents, path: String) throws(ReadError) -> Contents {
        guard let first = contents.lines.first,
            var header = try? JSONLinesLog.decode(Header.self, from: first), header.format == Self.format
        else {
            throw .notAJournal(path)
        }
        var notes: [String] = []
        if let limit = header.settings.timeLimit, !SessionDuration.timeLimitRange.contains(limit) {
            guard limit.isFinite, limit > 0 else {
                throw .outOfRange(
                    path: path, line: 1, field: "settings.timeLimit", detail: "= \(limit) is not a positive number of seconds")
            }
            let bound =
                limit < SessionDuration.timeLimitRange.lowerBound
                ? SessionDuration.timeLimitRange.lowerBound : SessionDuration.timeLimitRange.upperBound
            header.settings.timeLimit = bound
            notes.append(
                "the session's time limit (\(limit) s) is outside 1 s–24 h; continuing with \(SessionDuration.readableText(bound))"
            )
        }
        var answers: [AnsweredItem] = []
        var lateness: [LateAnswer?] = []
        var undos = 0
        var resumes = 0
        for (offset, line) in contents.lines.dropFirst().enumerated() {
            guard let event = try? JSONLinesLog.decode(Event.self, from: line) else {
                throw .damaged(path: path, line: offset + 2)
            }
            switch event.type {
            case .answer:
                if let answer = event.answer {
                    guard SessionDuration.isValidAnswer(answer.seconds) else {
                        throw .outOfRange(
                            path: path, line: offset + 2, field: "answer.seconds",
                            detail: "= \(answer.seconds) is outside 0–\(Int(SessionDuration.answerRange.upperBound)) seconds")
                    }
                    answers.append(answer)
                    lateness.append(event.late)
                }
            case .undo:
                if !answers.isEmpty {
                    answers.removeLast()
                    lateness.removeLast()
                }
                undos += 1
            case .resume:
                resumes += 1
            }
        }
        return Contents(
            header: header, answers: answers, undoCount: undos, resumeCount: resumes,
            droppedTornLine: contents.droppedTornLine, notes: notes, lateAnswers: lateness.compactMap { $0 })
    }

    /// Removes a torn last line left by a crash, so the next event starts on a fresh line.
    public func repairTornTail() throws(DurableFile.Failure) {
        try log.truncateTornTail()
    }

    /// Deletes the journal (after its result has been saved).
    public func remove() throws(DurableFile.Failure) {
        guard unlink(path) == 0 || errno == ENOENT else {
            let number = errno
            throw DurableFile.Failure(
                path: path, operation: "remove", reason: String(cString: strerror(number)), errorNumber: number)
        }
        DurableFile.syncFolder(folder)
    }

    /// Journals in a results folder, newest first (by modification time); none when the folder is
    /// missing, and an error when the sessions folder must not be used (see `SessionFolder`).
    public static func inProgress(resultsFolder: String) throws(DurableFile.Failure) -> [SessionJournal] {
        let folder = (resultsFolder as NSString).appendingPathComponent(folderName)
        guard try SessionFolder.check(folder) == .usable else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let paths = names.filter { $0.hasSuffix(".jsonl") && isValidSessionID(String($0.dropLast(6))) }
            .map { (folder as NSString).appendingPathComponent($0) }
        func modified(_ path: String) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
        }
        return paths.map { ($0, modified($0)) }.sorted { $0.1 > $1.1 }.map { SessionJournal(path: $0.0) }
    }

    /// The session id this journal's file name gives.
    public var sessionID: String {
        let name = (path as NSString).lastPathComponent
        return name.hasSuffix(".jsonl") ? String(name.dropLast(6)) : name
    }

    /// A new session id: UTC timestamp, the safe name and a random suffix.
    public static func newSessionID(candidate: String, at date: Date) -> String {
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        return "\(ResultFileName.timestamp(date))_\(ResultFileName.safeName(candidate))_\(suffix)"
    }
}
