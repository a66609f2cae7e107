import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitTerminal

/// An interview shows the candidate nothing of the verdict: the text screen ends neutrally, and the
/// JSON-lines protocol carries the new result sections only in its final `result` object (as it
/// always carried the whole document), never in the events before it.
@Suite("What an interview discloses")
struct InterviewDisclosureTests {
    /// Inputs for a whole interview on tpm (scripted valid answers, enough for the longest session).
    static func inputs(_ settings: SessionSettings) throws -> [LineInput] {
        var probe = try AssessmentSession(bankSet: SessionHarness.bankSet, settings: settings)
        var inputs: [LineInput] = []
        for turn in 0..<200 {
            guard let item = probe.currentQuestion else { break }
            let line = SessionHarness.validAnswer(for: item, turn: turn)
            inputs.append(.line(line))
            guard case .answer(let response) = AnswerParser(item: item).parse(line) else { break }
            try probe.record(response, seconds: 5)
        }
        return inputs
    }

    @Test("text: the candidate sees a neutral closing screen, no verdict, axes or signals")
    func textInterview() throws {
        let settings = SessionSettings(mode: .interview, targetRole: "tpm", seed: 4)
        let harness = try SessionHarness(inputs: try Self.inputs(settings), settings: settings)
        guard case .finished(let path) = harness.controller.run() else {
            Issue.record("the interview did not finish")
            return
        }
        let document = try ResultStore.decode(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(document.target != nil, "the verdict is in the file, for the interviewer")
        let shown = harness.console.outputText + harness.console.messageText
        #expect(shown.contains("Thank you, that is the end of the session."))
        for hidden in [
            "Interview verdict", "Preference and capability", "Signals:", "no clear fit", "closest fit", "demonstrated",
        ] {
            #expect(!shown.contains(hidden), "\(hidden)")
        }
    }

    @Test("jsonl: the candidate's side gets no result, no path and no leading role; the file has it all")
    func jsonLinesInterview() throws {
        let settings = SessionSettings(mode: .interview, targetRole: "tpm", seed: 4)
        let harness = try SessionHarness(inputs: try Self.inputs(settings), settings: settings, format: "jsonl")
        guard case .finished(let path) = harness.controller.run() else {
            Issue.record("the interview did not finish")
            return
        }
        let objects = harness.console.outputText.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let allowed: [String: Set<String>] = [
            "start": ["type", "sessionID", "mode", "targetRole", "maxItems", "resumedAnswers"],
            "question": ["type", "id", "index", "kind", "area", "areaName", "prompt", "options", "accepts", "progress"],
            "error": ["type", "message"], "notice": ["type", "message"], "progress": ["type", "message"],
            "help": ["type", "message"], "ended": ["type", "sessionID", "message"],
        ]
        #expect(objects.first?["type"] as? String == "start" && objects.last?["type"] as? String == "ended")
        #expect(objects.last?["message"] as? String == InterviewEnd.message)
        for object in objects {
            let type = object["type"] as? String ?? ""
            #expect(type != "result" && type != "feedback", "\(type)")
            #expect(Set(object.keys).isSubset(of: allowed[type] ?? []), "\(type): \(object.keys.sorted())")
            let progress = object["progress"] as? [String: Any] ?? [:]
            #expect(Set(progress.keys).isSubset(of: ["estimatedRemaining"]), "no leading role: \(progress.keys.sorted())")
        }
        let output = harness.console.outputText
        for hidden in ["demonstrated", "\"target\"", "\"axes\"", "probability", path] {
            #expect(!output.contains(hidden), "\(hidden)")
        }
        let document = try ResultStore.decode(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(document.target != nil && document.axes != nil, "the verdict is in the file, for the interviewer")
    }

    @Test("jsonl outside interviews still ends with the whole result and its leading role")
    func jsonLinesSelfAssessment() throws {
        let settings = SessionSettings(seed: 4)
        let harness = try SessionHarness(inputs: try Self.inputs(settings), settings: settings, format: "jsonl")
        _ = harness.controller.run()
        let objects = harness.console.outputText.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.last?["type"] as? String == "result" && objects.last?["result"] != nil)
        #expect(objects.contains { ($0["progress"] as? [String: Any])?["leadingRole"] != nil })
    }
}
