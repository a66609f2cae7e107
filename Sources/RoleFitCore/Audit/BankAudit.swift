import Foundation

/// `rolefit banks audit`: checks that items measure rather than telegraph — role-keyed options that
/// vocabulary does not give away, no test-wise cue that beats chance, balanced keys, no near-duplicates,
/// enough items per area, kind and distinction, and balanced reverse keying of self-ratings.
public enum BankAudit {
    /// Audits a bank set against `thresholds`.
    public static func run(_ set: BankSet, thresholds: AuditThresholds = .standard) -> AuditReport {
        var checks: [AuditReport.Check] = []
        var findings: [AuditReport.Finding] = []
        let items = set.items
        let roles = set.catalogue.roles.map(\.id)

        let decodability = auditDecodability(items, roles: roles, thresholds: thresholds, checks: &checks, findings: &findings)
        auditRoleKeyedBalance(
            items.filter { $0.kind == .roleKeyed }, roles: roles, thresholds: thresholds, checks: &checks, findings: &findings)
        let cueRules = auditCues(items, thresholds: thresholds, checks: &checks, findings: &findings)
        auditKeys(items, thresholds: thresholds, checks: &checks, findings: &findings)
        auditDuplicates(items, thresholds: thresholds, checks: &checks, findings: &findings)
        let perDistinction = auditCoverage(set, thresholds: thresholds, checks: &checks, findings: &findings)
        auditReverseKeys(set, thresholds: thresholds, checks: &checks, findings: &findings)
        return AuditReport(
            checks: checks, findings: findings, cueRules: cueRules, decodability: decodability,
            itemsPerDistinction: perDistinction, thresholds: thresholds)
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
    static func points(_ value: Double) -> String { String(format: "%+.0f points", value * 100) }

    // MARK: - Role-keyed items

    private static func auditDecodability(
        _ items: [Item], roles: [String], thresholds: AuditThresholds,
        checks: inout [AuditReport.Check], findings: inout [AuditReport.Finding]
    ) -> AuditReport.Decodability {
        let results = RoleKeyDecoder.decodeLeavingItemOut(items, roles: roles)
        var perRole: [String: (decoded: Int, total: Int)] = [:]
        var decoded = 0
        var options = 0
        var full = 0
        for (item, hits, guesses) in results {
            for (option, hit) in zip(item.options, hits) {
                options += 1
                if hit { decoded += 1 }
                for role in option.roles {
                    perRole[role, default: (0, 0)].total += 1
                    if hit { perRole[role, default: (0, 0)].decoded += 1 }
                }
            }
            let count = hits.count(where: { $0 })
            if !hits.isEmpty, count == hits.count { full += 1 }
            if count * 2 > hits.count {
                let named = zip(item.options.indices, guesses).compactMap { index, guess in
                    guess.map { hits[index] ? "\(index + 1)→\($0)" : nil } ?? nil
                }
                findings.append(
                    .init(
                        check: "decodability", item: item,
                        message:
                            "\(item.id): vocabulary names the keyed role of \(count) of \(hits.count) options (\(named.joined(separator: ", "))); give the options the same nouns and let them differ by what the person would answer for"
                    ))
            }
        }
        let byRole = perRole.mapValues { $0.total == 0 ? 0 : Double($0.decoded) / Double($0.total) }
        let result = AuditReport.Decodability(
            options: options, decoded: decoded, byRole: byRole, items: results.count,
            fullyDecoded: full, chance: roles.isEmpty ? 0 : 1 / Double(roles.count))
        guard options > 0 else { return result }
        let perRoleText = roles.compactMap { role in byRole[role].map { "\(role) \(percent($0))" } }.joined(separator: ", ")
        checks.append(
            .init(
                id: "decodability",
                measured:
                    "\(percent(result.share)) of \(options) role-keyed options decoded by a word classifier trained leaving the item out (chance \(percent(result.chance)); \(perRoleText))",
                limit: "≤ \(percent(thresholds.maximumDecodedShare))", passed: result.share <= thresholds.maximumDecodedShare))
        checks.append(
            .init(
                id: "fully-decodable",
                measured: "\(full) of \(results.count) role-keyed items have every option decoded",
                limit: "≤ \(thresholds.maximumFullyDecodedItems)", passed: full <= thresholds.maximumFullyDecodedItems))
        return result
    }

    private static func auditRoleKeyedBalance(
        _ items: [Item], roles: [String], thresholds: AuditThresholds,
        checks: inout [AuditReport.Check], findings: inout [AuditReport.Finding]
    ) {
        guard !items.isEmpty else { return }
        let length = RoleKeyedBalance.meanByRole(items, roles: roles) { Double(ContentWords.words($0.text).count) }
        let lengthDeviation =
            roles.compactMap { length.byRole[$0] }.map { abs($0 - length.overall) / max(length.overall, 1) }.max() ?? 0
        checks.append(
            .init(
                id: "option-length",
                measured: "mean words per role-keyed option: "
                    + roles.compactMap { role in length.byRole[role].map { "\(role) \(String(format: "%.1f", $0))" } }.joined(
                        separator: ", ")
                    + String(format: " (all %.1f; largest deviation %@)", length.overall, percent(lengthDeviation)),
                limit: "≤ \(percent(thresholds.maximumRoleLengthDeviation)) from the mean",
                passed: lengthDeviation <= thresholds.maximumRoleLengthDeviation))
        let desirability = RoleKeyedBalance.meanByRole(items, roles: roles) { Double(RoleKeyedBalance.desirability($0.text)) }
        let gap = roles.compactMap { desirability.byRole[$0] }.map { abs($0 - desirability.overall) }.max() ?? 0
        checks.append(
            .init(
                id: "desirability",
                measured: "mean praise − blame words per role-keyed option: "
                    + roles.compactMap { role in desirability.byRole[role].map { "\(role) \(String(format: "%+.2f", $0))" } }
                    .joined(separator: ", ")
                    + String(format: " (largest gap from the mean %.2f)", gap),
                limit: String(format: "≤ %.2f", thresholds.maximumRoleDesirabilityGap),
                passed: gap <= thresholds.maximumRoleDesirabilityGap))
        for item in items {
            let scores = item.options.map { RoleKeyedBalance.desirability($0.text) }
            if let high = scores.max(), let low = scores.min(), high - low >= 2 {
                findings.append(
                    .init(
                        check: "desirability", item: item,
                        message:
                            "\(item.id): option \((scores.firstIndex(of: high) ?? 0) + 1) is worded more admirably than option \((scores.firstIndex(of: low) ?? 0) + 1) (praise − blame \(high) vs \(low)); make every option equally respectable"
                    ))
            }
            let words = item.options.map { ContentWords.words($0.text).count }
            if let long = words.max(), let short = words.min(), short > 0, Double(long) / Double(short) >= 1.8 {
                findings.append(
                    .init(
                        check: "option-length", item: item,
                        message:
                            "\(item.id): the longest option has \(long) words, the shortest \(short); keep options of one item about equally long"
                    ))
            }
        }
        let winners = items.filter { RoleKeyedBalance.picksWinner($0.explanation) }
        for item in winners {
            findings.append(
                .init(
                    check: "winner-explanation", item: item,
                    message:
                        "\(item.id): the explanation calls one option the better answer; a preference item has none — explain what each option says about the person"
                ))
        }
        checks.append(
            .init(
                id: "winner-explanation",
                measured: "\(winners.count) of \(items.count) role-keyed explanations name a better answer",
                limit: "≤ \(thresholds.maximumWinnerExplanations)", passed: winners.count <= thresholds.maximumWinnerExplanations)
        )
    }

    // MARK: - Test-wise cues

    private static func auditCues(
        _ items: [Item], thresholds: AuditThresholds,
        checks: inout [AuditReport.Check], findings: inout [AuditReport.Finding]
    ) -> [AuditReport.CueRule] {
        let groups: [(id: String, name: String, items: [Item], rules: [TestWiseCues.Rule])] = [
            ("cues-graded", "graded scenarios", items.filter { $0.kind == .gradedScenario }, TestWiseCues.choiceRules),
            ("cues-knowledge", "knowledge (single choice)", items.filter { $0.kind == .singleChoice }, TestWiseCues.choiceRules),
            ("cues-true-false", "true/false", items.filter { $0.kind == .trueFalse }, TestWiseCues.trueFalseRules),
        ]
        var results: [AuditReport.CueRule] = []
        for (id, name, group, rules) in groups where !group.isEmpty {
            let all = rules + (TestWiseCues.combined(rules, items: group).map { [$0] } ?? [])
            let evaluated = TestWiseCues.evaluate(all, group: name, items: group)
            results += evaluated
            guard let best = evaluated.max(by: { $0.advantage < $1.advantage }) else { continue }
            checks.append(
                .init(
                    id: id,
                    measured:
                        "best test-wise rule on \(group.count) \(name): “\(best.rule)” finds the best answer \(percent(best.hitRate)) of the time (chance \(percent(best.chance)), \(points(best.advantage)))",
                    limit: "≤ \(Int((thresholds.maximumCueAdvantage * 100).rounded())) points over chance",
                    passed: best.advantage <= thresholds.maximumCueAdvantage))
            let strong = Set(evaluated.filter { $0.advantage > thresholds.maximumCueAdvantage / 2 }.map(\.rule))
            for (item, rule) in TestWiseCues.giveaways(rules.filter { strong.contains($0.name) }, items: group) {
                findings.append(
                    .init(
                        check: "cues", item: item,
                        message:
                            "\(item.id): “\(rule)” leads straight to the best answer; reword so the cue is spread over right and wrong options"
                    ))
            }
        }
        return results
    }

    // MARK: - Keys

    private static func auditKeys(
        _ items: [Item], thresholds: AuditThresholds,
        checks: inout [AuditReport.Check], findings: inout [AuditReport.Finding]
    ) {
        for (name, kind) in [("knowledge (single choice)", ItemKind.singleChoice), ("graded scenarios", .gradedScenario)] {
            let group = items.filter { $0.kind == kind }
            let counts = Set(group.map(\.options.count)).sorted()
            for k in counts where group.count(where: { $0.options.count == k }) >= 8 {
                let shares = KeyBalance.positionShares(group, optionCount: k)
                let deviation = KeyBalance.largestDeviation(shares)
                checks.append(
                    .init(
                        id: "key-position",
                        measured:
                            "\(name) with \(k) options (\(group.count(where: { $0.options.count == k }))): best answer at positions 1–\(k) "
                            + shares.map(percent).joined(separator: " / "),
                        limit:
                            "each within \(Int((thresholds.maximumKeyPositionDeviation * 100).rounded())) points of \(percent(1 / Double(k)))",
                        passed: deviation <= thresholds.maximumKeyPositionDeviation))
            }
        }
        let trueFalse = items.filter { $0.kind == .trueFalse }
        if !trueFalse.isEmpty {
            let share = Double(trueFalse.count(where: { $0.options.first?.isCorrect == true })) / Double(trueFalse.count)
            checks.append(
                .init(
                    id: "true-share", measured: "\(percent(share)) of \(trueFalse.count) true/false statements are true",
                    limit: "\(percent(thresholds.trueShare.lowerBound))–\(percent(thresholds.trueShare.upperBound))",
                    passed: thresholds.trueShare.contains(share)))
        }
        let multiple = items.filter { $0.kind == .multipleResponse }
        if !multiple.isEmpty {
            let half = multiple.filter { KeyBalance.correctShare($0) >= 0.5 }
            let mean = multiple.reduce(0.0) { $0 + KeyBalance.correctShare($1) } / Double(multiple.count)
            let share = Double(half.count) / Double(multiple.count)
            let oneCorrect = multiple.count(where: { $0.options.count(where: \.isCorrect) == 1 })
            checks.append(
                .init(
                    id: "multiple-response-keys",
                    measured:
                        "\(half.count) of \(multiple.count) multiple-response items (\(percent(share))) have at least half their options correct; mean share correct \(percent(mean)); \(oneCorrect) with one correct option",
                    limit: "≤ \(percent(thresholds.maximumHalfCorrectShare))", passed: share <= thresholds.maximumHalfCorrectShare
                ))
            if share > thresholds.maximumHalfCorrectShare {
                for item in half {
                    findings.append(
                        .init(
                            check: "multiple-response-keys", item: item,
                            message:
                                "\(item.id): \(item.options.count(where: \.isCorrect)) of \(item.options.count) options are correct; “select most of them” should not pay"
                        ))
                }
            }
        }
    }

    private static func auditDuplicates(
        _ items: [Item], thresholds: AuditThresholds,
        checks: inout [AuditReport.Check], findings: inout [AuditReport.Finding]
    ) {
        let pairs = NearDuplicates.pairs(items, threshold: thresholds.nearDuplicateSimilarity)
        for (first, second, similarity) in pairs {
            findings.append(
                .init(
                    check: "near-duplicates", item: second,
                    message:
                        "\(second.id) nearly repeats \(first.id) (\(percent(similarity)) of word pairs shared); merge them or make them ask different things"
                ))
        }
        checks.append(
            .init(
                id: "near-duplicates",
                measured:
                    "\(pairs.count) pairs of items share ≥ \(percent(thresholds.nearDuplicateSimilarity)) of their word pairs",
                limit: "≤ \(thresholds.maximumNearDuplicates)", passed: pairs.count <= thresholds.maximumNearDuplicates))
    }

    // MARK: - Coverage

    private static func auditCoverage(
        _ set: BankSet, thresholds: AuditThresholds,
        checks: inout [AuditReport.Check], findings: inout [AuditReport.Finding]
    ) -> [String: Int] {
        let items = set.items
        let thin = set.catalogue.areas.filter { area in
            let own = items.filter { $0.area == area.id }
            return own.count < thresholds.minimumItemsPerArea || Set(own.map(\.kind)).count < thresholds.minimumKindsPerArea
        }
        let smallest = set.catalogue.areas.map { area in (area.id, items.count(where: { $0.area == area.id })) }.min {
            $0.1 < $1.1
        }
        checks.append(
            .init(
                id: "area-coverage",
                measured: "\(thin.count) of \(set.catalogue.areas.count) skill areas are thin"
                    + (thin.isEmpty ? "" : " (" + thin.map(\.id).joined(separator: ", ") + ")")
                    + (smallest.map { "; smallest \($0.0) with \($0.1) items" } ?? ""),
                limit: "every area ≥ \(thresholds.minimumItemsPerArea) items of ≥ \(thresholds.minimumKindsPerArea) kinds",
                passed: thin.isEmpty))
        let kinds = ItemKind.allCases.map { kind in "\(kind.rawValue) \(items.count(where: { $0.kind == kind }))" }
        checks.append(
            .init(
                id: "kinds", measured: "\(items.count) items: " + kinds.joined(separator: ", "), limit: "every kind used",
                passed: ItemKind.allCases.allSatisfy { kind in items.contains { $0.kind == kind } }))
        var perDistinction: [String: Int] = [:]
        for distinction in set.catalogue.distinctions {
            perDistinction[distinction.id] = items.count(where: { $0.distinctions.contains(distinction.id) })
        }
        if !set.catalogue.distinctions.isEmpty {
            let short = set.catalogue.distinctions.filter { (perDistinction[$0.id] ?? 0) < thresholds.minimumItemsPerDistinction }
            checks.append(
                .init(
                    id: "distinction-coverage",
                    measured: "items per distinction: "
                        + set.catalogue.distinctions.map { "\($0.id) \(perDistinction[$0.id] ?? 0)" }.joined(separator: ", "),
                    limit: "each ≥ \(thresholds.minimumItemsPerDistinction)"
                        + (short.isEmpty ? "" : " (short: " + short.map(\.id).joined(separator: ", ") + ")"),
                    passed: short.isEmpty))
        }
        return perDistinction
    }

    private static func auditReverseKeys(
        _ set: BankSet, thresholds: AuditThresholds,
        checks: inout [AuditReport.Check], findings: inout [AuditReport.Finding]
    ) {
        let ratings = set.items.filter { $0.kind == .selfRating }
        guard !ratings.isEmpty else { return }
        var outside: [String] = []
        for area in set.catalogue.areas {
            let own = ratings.filter { $0.area == area.id }
            guard !own.isEmpty else { continue }
            let share = Double(own.count(where: \.isReverseKeyed)) / Double(own.count)
            if !thresholds.reverseKeyedShare.contains(share) {
                outside.append("\(area.id) \(own.count(where: \.isReverseKeyed))/\(own.count)")
            }
        }
        let overall = Double(ratings.count(where: \.isReverseKeyed)) / Double(ratings.count)
        checks.append(
            .init(
                id: "reverse-keys",
                measured:
                    "\(percent(overall)) of \(ratings.count) self-ratings reverse-keyed; \(outside.count) areas outside the range"
                    + (outside.isEmpty ? "" : " (" + outside.joined(separator: ", ") + ")"),
                limit:
                    "\(percent(thresholds.reverseKeyedShare.lowerBound))–\(percent(thresholds.reverseKeyedShare.upperBound)) per area",
                passed: outside.isEmpty))
    }
}
