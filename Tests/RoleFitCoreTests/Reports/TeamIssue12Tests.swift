import Foundation
import RoleFitCore
import Testing

/// The team view and the session export show no clear fit with its reason, the signals per person,
/// the interview verdict, and areas only where they were measured.
@Suite struct TeamIssue12Tests {
    /// Five members: a role, a hybrid, two no-clear-fit results for different reasons, an older file.
    static func results() -> [LoadedResult] {
        let documents = [
            ReportFixtures.document(name: "Role"),
            ReportFixtures.document(recommended: ["product", "program"], name: "Hybrid"),
            ReportFixtures.document(
                reason: .inconsistentAnswers, signals: ReportFixtures.signals(rapid: 2, personFit: true), name: "Random"),
            ReportFixtures.document(
                reason: .preferencesAndSkillsSplit, mode: .interview, target: ReportFixtures.target(.notDemonstrated),
                name: "Split"),
            ReportFixtures.document(modern: false, name: "Older"),
        ]
        return documents.enumerated().map { index, document in LoadedResult(path: "/r/\(index).json", document: document) }
    }

    @Test("counts of no clear fit per reason, signals per member, measured areas only")
    func summary() {
        let team = TeamAnalysis.summarize(Self.results())
        #expect(team.noClearFit.map(\.reason) == NoClearFitReason.allCases)
        #expect(team.noClearFit.map(\.count) == [1, 0, 1])
        let members = Dictionary(uniqueKeysWithValues: team.members.map { ($0.name, $0) })
        #expect(members["Random"]?.noClearFitReason == .inconsistentAnswers && members["Role"]?.noClearFitReason == nil)
        #expect(members["Random"]?.signals == ["2 rapid answers", "person-fit"])
        #expect(members["Split"]?.targetVerdict == .notDemonstrated && members["Role"]?.targetVerdict == nil)
        #expect(members["Older"]?.signals == [], "an older file has no signals")
        #expect(team.membersWithSignals == 1)
        // Prioritisation (88) is not measured in the new documents, so only the older file counts it.
        #expect(members["Role"]?.scores == ["risk-management": ReportFixtures.measuredScore])
        #expect(members["Older"]?.scores["prioritisation"] == ReportFixtures.unmeasuredScore)
        #expect(team.areas.first { $0.id == "prioritisation" }?.measured == 1)
        #expect(team.areas.first { $0.id == "risk-management" }?.measured == 5)
        let product = team.roleMix.first { $0.id == "product" }
        #expect(product?.recommended == 2 && product?.inHybrid == 1, "no clear fit counts for no role")
    }

    @Test("text, HTML and CSV team reports show the no-clear-fit counts, reasons, verdicts and signals")
    func reports() {
        let team = TeamAnalysis.summarize(Self.results())
        let text = TeamTextReport.render(team, folder: "Results")
        #expect(
            text.contains("No clear fit: 2 (inconsistent answers 1 · too little evidence 0 · preferences and skills split 1)"))
        #expect(text.contains("No clear fit (inconsistent answers)") && text.contains("signals: 2 rapid answers, person-fit"))
        #expect(text.contains("verdict: not demonstrated"), "human words, not the raw key")
        #expect(text.contains("1 member has integrity signals raised. \(IntegritySignals.caveat)"))
        let html = TeamHTMLReport.render(team, folder: "Results")
        #expect(html.contains("<th>Signals</th>") && html.contains("<td>2 rapid answers, person-fit</td>"))
        #expect(
            html.contains("No clear fit (preferences and skills split)<br><span class=\"note\">verdict: not demonstrated</span>"))
        #expect(html.contains(HTMLEscape.text(IntegritySignals.caveat)))
        let csv = TeamCSV.render(team, table: .members)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(
            lines[0].hasPrefix(
                "name,file,mode,recommendation,kind,no_clear_fit_reason,confidence,target_verdict,signals,mean_score,"))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Random,2.json,self,No clear fit,no-clear-fit,inconsistent-answers,0.62,,2 rapid answers; person-fit,72.0,")
            })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Split,3.json,interview,No clear fit,no-clear-fit,preferences-and-skills-split,0.62,not-demonstrated,,")
            })
    }

    @Test("the session export carries the reason, the axes, the verdict, the gap flags, the signals and the rule")
    func sessionExport() throws {
        let results = Self.results()
        let rows = results.map(SessionExportRow.init)
        #expect(rows[2].noClearFitReason == .inconsistentAnswers && rows[0].noClearFitReason == nil)
        #expect(rows[0].preferenceLeader == "product" && rows[0].capabilityConfidence == 0.81)
        #expect(rows[3].targetVerdict == .notDemonstrated && rows[3].targetAboveAverage == 0.01)
        #expect(rows[0].selfViewGaps == "risk-management:rates-above")
        #expect(rows[2].personFit == true && rows[2].rapidAnswers == 2)
        #expect(rows[0].acquiescence == false)
        #expect(
            SessionExportRow(
                LoadedResult(
                    path: "/x.json", document: ReportFixtures.document(signals: ReportFixtures.signals(measurable: false)))
            ).acquiescence == nil,
            "acquiescence that could not be measured is left empty")
        #expect(rows[0].scores["prioritisation"] == .some(nil), "not measured: no number")
        #expect(rows[4].scores["prioritisation"] == .some(ReportFixtures.unmeasuredScore), "an older file: by item count")
        #expect(rows[4].rule == nil && rows[4].preferenceLeader == nil && rows[4].depth == nil)
        let csv = ResultExport.sessionsCSV(results).components(separatedBy: "\r\n")
        let header = csv[0].components(separatedBy: ",")
        let first = csv[1].components(separatedBy: ",")
        let value = { (name: String) in first[safe: header.firstIndex(of: name) ?? -1] }
        #expect(value("no_clear_fit_reason") == "" && value("depth") == "standard" && value("preference_leader") == "product")
        #expect(value("self_view_gaps") == "risk-management:rates-above" && value("acquiescence") == "false")
        #expect(csv[3].contains(",inconsistent-answers,") && csv[3].contains("Fixture rule: one role when its P ≥ 90%."))
    }

    @Test("CSV seconds carry no binary noise: 54.22, not 54.21999999999999")
    func secondsWithoutNoise() {
        var document = ReportFixtures.document()
        document.integrity.totalSeconds = 54.21999999999999
        document.items = [
            ItemRecord(
                index: 1, id: "kn-1", kind: .known(.singleChoice), area: "risk-management", prompt: "Q?", options: ["a"],
                response: .option(0), answerText: "1. a", correct: true, score: 1, maxScore: 1, keyedRoles: nil,
                seconds: 0.1 + 0.2, theta: 0, se: 0.5, leadingRole: "product", leaderProbability: 0.5)
        ]
        let loaded = [LoadedResult(path: "/x.json", document: document)]
        let sessions = ResultExport.sessionsCSV(loaded).components(separatedBy: "\r\n")
        let header = sessions[0].components(separatedBy: ",")
        let row = sessions[1].components(separatedBy: ",")
        #expect(row[safe: header.firstIndex(of: "total_seconds") ?? -1] == "54.22", "\(sessions[1])")
        let items = ResultExport.itemsCSV(loaded).components(separatedBy: "\r\n")
        let itemHeader = items[0].components(separatedBy: ",")
        #expect(items[1].components(separatedBy: ",")[safe: itemHeader.firstIndex(of: "seconds") ?? -1] == "0.3", "\(items[1])")
    }

    @Test("the team's question table marks the option right answers chose, and no option when nobody was right")
    func rightOptionMarked() {
        func answer(_ question: String, option: Int, correct: Bool) -> ItemRecord {
            ItemRecord(
                index: 1, id: question, kind: .known(.singleChoice), area: "risk-management", prompt: "Which?",
                options: ["a", "b", "c"], response: .option(option), answerText: "\(option + 1). x", correct: correct,
                score: correct ? 1 : 0, maxScore: 1, keyedRoles: nil, seconds: 5, theta: 0, se: 0.5, leadingRole: "product",
                leaderProbability: 0.5)
        }
        var first = ReportFixtures.document(name: "One")
        first.items = [answer("kn-1", option: 1, correct: true), answer("kn-2", option: 0, correct: false)]
        var second = ReportFixtures.document(name: "Two")
        second.sessionID = "two"
        second.items = [answer("kn-1", option: 2, correct: false), answer("kn-2", option: 2, correct: false)]
        let team = TeamAnalysis.summarize([
            LoadedResult(path: "/one.json", document: first), LoadedResult(path: "/two.json", document: second),
        ])
        let known = team.questions.first { $0.id == "kn-1" }
        #expect(known?.options.map(\.correct) == [nil, true, nil])
        #expect(team.questions.first { $0.id == "kn-2" }?.options.allSatisfy { $0.correct == nil } == true)
        let html = TeamHTMLReport.render(team, folder: "Results")
        #expect(
            html.components(separatedBy: "<strong class=\"right\">✓ right</strong></div>").count - 1 == 1, "one marked option")
    }
}
