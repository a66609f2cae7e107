import Foundation
import RoleFitCore

/// Result documents built by hand for the report tests, so every number in them is known: three
/// areas (one measured with score 72, one asked about but not measured with score 88, one not asked),
/// four roles, and the issue-12 sections as each test needs them.
enum ReportFixtures {
    /// The roles: id and name.
    static let roles = [
        ("product", "Product manager"), ("program", "Program manager"), ("project", "Project manager"),
        ("tpm", "Technical program manager"),
    ]

    /// The measured area's score (must appear in reports).
    static let measuredScore = 72
    /// The unmeasured area's score (kept in the file, never printed as a number).
    static let unmeasuredScore = 88

    /// The rule text every fixture carries.
    static let rule = "Fixture rule: one role when its P ≥ 90%."

    /// Areas: risk-management measured, prioritisation asked once but not measured, technical-depth not asked.
    static func areas() -> [AreaSummary] {
        [
            AreaSummary(
                id: "risk-management", name: "Risk management", areaOnly: Estimate(theta: 0.6, se: 0.5),
                combined: Estimate(theta: 0.58, se: 0.45), score: measuredScore, scoreLow: 55, scoreHigh: 85,
                band: .solid, itemCount: 4, selfRating: Estimate(theta: 1.9, se: 0.7), selfRatingCount: 1, measured: true),
            AreaSummary(
                id: "prioritisation", name: "Prioritisation", areaOnly: Estimate(theta: 1.2, se: 0.8),
                combined: Estimate(theta: 1.17, se: 0.75), score: unmeasuredScore, scoreLow: 31, scoreHigh: 99,
                band: .strong, itemCount: 1, selfRating: nil, selfRatingCount: 0, measured: false),
            AreaSummary(
                id: "technical-depth", name: "Technical depth", areaOnly: Estimate(theta: 0, se: 1),
                combined: Estimate(theta: 0, se: 0.9), score: 50, scoreLow: 3, scoreHigh: 97, band: .solid,
                itemCount: 0, selfRating: nil, selfRatingCount: 0, measured: false),
        ]
    }

    /// An axis led by `leader` with `confidence`, the rest shared evenly.
    static func axis(_ leader: String?, _ confidence: Double, clear: Bool, count: Int) -> AxisSummary {
        let others = roles.map(\.0).filter { $0 != leader }
        let rest = (1 - confidence) / Double(others.count)
        let entries =
            (leader.map { [AxisRole(id: $0, probability: confidence)] } ?? [])
            + others.map { AxisRole(id: $0, probability: rest) }
        return AxisSummary(leader: leader, confidence: confidence, clear: clear, evidenceCount: count, roles: entries)
    }

    /// Axes that agree on product (or disagree: product preferred, program shown).
    static func axes(disagree: Bool = false, randomResponding: Double = 0.02) -> AxesSummary {
        AxesSummary(
            preference: axis("product", 0.97, clear: true, count: 9),
            capability: axis(disagree ? "program" : "product", 0.81, clear: true, count: 14),
            noPreferenceProbability: 0.03, randomResponderProbability: randomResponding, disagree: disagree,
            disagreement: disagree
                ? AxesSummary.disagreementSentence(drawnTo: "Product manager", showed: "Program manager") : nil)
    }

    /// Signals: rapid answers, person-fit and acquiescence as given.
    static func signals(rapid: Int = 0, personFit: Bool = false, acquiescence: Bool = false, measurable: Bool = true)
        -> SignalsSummary
    {
        SignalsSummary(
            rapidAnswerCount: rapid, rapidItems: (0..<rapid).map { "rp-\($0)" }, straightLining: false,
            acquiescence: acquiescence, acquiescenceMeasurable: measurable, personFit: personFit,
            randomResponderProbability: personFit ? 0.8 : 0.02, disagreement: false)
    }

    /// The gap report: risk-management rated well above what was shown.
    static func selfView() -> [SelfViewSummary] {
        [
            SelfViewSummary(
                area: "risk-management", selfRating: Estimate(theta: 1.9, se: 0.7), shown: Estimate(theta: 0.58, se: 0.45),
                selfRatingCount: 1, difference: 1.32, gap: .ratesAbove)
        ]
    }

    /// An interview verdict on tpm.
    static func target(_ verdict: TargetAssessment.Verdict) -> TargetSummary {
        TargetSummary(
            role: "tpm", verdict: verdict, definingAreas: ["technical-depth", "risk-management"], capabilityItemCount: 9,
            level: Estimate(theta: -2.1, se: 0.4), probabilityAboveAverage: 0.01, capabilityProbability: 0.05,
            selfReportedPreference: 0.81)
    }

    /// A document: `roles` recommended (empty with a `reason` for no clear fit), and the issue-12
    /// sections as given (nil gives an older-format document without them).
    static func document(
        recommended: [String] = ["product"], reason: NoClearFitReason? = nil, mode: SessionMode = .selfAssessment,
        axes: AxesSummary? = ReportFixtures.axes(), target: TargetSummary? = nil,
        selfView: [SelfViewSummary]? = ReportFixtures.selfView(), signals: SignalsSummary? = ReportFixtures.signals(),
        modern: Bool = true, name: String = "Fixture Person"
    ) -> ResultDocument {
        let probabilities = ["product": 0.62, "program": 0.3, "project": 0.05, "tpm": 0.03]
        let kind: RecommendationKind = reason != nil ? .noClearFit : (recommended.count == 2 ? .hybrid : .role)
        let label =
            kind == .noClearFit
            ? RecommendationSummary.noClearFitLabel
            : recommended.map { id in roles.first { $0.0 == id }?.1 ?? id }.joined(separator: " / ")
        let confidence = kind == .hybrid ? 0.92 : 0.62
        var areas = areas()
        if !modern { for index in areas.indices { areas[index].measured = nil } }
        let finished = Date(timeIntervalSince1970: 1_800_000_000)
        return ResultDocument(
            sessionID: "fixture", candidate: name, mode: mode, targetRole: target?.role, startedAt: finished - 600,
            finishedAt: finished, engineVersion: "test", seed: 1, settings: SessionSettings(seed: 1),
            banks: [BankFingerprint(id: "fixture", sha256: String(repeating: "ab", count: 32), items: 10)],
            recommendation: RecommendationSummary(
                kind: kind, roles: kind == .noClearFit ? [] : recommended, label: label, confidence: confidence,
                confidenceWords: ConfidenceWords(probability: confidence), stopReason: .maxItems, reason: reason,
                rule: modern ? rule : nil),
            roles: roles.map { id, roleName in
                RoleSummary(
                    id: id, name: roleName, fit: 0, fitSE: 0.3, probability: probabilities[id] ?? 0,
                    capabilityProbability: 0.25, orientationProbability: 0.25)
            },
            areas: areas, items: [],
            summary: Narrative(strongest: ["risk-management"], weakest: [], why: "Fixture why."),
            integrity: Integrity(
                notes: [], undoCount: 0, skippedCount: 0, resumeCount: 0, fastAnswerCount: modern ? nil : 2,
                totalSeconds: 300, signals: modern ? signals : nil),
            depth: modern ? .standard : nil, axes: modern ? axes : nil, target: modern ? target : nil,
            selfView: modern ? selfView : nil)
    }
}
