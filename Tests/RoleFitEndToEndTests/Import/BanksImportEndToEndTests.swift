import Foundation
import Testing

/// `rolefit banks import` and `banks export` as a person runs them: exit codes, messages, files.
@Suite struct BanksImportEndToEndTests {
    static let fixtures = RolefitProcess.packageRoot.appendingPathComponent("Tests/RoleFitCoreTests/Fixtures/Import")

    @Test func importsGiftIntoABankThatValidates() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Self.fixtures.appendingPathComponent("constructs.gift").path
        let run = try RolefitProcess.run(
            [
                "banks", "import", "--from", "gift", input, "--output", "banks/imported.yaml",
                "--banks", "banks", "--area", "role-literacy", "--map", "Risk=risk-management",
            ], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.stderr.contains(
                "Imported 12 questions, skipped 7 (2 short answer, 1 matching, 1 numerical, 1 essay, 1 description, 1 several correct answers), 0 errors."
            ))
        #expect(run.stderr.contains("constructs.gift:63:1: warning: skipped"))
        let yaml = try String(contentsOf: folder.appendingPathComponent("banks/imported.yaml"), encoding: .utf8)
        #expect(yaml.hasPrefix("# yaml-language-server: $schema=schema/bank.schema.json\n"))
        // The file, not the folder: a folder of one imported bank leaves weighted areas without items,
        // which `validate FOLDER` now reports (issue 16); the imported file itself must validate.
        let validate = try RolefitProcess.run(["banks", "validate", "banks/imported.yaml"], in: folder)
        #expect(validate.status == 0, "\(validate)")
    }

    @Test func importsAikenToStandardOutput() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Self.fixtures.appendingPathComponent("constructs.aiken").path
        let run = try RolefitProcess.run(
            [
                "banks", "import", "--from", "aiken", input, "--output", "-", "--area", "role-literacy",
                "--banks", "banks",
            ], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("kind: single-choice") && run.stdout.contains("id: constructs-003"))
        #expect(run.stderr.contains("Imported 3 questions, skipped 0, 0 errors."))
    }

    /// One malformed file per error class, the line its message must name, and words it must contain.
    static let malformed: [(format: String, name: String, bytes: [UInt8], line: Int, words: String)] = [
        ("gift", "unclosed.gift", Array("Ok?{=a ~b}\n\nBroken {=a ~b\n".utf8), 3, "never closed"),
        ("gift", "stray.gift", Array("A } stray{=a ~b}\n".utf8), 1, "unescaped '}'"),
        ("gift", "nested.gift", Array("Q\n{=a {x} ~b}\n".utf8), 2, "inside the answer block"),
        ("gift", "title.gift", Array("\n::Unclosed title Q {=a ~b}\n".utf8), 2, "title"),
        ("gift", "count.gift", Array("Q?{~only}\n".utf8), 1, "at least two answers"),
        ("gift", "weight.gift", Array("Q?{~%x%a ~b =c}\n".utf8), 1, "not a percentage"),
        ("gift", "stray-text.gift", Array("Q?{oops ~a =b}\n".utf8), 1, "before the first answer"),
        ("gift", "empty-answer.gift", Array("Q?{=a ~ ~b}\n".utf8), 1, "no text"),
        ("gift", "no-correct.gift", Array("Q?{~a ~b}\n".utf8), 1, "no answer is correct"),
        ("gift", "duplicate.gift", Array("Q?{=Same ~same}\n".utf8), 1, "same text"),
        ("gift", "no-prompt.gift", Array("// c\n{=a ~b}\n".utf8), 2, "no text"),
        ("gift", "category.gift", Array("$CATEGORY:   \n\nQ?{=a ~b}\n".utf8), 1, "no name"),
        ("gift", "ids.gift", Array("// [id:x]\nA?{=a ~b}\n\n// [id:x]\nB?{=a ~b}\n".utf8), 4, "already used"),
        ("gift", "utf8.gift", Array("Q?{=a ~b}\n\nR".utf8) + [0xC0, 0xAF] + Array("?{=a ~b}\n".utf8), 3, "UTF-8"),
        ("gift", "empty.gift", Array("// nothing here\n".utf8), 1, "no questions were found"),
        ("aiken", "not-started.aiken", Array("A) orphan option\n".utf8), 1, "question not started"),
        ("aiken", "not-complete.aiken", Array("Q1?\nA) a\nB) b\nQ2?\nA) c\nB) d\nANSWER: A\n".utf8), 1, "question not complete"),
        ("aiken", "missing.aiken", Array("Q?\nA) a\nANSWER: A\n".utf8), 3, "missing answers"),
        ("aiken", "letter.aiken", Array("Q?\nA) a\nB) b\nANSWER: C\n".utf8), 4, "names no option"),
        ("aiken", "utf8.aiken", [0xFF] + Array("Q?\nA) a\nB) b\nANSWER: A\n".utf8), 1, "UTF-8"),
    ]

    @Test func everyErrorClassGivesALineNumberedMessageAndExitOne() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        for example in Self.malformed {
            let name = try RolefitProcess.write(example.bytes, named: example.name, in: folder)
            let run = try RolefitProcess.run(
                [
                    "banks", "import", "--from", example.format, name, "--output", "out-\(name).yaml",
                    "--area", "role-literacy", "--banks", "banks",
                ], in: folder)
            #expect(run.status == 1, "\(example.name): \(run)")
            let line = run.stderr.split(separator: "\n").first {
                $0.hasPrefix("\(name):\(example.line):") && $0.contains("error:")
            }
            #expect(line?.contains(example.words) == true, "\(example.name): \(run)")
            #expect(run.stderr.contains("hint: "), "\(example.name): \(run)")
            #expect(run.stderr.contains("Nothing written"), "\(example.name)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out-\(name).yaml").path))
        }
    }

    @Test func missingAreaIsAnErrorThatSaysWhichFlagToPass() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try RolefitProcess.write(Array("$CATEGORY: Finance\n\nQ?{=a ~b}\n".utf8), named: "q.gift", in: folder)
        let run = try RolefitProcess.run(
            ["banks", "import", "--from", "gift", "q.gift", "--output", "o.yaml", "--banks", "banks"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("q.gift:3:1: error: no skill area for category 'Finance'"))
        #expect(run.stderr.contains(" 3 | Q?{=a ~b}\n   | ^"), "the line is quoted with a caret: \(run)")
        #expect(run.stderr.contains("--map 'Finance=AREA'"))
    }

    @Test func usageErrorsExit64() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try RolefitProcess.write(Array("Q?{=a ~b}\n".utf8), named: "q.gift", in: folder)
        try RolefitProcess.write(Array("exists".utf8), named: "taken.yaml", in: folder)
        let cases: [([String], String)] = [
            (["--from", "xml", "q.gift", "--output", "o.yaml"], "xml"),
            (["--from", "gift", "q.gift"], "--output"),
            (["--from", "gift", "q.gift", "--output", "o.yaml", "--map", "no-equals-sign"], "CATEGORY=AREA"),
            (
                ["--from", "gift", "q.gift", "--output", "o.yaml", "--area", "negotation", "--banks", "banks"],
                "did you mean 'negotiation'"
            ),
            (
                ["--from", "gift", "q.gift", "--output", "o.yaml", "--area", "widgets", "--banks", "banks"],
                "known areas: adaptability,"
            ),
            (["--from", "gift", "q.gift", "--output", "o.yaml", "--area", "Not An Id"], "not a skill area id"),
            (["--from", "gift", "q.gift", "--output", "taken.yaml", "--area", "negotiation"], "--force"),
            (["--from", "gift", "q.gift", "--output", "o.yaml", "--area", "negotiation", "--banks", "nowhere"], "no catalogue"),
        ]
        for (arguments, words) in cases {
            let run = try RolefitProcess.run(["banks", "import"] + arguments, in: folder)
            #expect(run.status == 64, "\(arguments): \(run)")
            #expect(run.stderr.contains(words), "\(arguments): \(run)")
        }
        let accepted = try RolefitProcess.run(
            ["banks", "import", "--from", "gift", "q.gift", "--output", "o.yaml", "--area", "any-well-formed-id"], in: folder)
        #expect(accepted.status == 0, "without a catalogue any well-formed area is accepted: \(accepted)")
    }

    @Test func exportThenImportGivesBackTheShippedItems() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shipped = RolefitProcess.shippedBanks.path
        let export = try RolefitProcess.run(
            [
                "banks", "export", "--to", "gift", "--banks", shipped, "--bank", "role-differences",
                "--output", "rd.gift",
            ], in: folder)
        #expect(export.status == 0, "\(export)")
        #expect(export.stderr.contains("Exported 100 items, skipped 0."))
        let back = try RolefitProcess.run(
            [
                "banks", "import", "--from", "gift", "rd.gift", "--output", "banks/role-differences.yaml",
                "--id", "role-differences", "--banks", "banks",
            ], in: folder)
        #expect(back.status == 0, "\(back)")
        // The file, not the folder (see importsGiftIntoABankThatValidates).
        let validate = try RolefitProcess.run(["banks", "validate", "banks/role-differences.yaml"], in: folder)
        #expect(validate.status == 0, "\(validate)")
        let original = try String(contentsOfFile: shipped + "/role-differences.yaml", encoding: .utf8)
        let reimported = try String(contentsOf: folder.appendingPathComponent("banks/role-differences.yaml"), encoding: .utf8)
        let ids = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("  - id: ") } }
        #expect(ids(original) == ids(reimported))
        let unknown = try RolefitProcess.run(
            ["banks", "export", "--to", "gift", "--banks", shipped, "--bank", "nope", "--output", "x.gift"], in: folder)
        #expect(unknown.status == 64 && unknown.stderr.contains("no bank 'nope'"), "\(unknown)")
    }
}
