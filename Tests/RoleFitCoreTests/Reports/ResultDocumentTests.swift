import Foundation
import Testing

@testable import RoleFitCore

/// The result document's issue-12 fields: older files still read, new ones round-trip, the range
/// check covers the new numbers, the builder copies the engine's outcome faithfully and the narrative
/// never names an unmeasured area.
@Suite struct ResultDocumentTests {
    /// A result written before issue 12 (the result reader's fuzz seed).
    static var olderFile: URL {
        Fixtures.packageRoot.appendingPathComponent("Fuzz/Seeds/FuzzResultReader/result-4-items.json")
    }

    @Test("a result written before the new fields still reads, and reports fall back to item counts")
    func olderFormat() throws {
        let data = try Data(contentsOf: Self.olderFile)
        let text = String(decoding: data, as: UTF8.self)
        for key in ["\"axes\"", "\"target\"", "\"selfView\"", "\"signals\"", "\"measured\"", "\"reason\"", "\"rule\""] {
            #expect(!text.contains(key), "the seed must predate \(key)")
        }
        let document = try ResultFileReader.decode(data).get()
        #expect(document.axes == nil && document.target == nil && document.selfView == nil && document.depth == nil)
        #expect(document.integrity.signals == nil && document.integrity.fastAnswerCount != nil)
        #expect(document.recommendation.reason == nil && document.recommendation.rule == nil)
        #expect(document.areas.allSatisfy { $0.measured == nil && $0.isMeasured == ($0.itemCount > 0) })
        #expect(!MarkdownResultReport.render(document).isEmpty && !HTMLResultReport.render(document).isEmpty)
    }

    @Test("a document with every new section survives encoding and decoding; nil sections are left out")
    func roundTrip() throws {
        let full = ReportFixtures.document(
            reason: .preferencesAndSkillsSplit, mode: .interview, axes: ReportFixtures.axes(disagree: true),
            target: ReportFixtures.target(.notEnoughEvidence))
        let data = try ResultStore.encode(full)
        #expect(try ResultFileReader.decode(data).get() == full)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let recommendation = try #require(object["recommendation"] as? [String: Any])
        #expect(
            recommendation["kind"] as? String == "no-clear-fit"
                && recommendation["reason"] as? String == "preferences-and-skills-split")
        #expect((recommendation["roles"] as? [String])?.isEmpty == true && recommendation["label"] as? String == "No clear fit")
        let areas = try #require(object["areas"] as? [[String: Any]])
        #expect(areas.map { $0["measured"] as? Bool } == [true, false, false])
        #expect(areas[1]["score"] as? Int == ReportFixtures.unmeasuredScore, "the estimate stays in the file, marked")
        let integrity = try #require(object["integrity"] as? [String: Any])
        #expect(
            integrity["fastAnswerCount"] == nil
                && (integrity["signals"] as? [String: Any])?["caveat"] as? String == IntegritySignals.caveat)
        let role = try JSONSerialization.jsonObject(with: ResultStore.encode(ReportFixtures.document())) as? [String: Any]
        #expect(role?["target"] == nil, "no target outside interviews")
        #expect((role?["recommendation"] as? [String: Any])?["reason"] == nil)
    }

    @Test(
        "the range check names the new numbers when they are out of range",
        arguments: [
            "axes.preference.confidence", "axes.capability.roles[0].probability", "axes.randomResponderProbability",
            "target.probabilityAboveAverage", "target.level.se", "selfView[0].difference", "integrity.signals.rapidAnswerCount",
            "settings.areaPrecision",
        ])
    func rangeCheck(field: String) throws {
        var document = ReportFixtures.document(mode: .interview, target: ReportFixtures.target(.demonstrated))
        #expect(ResultRangeCheck.firstProblem(in: document) == nil)
        switch field {
        case "axes.preference.confidence": document.axes?.preference.confidence = 1.5
        case "axes.capability.roles[0].probability": document.axes?.capability.roles[0].probability = -0.1
        case "axes.randomResponderProbability": document.axes?.randomResponderProbability = .nan
        case "target.probabilityAboveAverage": document.target?.probabilityAboveAverage = 2
        case "target.level.se": document.target?.level.se = -1
        case "selfView[0].difference": document.selfView?[0].difference = .infinity
        case "integrity.signals.rapidAnswerCount": document.integrity.signals?.rapidAnswerCount = -3
        default: document.settings.areaPrecision = 0
        }
        let problem = try #require(ResultRangeCheck.firstProblem(in: document))
        #expect(problem.hasPrefix(field + " = "), "\(problem)")
    }

    @Test("the disagreement sentence names what the person is drawn to and what they showed")
    func axesFromTheEngine() {
        let roleIDs = ["project", "product", "program", "tpm"]
        let names = ["project": "Project manager", "product": "Product manager", "program": "Program manager"]
        let axes = FitAxes(
            preference: FitAxis(
                probabilities: [0.02, 0.95, 0.02, 0.01], leader: "product", confidence: 0.95, evidenceCount: 9, isClear: true),
            noPreferenceProbability: 0.01,
            capability: FitAxis(
                probabilities: [0.1, 0.05, 0.8, 0.05], leader: "program", confidence: 0.8, evidenceCount: 12, isClear: true),
            randomResponderProbability: 0.03, disagree: true, rule: "rule")
        let summary = AxesSummary(axes, roleIDs: roleIDs) { names[$0] ?? $0 }
        #expect(
            summary.disagreement == "Drawn to product manager work; the strongest evidence of skill is for program manager work.")
        #expect(
            summary.preference.roles.map(\.id) == ["product", "project", "program", "tpm"],
            "most probable first, ties in catalogue order")
        #expect(summary.capability.roles.first == AxisRole(id: "program", probability: 0.8))
        #expect(summary.preference.clear && summary.capability.evidenceCount == 12 && summary.randomResponderProbability == 0.03)
        var agreeing = axes
        agreeing.disagree = false
        #expect(AxesSummary(agreeing, roleIDs: roleIDs) { $0 }.disagreement == nil)
    }

    @Test("the narrative names only measured areas, scores of 50 or more as strongest, and explains no clear fit")
    func narrative() throws {
        let document = ReportFixtures.document()
        let role = ResultNarrative(document)
        #expect(role.strengths.map(\.id) == ["risk-management"] && role.gaps.isEmpty, "prioritisation (88) is not measured")
        #expect(!role.why.joined().contains("prioritisation"), "an unmeasured area is never praised")
        var low = document
        low.areas[0].score = 12
        let weak = ResultNarrative(low)
        #expect(weak.strengths.isEmpty, "an emerging area is never 'strongest'")
        #expect(weak.gaps.isEmpty, "the only measured area is tied with the strongest, so it is no gap")
        #expect(weak.noGapNote?.contains("no single area stands out") == true)
        let split = ResultNarrative(
            ReportFixtures.document(reason: .preferencesAndSkillsSplit, axes: ReportFixtures.axes(disagree: true)))
        #expect(split.why.first?.hasPrefix("No role is named because what you said you prefer and the skills you showed") == true)
        #expect(split.why.contains { $0.contains("Drawn to product manager work") })
        let faker = ResultNarrative(
            ReportFixtures.document(reason: .tooLittleEvidence, mode: .interview, target: ReportFixtures.target(.notDemonstrated))
        )
        #expect(faker.why.first?.hasSuffix("the role's skills were not demonstrated.") == true)
        #expect(!faker.why.joined().contains("longer session"), "an interview does not ask for a longer session")
        #expect(ResultNarrative(document).stored.why == role.why.joined(separator: " "))
    }
}
