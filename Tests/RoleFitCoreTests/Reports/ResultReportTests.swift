import Foundation
import RoleFitCore
import Testing

/// The Markdown and HTML reports show issue 12's result: no clear fit with its reason, the two axes
/// and the rule, the disagreement in words, the interview verdict, "not enough evidence" instead of a
/// number, the gap report and the signals with their caveat; older documents render without them.
@Suite struct ResultReportTests {
    /// Both renderings of a document.
    static func both(_ document: ResultDocument) -> [(String, String)] {
        [("markdown", MarkdownResultReport.render(document)), ("html", HTMLResultReport.render(document))]
    }

    /// The text from `heading` to the next heading of the same kind.
    static func section(_ text: String, from heading: String) -> String {
        guard let start = text.range(of: heading) else { return "" }
        let next = heading.hasPrefix("<h2>") ? "<h2>" : "\n## "
        let rest = text[start.upperBound...]
        return String(rest[..<(rest.range(of: next)?.lowerBound ?? rest.endIndex)])
    }

    @Test("no clear fit: the headline gives the reason, never 'closest fit'", arguments: NoClearFitReason.allCases)
    func noClearFit(reason: NoClearFitReason) {
        let document = ReportFixtures.document(reason: reason)
        let headline = ResultNarrative(document).headline
        #expect(headline.hasPrefix("no clear fit — ") && headline.count > 20)
        for (format, text) in Self.both(document) {
            let escaped = format == "html" ? HTMLEscape.text(headline) : MarkdownEscape.inline(headline)
            #expect(text.contains("Result:") && text.contains(escaped), "\(format)")
            #expect(!text.contains("Closest fit"), "\(format)")
            #expect(text.contains(ReportFixtures.rule), "\(format): the rule")
        }
    }

    @Test("a role and a hybrid keep the closest-fit headline")
    func roleAndHybrid() {
        let role = ReportFixtures.document()
        #expect(ResultNarrative(role).headline == "Product manager — tentative (62%)")
        let hybrid = ReportFixtures.document(recommended: ["product", "program"])
        #expect(
            ResultNarrative(hybrid).headline
                == "a hybrid of Product manager and Program manager — clear (92% that one of the two fits best)")
        for (format, text) in Self.both(hybrid) { #expect(text.contains("Closest fit"), "\(format)") }
    }

    @Test("the two axes, their consistency probabilities and the disagreement in words")
    func axes() throws {
        let agreeing = ReportFixtures.document()
        let split = ReportFixtures.document(reason: .preferencesAndSkillsSplit, axes: ReportFixtures.axes(disagree: true))
        let sentence = "Drawn to product manager work; the strongest evidence of skill is for program manager work."
        #expect(split.axes?.disagreement == sentence)
        for (format, text) in Self.both(split) {
            #expect(text.contains("Preference and capability"), "\(format)")
            #expect(text.contains("Drawn to (preferences)") && text.contains("Showed skill in (capability)"), "\(format)")
            #expect(text.contains("They disagree:") && text.contains(sentence), "\(format)")
            #expect(text.contains("P(no preference) 3% · P(random responding) 2%"), "\(format)")
        }
        for (format, text) in Self.both(agreeing) {
            #expect(text.contains("Preference and capability") && !text.contains("They disagree"), "\(format)")
        }
        // Product leads preferences at 97%, clear, from 9 answers; capability 81% from 14.
        let preference = try #require(agreeing.axes?.preference)
        #expect(ResultWording.axis(preference, names: ResultNames(agreeing)) == "Product manager 97% (clear; 9 answers)")
        let empty = ReportFixtures.axis(nil, 0.25, clear: false, count: 0)
        #expect(ResultWording.axis(empty, names: ResultNames(agreeing)) == "no evidence in this session")
    }

    @Test("the interview verdict rests on capability; the preference is shown as self-reported")
    func interviewVerdict() {
        let document = ReportFixtures.document(
            reason: .tooLittleEvidence, mode: .interview, target: ReportFixtures.target(.notDemonstrated))
        for (format, text) in Self.both(document) {
            #expect(text.contains("Interview verdict: Technical program manager"), "\(format)")
            #expect(text.contains("Not demonstrated"), "\(format)")
            #expect(text.contains("Self-reported preference for the role: 81%"), "\(format)")
            #expect(text.contains("it does not decide the verdict"), "\(format)")
            // θ −2.1 ± 1.96·0.4 → scores 2 (0–9); P(above average) 1%; 9 questions.
            let level = "Level over the role's defining areas: 2 (95% range 0–9)"
            #expect(text.contains(format == "html" ? HTMLEscape.text(level) : MarkdownEscape.inline(level)), "\(format)")
            #expect(text.contains("P(above the reference average) 1%; from 9 capability questions."), "\(format)")
        }
        #expect(ResultWording.verdict(.demonstrated) == "Demonstrated")
        #expect(ResultWording.verdict(.notEnoughEvidence) == "Not enough evidence")
        let plain = ReportFixtures.document()
        for (format, text) in Self.both(plain) { #expect(!text.contains("Interview verdict"), "\(format)") }
    }

    @Test("an area without enough evidence gets words, not its number; measured ones keep theirs")
    func unmeasuredAreas() {
        let document = ReportFixtures.document()
        let markdown = MarkdownResultReport.render(document)
        #expect(markdown.contains("| Prioritisation | not enough evidence | — | — | 1 |"))
        #expect(markdown.contains("| Risk management | 72 | 55–85 | solid | 4 |"))
        #expect(!markdown.contains("| Technical depth |"), "an area not asked about has no row")
        let html = HTMLResultReport.render(document)
        #expect(html.contains("Prioritisation (not enough evidence (1 question))"))
        #expect(html.contains("72 solid") && !html.contains("88 strong"))
        #expect(html.contains("1 area was not asked about"))
        for (format, text) in Self.both(document) {
            let areas = Self.section(text, from: format == "html" ? "<h2>Skill areas</h2>" : "## Skill areas")
            #expect(areas.contains("Prioritisation") && areas.contains("72"), "\(format): \(areas)")
            #expect(!areas.contains("\(ReportFixtures.unmeasuredScore)"), "\(format): the unmeasured score stays out")
        }
    }

    @Test("the gap report flags a self-rating well above what was shown")
    func gapReport() {
        let document = ReportFixtures.document()
        let markdown = MarkdownResultReport.render(document)
        // Self θ 1.9 → 97, shown θ 0.58 → 72.
        #expect(markdown.contains("| Risk management | 97 | 72 | 1 | **rated well above what was shown** |"))
        #expect(markdown.contains(ResultWording.gapRule))
        let html = HTMLResultReport.render(document)
        #expect(html.contains("<strong>rated well above what was shown</strong>"))
        let none = ReportFixtures.document(selfView: [])
        for (format, text) in Self.both(none) { #expect(!text.contains("How you rate yourself"), "\(format)") }
        #expect(ResultWording.gap(.ratesBelow) == "rated well below what was shown" && ResultWording.gap(.none) == "in line")
    }

    @Test("signals are listed with the caveat; none raised says so; acquiescence that could not be checked is named")
    func signals() {
        let raised = ReportFixtures.document(signals: ReportFixtures.signals(rapid: 3, personFit: true, measurable: false))
        for (format, text) in Self.both(raised) {
            #expect(text.contains("3 answers were given faster than a quarter of the question"), "\(format)")
            #expect(
                text.contains("Person-fit: the answers fit random responding better than any consistent profile (P = 80%)."),
                "\(format)")
            #expect(text.contains("Acquiescence could not be checked"), "\(format)")
            let caveat =
                format == "html" ? HTMLEscape.text(IntegritySignals.caveat) : MarkdownEscape.inline(IntegritySignals.caveat)
            #expect(text.contains(caveat), "\(format)")
        }
        let quiet = ReportFixtures.document(signals: ReportFixtures.signals())
        for (format, text) in Self.both(quiet) {
            #expect(text.contains("No signal raised.") && !text.contains("Acquiescence could not"), "\(format)")
        }
        #expect(ReportFixtures.signals(rapid: 1, acquiescence: true).raised == ["1 rapid answer", "acquiescence"])
    }

    @Test("an older document (no axes, verdict, gap report or signals) renders as before, its areas by item count")
    func olderDocument() {
        let document = ReportFixtures.document(modern: false)
        #expect(document.areas.map(\.isMeasured) == [true, true, false])
        for (format, text) in Self.both(document) {
            for section in [
                "Preference and capability", "How the result was decided", "Interview verdict", "How you rate yourself",
                "Signals",
            ] {
                #expect(!text.contains(section), "\(format): \(section)")
            }
            let areas = Self.section(text, from: format == "html" ? "<h2>Skill areas</h2>" : "## Skill areas")
            #expect(
                areas.contains("\(ReportFixtures.unmeasuredScore)"), "\(format): an older file's area with items keeps its number"
            )
        }
        #expect(
            HTMLResultReport.render(document).contains("Answers under 2 s: 2") == false, "integrity counts only for interviews")
        let interview = ReportFixtures.document(mode: .interview, modern: false)
        #expect(HTMLResultReport.render(interview).contains("Answers under 2 s: 2"))
        let modern = ReportFixtures.document(mode: .interview, signals: ReportFixtures.signals(rapid: 4))
        #expect(HTMLResultReport.render(modern).contains("Rapid answers (under a quarter of the reading time): 4"))
    }
}

/// The gap report gives a number only for measured areas.
@Suite struct SelfViewMeasuredTests {
    @Test("an unmeasured area's shown level reads 'not enough evidence' and is not compared")
    func unmeasuredShown() {
        var document = ReportFixtures.document()
        document.selfView?.append(
            SelfViewSummary(
                area: "prioritisation", selfRating: Estimate(theta: -1.5, se: 0.6), shown: Estimate(theta: 1.17, se: 0.75),
                selfRatingCount: 2, difference: -2.67, gap: .ratesBelow))
        for (format, text) in ResultReportTests.both(document) {
            let section = ResultReportTests.section(
                text, from: format == "html" ? "<h2>How you rate yourself" : "## How you rate yourself")
            #expect(section.contains("not compared (too little evidence)"), "\(format)")
            #expect(!section.contains("88") && !section.contains("rated well below"), "\(format): \(section)")
            #expect(section.contains("rated well above what was shown"), "\(format): the measured area keeps its flag")
        }
    }
}
