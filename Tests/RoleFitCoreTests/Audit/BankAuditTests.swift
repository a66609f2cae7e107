import Foundation
import Testing

@testable import RoleFitCore

/// Each audit rule on small hand-made banks: one that trips it and one that does not.
@Suite("Bank audit")
struct BankAuditTests {
    static let roles = ["project", "product", "program", "tpm"]
    static let catalogue = Catalogue(
        areas: [
            SkillArea(id: "scope", name: "Scope", description: "d"), SkillArea(id: "people", name: "People", description: "d"),
        ],
        roles: roles.map { Role(id: $0, name: $0, focus: "f", weights: ["scope": 0.5, "people": 0.5]) },
        distinctions: [
            Distinction(id: "focus", name: "Focus", description: "d"),
            Distinction(id: "authority", name: "Authority", description: "d"),
        ])

    static func set(_ items: [Item]) -> BankSet {
        BankSet(catalogue: catalogue, banks: [QuestionBank(id: "b", title: "B", file: "b.yaml", items: items)])
    }

    static func keyed(_ id: String, _ texts: [String], explanation: String = "Each option says what you would answer for.")
        -> Item
    {
        Item(
            id: id, kind: .roleKeyed, area: "scope", prompt: "Which would you rather do?",
            options: zip(texts, roles).map { ItemOption(text: $0, roles: [$1]) }, explanation: explanation,
            parameters: .roleTable([]), parameterSource: .roleKey)
    }

    static func choice(_ id: String, _ texts: [String], correct: Int, prompt: String = "Which is right?") -> Item {
        Item(
            id: id, kind: .singleChoice, area: "scope", prompt: prompt,
            options: texts.enumerated().map { ItemOption(text: $1, isCorrect: $0 == correct, score: $0 == correct ? 1 : 0) },
            parameters: .dichotomous(a: 1, b: 0, c: 0.25))
    }

    static func graded(_ id: String, _ texts: [String], scores: [Int]) -> Item {
        Item(
            id: id, kind: .gradedScenario, area: "scope", prompt: "What do you do?",
            options: zip(texts, scores).map { ItemOption(text: $0, score: $1) },
            parameters: .partialCredit(a: 1, steps: [-1, 0, 1]))
    }

    static func check(_ report: AuditReport, _ id: String) -> AuditReport.Check? { report.checks.first { $0.id == id } }

    @Test("role-keyed options that carry their role's words are decoded; options that share their nouns are not")
    func decodability() throws {
        let telegraphing = (0..<6).map { n in
            Self.keyed(
                "k-\(n)",
                [
                    "Hold the schedule date for delivery \(n)", "Talk with customer users about need \(n)",
                    "Align initiative benefit goals \(n)", "Review technical service architecture \(n)",
                ])
        }
        let report = BankAudit.run(Self.set(telegraphing))
        #expect(report.decodability.share == 1)
        #expect(report.decodability.fullyDecoded == 6)
        #expect(Self.check(report, "decodability")?.passed == false)
        #expect(report.findings.contains { $0.check == "decodability" && $0.itemID == "k-0" })

        let shared = (0..<6).map { n in
            let words = ["release", "budget", "team", "plan"]
            return Self.keyed(
                "s-\(n)", (0..<4).map { "Own the \(words[($0 + n) % 4]) and the \(words[($0 + n + 1) % 4]) for quarter \(n)" })
        }
        let neutral = BankAudit.run(Self.set(shared))
        #expect(neutral.decodability.share <= 0.4, "\(neutral.decodability)")
        #expect(Self.check(neutral, "decodability")?.passed == true)
    }

    @Test("the classifier never sees the item it decodes")
    func leaveItemOut() {
        // One item with unique words per role: with it left out there is nothing to learn from.
        let lone = Self.keyed("only", ["alpha words", "beta words", "gamma words", "delta words"])
        let results = RoleKeyDecoder.decodeLeavingItemOut([lone], roles: Self.roles)
        #expect(results.first?.decoded == [false, false, false, false])
    }

    @Test("explanations that crown an option and unbalanced wording are found")
    func roleKeyedBalance() throws {
        let items = (0..<4).map { n in
            Self.keyed(
                "w-\(n)",
                [
                    "Carefully and clearly ensure quality plans \(n)", "Just push the plan \(n)", "Draft the plan \(n)",
                    "Check the plan \(n)",
                ],
                explanation: n == 0 ? "The first is the best answer here." : "Each reflects a role.")
        }
        let report = BankAudit.run(Self.set(items))
        #expect(Self.check(report, "winner-explanation")?.passed == false)
        #expect(Self.check(report, "desirability")?.passed == false)
        #expect(Self.check(report, "option-length")?.passed == false)
        #expect(report.findings.contains { $0.check == "desirability" && $0.itemID == "w-1" })
    }

    @Test("a longest-option key and 'since' justifications on wrong options earn more than chance")
    func cues() throws {
        let longest = (0..<10).map { n in
            Self.choice(
                "c-\(n)", ["Short \(n)", "Brief \(n)", "The long and carefully qualified right answer \(n)", "Tiny \(n)"],
                correct: 2)
        }
        let report = BankAudit.run(Self.set(longest))
        let rule = try #require(report.cueRules.first { $0.group.hasPrefix("knowledge") && $0.rule == "pick the longest option" })
        #expect(rule.hitRate == 1 && rule.chance == 0.25)
        #expect(Self.check(report, "cues-knowledge")?.passed == false)

        let since = (0..<10).map { n in
            Self.graded(
                "g-\(n)",
                [
                    "Wait, since it may pass \(n)", "Escalate, since they decide \(n)", "Meet the lead today \(n)",
                    "Ship anyway \(n)",
                ],
                scores: [0, 1, 3, 2])
        }
        let graded = BankAudit.run(Self.set(since))
        let avoid = try #require(graded.cueRules.first { $0.rule.hasPrefix("avoid options justified") })
        #expect(abs(avoid.hitRate - 0.5) < 1e-9)
        #expect(Self.check(graded, "cues-graded")?.passed == false)

        // The same items with the cues spread over right and wrong options stay within the limit.
        let balanced = (0..<12).map { n in
            let texts = [
                "Option text number \(n) a", "Option text number \(n) b", "Option text number \(n) c",
                "Option text number \(n) d",
            ]
            return Self.choice("b-\(n)", texts, correct: n % 4)
        }
        let fair = BankAudit.run(Self.set(balanced))
        #expect(Self.check(fair, "cues-knowledge")?.passed == true, "\(fair.cueRules)")
    }

    @Test("true/false statements whose hedges give the answer away are found")
    func trueFalseCues() {
        let items = (0..<10).map { n in
            Item(
                id: "t-\(n)", kind: .trueFalse, area: "scope",
                prompt: n % 2 == 0 ? "Plans usually change \(n)." : "Plans never change \(n).",
                options: [
                    ItemOption(text: "True", isCorrect: n % 2 == 0, score: n % 2 == 0 ? 1 : 0),
                    ItemOption(text: "False", isCorrect: n % 2 == 1, score: n % 2 == 1 ? 1 : 0),
                ],
                parameters: .dichotomous(a: 0.7, b: 0, c: 0.5))
        }
        let report = BankAudit.run(Self.set(items))
        #expect(Self.check(report, "cues-true-false")?.passed == false)
        #expect(Self.check(report, "true-share")?.passed == true)
    }

    @Test("keys piled on one position and multiple-response items mostly correct fail; spread keys pass")
    func keys() {
        let piled = (0..<10).map { Self.choice("p-\($0)", ["w \($0)", "x \($0)", "y \($0)", "z \($0)"], correct: 0) }
        #expect(Self.check(BankAudit.run(Self.set(piled)), "key-position")?.passed == false)
        let spread = (0..<12).map { Self.choice("q-\($0)", ["w \($0)", "x \($0)", "y \($0)", "z \($0)"], correct: $0 % 4) }
        #expect(Self.check(BankAudit.run(Self.set(spread)), "key-position")?.passed == true)

        func multiple(_ id: String, correct: Int) -> Item {
            Item(
                id: id, kind: .multipleResponse, area: "scope", prompt: "Which apply? \(id)",
                options: (0..<4).map {
                    ItemOption(text: "option \($0) \(id)", isCorrect: $0 < correct, score: $0 < correct ? 1 : 0)
                },
                parameters: .dichotomous(a: 1, b: 0, c: 0))
        }
        let heavy = BankAudit.run(Self.set((0..<5).map { multiple("m-\($0)", correct: 2 + $0 % 2) }))
        #expect(Self.check(heavy, "multiple-response-keys")?.passed == false)
        #expect(heavy.findings.contains { $0.check == "multiple-response-keys" })
        let light = BankAudit.run(Self.set((0..<5).map { multiple("n-\($0)", correct: 1 + $0 % 3) }))
        #expect(Self.check(light, "multiple-response-keys")?.passed == true)
    }

    @Test("near-duplicate items are paired; different items are not")
    func nearDuplicates() {
        let a = Self.choice(
            "d-1", ["Hold a weekly review with the sponsor", "Cut scope", "Add people", "Move the date"], correct: 0,
            prompt: "The sponsor says the project keeps surprising them with late news. What helps most?")
        let b = Self.choice(
            "d-2", ["Hold a weekly review with the sponsor", "Cut scope", "Add people", "Move the date"], correct: 0,
            prompt: "The sponsor says the project keeps surprising them with late news. What helps first?")
        let c = Self.choice(
            "d-3", ["Price each change", "Freeze the backlog", "Hire a contractor", "Skip testing"], correct: 0,
            prompt: "Small requests keep growing the budget. What do you do?")
        let report = BankAudit.run(Self.set([a, b, c]))
        #expect(report.findings.filter { $0.check == "near-duplicates" }.map(\.itemID) == ["d-2"])
        #expect(Self.check(report, "near-duplicates")?.passed == false)
    }

    @Test("coverage counts areas, kinds and distinctions; reverse keys are checked per area")
    func coverage() {
        var items = (0..<12).map { n in
            var item = Self.choice("v-\(n)", ["a \(n)", "b \(n)", "c \(n)", "d \(n)"], correct: n % 4)
            item.distinctions = n < 8 ? ["focus"] : ["authority"]
            return item
        }
        items += (0..<6).map { n in
            Item(
                id: "r-\(n)", kind: .selfRating, area: "scope", prompt: "I plan \(n).", options: [],
                parameters: .graded(a: 1, thresholds: [-1.5, -0.5, 0.5, 1.5]), isReverseKeyed: n < 1)
        }
        let report = BankAudit.run(Self.set(items))
        #expect(report.itemsPerDistinction == ["focus": 8, "authority": 4])
        #expect(Self.check(report, "distinction-coverage")?.passed == false)
        #expect(Self.check(report, "area-coverage")?.passed == false, "people has no items")
        #expect(Self.check(report, "kinds")?.passed == false)
        #expect(Self.check(report, "reverse-keys")?.measured.contains("scope 1/6") == true)
        #expect(Self.check(report, "reverse-keys")?.passed == false)
    }

    @Test("the text report is compiler-like and names failing checks; thresholds decide the verdict")
    func rendering() {
        let piled = (0..<10).map { Self.choice("p-\($0)", ["w \($0)", "x \($0)", "y \($0)", "z \($0)"], correct: 0) }
        let text = AuditTextRenderer.render(BankAudit.run(Self.set(piled)))
        #expect(text.contains("FAIL  key-position"))
        #expect(text.contains("audit failed:"))
        var lenient = AuditThresholds()
        lenient.maximumKeyPositionDeviation = 1
        #expect(Self.check(BankAudit.run(Self.set(piled), thresholds: lenient), "key-position")?.passed == true)
    }
}
