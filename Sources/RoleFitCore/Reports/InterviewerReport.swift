/// What `rolefit report --for interviewer` says, in the third person, before any format draws it:
/// whether the evidence supports the target role, per-area evidence with question counts, the time
/// each question took with long, rapid and late answers flagged, the integrity notes and signals with
/// their caveat, and the narrative written about the candidate.
public struct InterviewerReport: Sendable {
    /// An answer is flagged as long when it took at least this many times the session's median answer time…
    public static let longFactor = 3.0
    /// …and at least this many seconds.
    public static let longFloor = 90.0

    /// The document reported on.
    public let document: ResultDocument
    /// The narrative in the third person.
    public let narrative: ResultNarrative
    /// "Does the evidence support the target role?" answered in one line.
    public let question: String
    /// The answer: the interview verdict, or the recommendation when the session had no target.
    public let answer: String
    /// What the answer rests on.
    public let basis: [String]
    /// One row per area asked about.
    public let areas: [AreaEvidence]
    /// One row per question, in order.
    public let timing: [QuestionTiming]
    /// The session's median answer time in seconds.
    public let medianSeconds: Double

    /// Evidence in one skill area.
    public struct AreaEvidence: Sendable {
        /// Area name.
        public var name: String
        /// "72 (55–85), solid" or "not enough evidence".
        public var level: String
        /// Skill questions answered in the area.
        public var questions: Int
        /// "3 right, 1 wrong", "2 of 3 on scenarios", or "—".
        public var answers: String
        /// Whether the area defines the target role.
        public var defining: Bool
    }

    /// One question's timing.
    public struct QuestionTiming: Sendable {
        /// 1-based position.
        public var index: Int
        /// Item id.
        public var id: String
        /// Kind and area.
        public var what: String
        /// Seconds taken.
        public var seconds: Double
        /// How it came out ("right", "skipped", …).
        public var outcome: String
        /// "long", "rapid", "late: not scored" — empty when nothing is flagged.
        public var flags: [String]
    }

    /// The report of a document.
    public init(_ document: ResultDocument) {
        self.document = document
        narrative = ResultNarrative(document, voice: .interviewer)
        let names = ResultNames(document)
        if let target = document.target {
            question = "Does the evidence support the target role, \(names.role(target.role).lowercased())?"
            answer =
                switch target.verdict {
                case .demonstrated: "Yes: the skills of the role were demonstrated."
                case .notDemonstrated: "No: the skills of the role were not demonstrated."
                case .notEnoughEvidence: "Not yet: there is not enough evidence either way."
                }
            basis = [
                "From capability questions in the role's defining areas: \(ResultWording.definingAreas(target, names: names)).",
                ResultWording.targetLevel(target),
                ResultWording.selfReportedPreference(target),
            ]
        } else {
            question = "Which role does the evidence point to?"
            answer = narrative.lead + ": " + narrative.headline
            basis = ["This session had no target role (it was not started with --mode interview --target ROLE)."]
        }
        let defining = Set(document.target?.definingAreas ?? [])
        areas = document.areas.filter { $0.itemCount > 0 || defining.contains($0.id) }.map { area in
            let records = document.items.filter {
                $0.area == area.id && $0.kind != .known(.selfRating) && $0.kind != .known(.roleKeyed)
            }
            let right = records.count { ItemOutcome.isRight($0) == true }
            let wrong = records.count { ItemOutcome.isRight($0) == false }
            let skipped = records.count { $0.response == .skipped }
            var parts = ["\(right) right", "\(wrong) wrong"]
            if skipped > 0 { parts.append("\(skipped) skipped") }
            let level =
                area.isMeasured
                ? "\(ReportText.clampedScore(area.score)) (\(ReportText.clampedScore(area.scoreLow))–\(ReportText.clampedScore(area.scoreHigh))), \(area.band)"
                : ResultWording.notEnoughEvidence
            return AreaEvidence(
                name: area.name, level: level, questions: area.itemCount,
                answers: records.isEmpty ? "—" : parts.joined(separator: ", "), defining: defining.contains(area.id))
        }
        let seconds = document.items.map(\.seconds).sorted()
        let median =
            seconds.isEmpty
            ? 0
            : seconds.count % 2 == 1
                ? seconds[seconds.count / 2] : (seconds[seconds.count / 2 - 1] + seconds[seconds.count / 2]) / 2
        medianSeconds = median
        let rapid = Set(document.integrity.signals?.rapidItems ?? [])
        let late = Set((document.integrity.lateAnswers ?? []).map(\.itemID))
        timing = document.items.map { record in
            var flags: [String] = []
            if record.seconds >= Self.longFloor && record.seconds >= Self.longFactor * median { flags.append("long") }
            if rapid.contains(record.id) { flags.append("rapid") }
            if late.contains(record.id) { flags.append("late: not scored") }
            return QuestionTiming(
                index: record.index, id: record.id, what: "\(record.kind.label) · \(names.area(record.area))",
                seconds: record.seconds, outcome: ItemOutcome.describe(record, roleNames: names.roles), flags: flags)
        }
    }

    /// The title every format uses.
    public var title: String { "Interviewer's report: \(document.candidate)" }

    /// How the long-answer flag is decided, in words.
    public var longRule: String {
        "An answer is flagged long when it took at least \(ReportText.fixed(Self.longFactor, 0)) times the session's median (\(ReportText.duration(medianSeconds))) and at least \(ReportText.duration(Self.longFloor)); rapid when it was faster than a quarter of the question's reading time."
    }

    /// The flagged questions in one line each ("Question 7 (pm-109): 312 s, long").
    public var flagged: [String] {
        timing.filter { !$0.flags.isEmpty }.map {
            "Question \($0.index) (\($0.id)): \(ReportText.duration($0.seconds)), \($0.flags.joined(separator: ", "))"
        }
    }
}
