import Foundation
import RoleFitCore
import Testing

/// `rolefit report --for interviewer`: written about the candidate in the third person, it answers
/// whether the evidence supports the target role, gives per-area evidence with question counts,
/// flags a long (312 s), a rapid and a late answer, and keeps the signals' caveat.
@Suite struct InterviewerReportTests {
    /// A knowledge record in risk-management.
    static func record(_ index: Int, seconds: Double, correct: Bool?, skipped: Bool = false) -> ItemRecord {
        ItemRecord(
            index: index, id: "kn-\(index)", kind: .known(.singleChoice), area: "risk-management", prompt: "Question \(index)?",
            options: ["a", "b"], response: skipped ? .skipped : .option(0), answerText: skipped ? "skipped" : "1. a",
            correct: skipped ? nil : correct, score: skipped ? nil : (correct == true ? 1 : 0), maxScore: 1, keyedRoles: nil,
            seconds: seconds, theta: 0, se: 0.5, leadingRole: "tpm", leaderProbability: 0.5)
    }

    /// An interview on tpm, not demonstrated, with six answers: one of 312 s, one rapid, one late.
    static func document() -> ResultDocument {
        var document = ReportFixtures.document(
            mode: .interview, target: ReportFixtures.target(.notDemonstrated), signals: ReportFixtures.signals(rapid: 1))
        document.items = [
            record(1, seconds: 30, correct: true), record(2, seconds: 312, correct: false), record(3, seconds: 25, correct: true),
            record(4, seconds: 28, correct: false), record(5, seconds: 35, correct: true),
            record(6, seconds: 20, correct: nil, skipped: true),
        ]
        document.integrity.signals?.rapidItems = ["kn-5"]
        document.integrity.lateAnswers = [LateAnswer(itemID: "kn-6", text: "b")]
        document.integrity.notes = ["Question 6 was answered after the time limit (typed: \"b\"); it was not scored."]
        return document
    }

    @Test("the model: the verdict question, per-area counts, long/rapid/late flags")
    func model() {
        let report = InterviewerReport(Self.document())
        #expect(report.question == "Does the evidence support the target role, technical program manager?")
        #expect(report.answer == "No: the skills of the role were not demonstrated.")
        let risk = report.areas.first { $0.name == "Risk management" }
        #expect(risk?.questions == 4 && risk?.answers == "3 right, 2 wrong, 1 skipped" && risk?.defining == true)
        #expect(report.areas.contains { $0.name == "Technical depth" && $0.defining && $0.level == "not enough evidence" })
        #expect(report.medianSeconds == 29)
        #expect(report.timing.map(\.flags) == [[], ["long"], [], [], ["rapid"], ["late: not scored"]])
        #expect(
            report.flagged == [
                "Question 2 (kn-2): 5 min 12 s, long", "Question 5 (kn-5): 35 s, rapid",
                "Question 6 (kn-6): 20 s, late: not scored",
            ])
    }

    @Test("a long answer needs three times the median and 90 s: a session of slow answers flags none")
    func longRule() {
        var document = Self.document()
        for index in document.items.indices { document.items[index].seconds = 300 }
        #expect(InterviewerReport(document).timing.allSatisfy { !$0.flags.contains("long") })
    }

    @Test("Markdown and HTML speak about the candidate, never to them, and carry every section")
    func formats() {
        let document = Self.document()
        for (format, text) in [
            ("markdown", InterviewerMarkdownReport.render(document)), ("html", InterviewerHTMLReport.render(document)),
        ] {
            let title = "Interviewer's report: Fixture Person"
            #expect(text.contains(format == "html" ? HTMLEscape.text(title) : MarkdownEscape.inline(title)), "\(format)")
            #expect(text.contains("Does the evidence support the target role, technical program manager?"), "\(format)")
            #expect(text.contains("No: the skills of the role were not demonstrated."), "\(format)")
            #expect(text.contains("312.0") && text.contains("long"), "\(format): the 312 s answer is flagged")
            #expect(text.contains("late: not scored") && text.contains("it was not scored"), "\(format)")
            #expect(text.contains("never an automatic verdict"), "\(format): the caveat")
            for second in [" you ", "You ", " your ", "Your "] { #expect(!text.contains(second), "\(format): '\(second)'") }
        }
    }
}
