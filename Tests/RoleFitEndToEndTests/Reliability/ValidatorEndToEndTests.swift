import Foundation
import Testing

/// Issue 16: `banks validate` agrees with `take`, imports refuse hostile text early, messages stay readable,
/// and output files are only ever regular files.
@Suite("Reliability: validation, imports, messages and output targets")
struct ValidatorEndToEndTests {
    @Test("an empty banks folder or one with `items: []` fails validate exactly as take fails")
    func emptyBanksConsistent() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        for step in 0..<2 {
            if step == 1 {
                try Data("format: rolefit-bank/1\nid: x\ntitle: X\nitems: []\n".utf8).write(
                    to: folder.appendingPathComponent("banks/x.yaml"))
            }
            let validate = try RolefitProcess.run(["banks", "validate", "banks"], in: folder)
            #expect(validate.status == 1 && validate.stderr.contains("hold no items"), "\(validate)")
            let take = try RolefitProcess.run(
                ["take", "--banks", "banks", "--results", "out", "--name", "A"], in: folder, input: "")
            #expect(take.status == 1, "\(take)")
        }
    }

    @Test("an area without items: an error when a role weights it, a warning that --strict fails otherwise")
    func areaWithoutItems() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shipped = RolefitProcess.shippedBanks
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path)
        where name.hasSuffix(".yaml") && name != "catalogue.yaml" {
            let text = try String(contentsOf: shipped.appendingPathComponent(name), encoding: .utf8)
            // Every item of the area 'negotiation' is moved to 'stakeholder-management', leaving 'negotiation' empty.
            try Data(text.replacingOccurrences(of: "area: negotiation\n", with: "area: stakeholder-management\n").utf8)
                .write(to: folder.appendingPathComponent("banks/\(name)"))
        }
        let weighted = try RolefitProcess.run(["banks", "validate", "banks"], in: folder)
        #expect(
            weighted.status == 1 && weighted.stderr.contains("skill area 'negotiation' has no items, but role"), "\(weighted)")
        let take = try RolefitProcess.run(["take", "--banks", "banks", "--results", "out", "--name", "A"], in: folder, input: "")
        #expect(take.status == 1 && take.stderr.contains("skill area 'negotiation' has no items"), "\(take)")
        // An area no role weights and no item uses: a warning; --strict fails.
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path) where name.hasSuffix(".yaml") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("banks/\(name)"))
            try FileManager.default.copyItem(
                at: shipped.appendingPathComponent(name), to: folder.appendingPathComponent("banks/\(name)"))
        }
        let catalogue = folder.appendingPathComponent("banks/catalogue.yaml")
        let text = try String(contentsOf: catalogue, encoding: .utf8)
        try Data(
            text.replacingOccurrences(
                of: "\nareas:\n", with: "\nareas:\n  - id: spare\n    name: Spare\n    description: Nobody weights it.\n"
            ).utf8
        )
        .write(to: catalogue)
        let plain = try RolefitProcess.run(["banks", "validate", "banks"], in: folder)
        #expect(plain.status == 0 && plain.stderr.contains("warning: skill area 'spare' has no items"), "\(plain)")
        let strict = try RolefitProcess.run(["banks", "validate", "--strict", "banks"], in: folder)
        #expect(strict.status == 1, "\(strict)")
    }

    @Test("a GIFT file with a NUL or escapes is refused with line and column; an oversized one before any work")
    func hostileGift() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(
            "Q1 {=a ~b}\n\nQ2 with \u{0} nul {=a ~b}\n\nQ3 \u{1B}]52;c;SGVsbG8=\u{07} {=a ~b}\n\nQ4 \u{202E}x {=a ~b}\n".utf8
        )
        .write(to: folder.appendingPathComponent("n.gift"))
        let run = try RolefitProcess.run(
            ["banks", "import", "--from", "gift", "n.gift", "--output", "o.yaml", "--area", "negotiation", "--banks", "banks"],
            in: folder)
        #expect(run.status == 1, "\(run)")
        #expect(
            run.stderr.contains("n.gift:3:9: error: U+0000 (NUL)") && run.stderr.contains("n.gift:5:4: error: U+001B (escape)")
                && run.stderr.contains("n.gift:7:4: error: U+202E"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("o.yaml").path))
        try Data("Q? {=a ~b}\n".utf8).write(to: folder.appendingPathComponent("a.aiken"))
        try Data("Question \u{1B}[2J one\nA) x\nB) y\nANSWER: A\n".utf8).write(to: folder.appendingPathComponent("e.aiken"))
        let aiken = try RolefitProcess.run(
            ["banks", "import", "--from", "aiken", "e.aiken", "--output", "-", "--area", "negotiation", "--banks", "banks"],
            in: folder)
        #expect(aiken.status == 1 && aiken.stderr.contains("e.aiken:1:10: error: U+001B (escape)"), "\(aiken)")
        // 100k questions (about 2.5 MB): refused at once with the limit, not after the work with "internal check".
        let many = String(repeating: "What is the answer to this question? {=right ~wrong}\n\n", count: 50_000)
        try Data(many.utf8).write(to: folder.appendingPathComponent("big.gift"))
        let big = try RolefitProcess.run(
            ["banks", "import", "--from", "gift", "big.gift", "--output", "b.yaml", "--area", "negotiation", "--banks", "banks"],
            in: folder)
        #expect(
            big.status == 1 && big.stderr.contains("imports at most 2 MB at once") && !big.stderr.contains("internal check"),
            "\(big)")
    }

    @Test("a diagnostic on a 200 kB line quotes a trimmed stretch around the caret")
    func longLineTrimmed() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let line =
            "{format: rolefit-bank/1, id: x, title: \"" + String(repeating: "y", count: 200_000) + "\", items: [], bogus: 1}\n"
        try Data(line.utf8).write(to: folder.appendingPathComponent("banks/long.yaml"))
        let run = try RolefitProcess.run(["banks", "validate", "banks/long.yaml"], in: folder)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("unknown key 'bogus'"), "\(run)")
        #expect(run.stderr.utf8.count < 2_000, "\(run.stderr.utf8.count) bytes of diagnostics")
        #expect(run.stderr.contains("…y") && run.stderr.contains("bogus: 1}"), "\(run)")
        let quoted = run.stderr.split(separator: "\n").map(String.init)
        if let headline = quoted.firstIndex(where: { $0.contains("unknown key 'bogus'") }), headline + 2 < quoted.count {
            let source = headline + 1
            let caret = quoted[source + 1].firstIndex(of: "^").map {
                quoted[source + 1].distance(from: quoted[source + 1].startIndex, to: $0)
            }
            let bogus = quoted[source].range(of: "bogus").map {
                quoted[source].distance(from: quoted[source].startIndex, to: $0.lowerBound)
            }
            #expect(caret != nil && caret == bogus, "caret under 'bogus':\n\(quoted[source])\n\(quoted[source + 1])")
        }
    }

    @Test("no message line ends in '..'; --results \"\" exits 64")
    func messageEndings() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("r"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("r/.sessions").path, withDestinationPath: "/nonexistent/x")
        try Data("x".utf8).write(to: folder.appendingPathComponent("file"))
        let runs = [
            try RolefitProcess.run(
                ["take", "--name", "A", "--banks", HardeningDriver.banks, "--results", "r"], in: folder, input: ""),
            try RolefitProcess.run(
                ["take", "--name", "A", "--banks", HardeningDriver.banks, "--results", "file/sub"], in: folder, input: ""),
            try RolefitProcess.run(["report", "missing.json", "--output", "/dev/null", "--force"], in: folder),
        ]
        for run in runs {
            #expect(run.status == 1, "\(run)")
            #expect(!run.stderr.split(separator: "\n").contains { $0.hasSuffix("..") }, "\(run)")
        }
        for command in [
            ["take", "--results", ""], ["resume", "--results", ""], ["team", "--results", ""], ["export", "--results", ""],
        ] {
            let run = try RolefitProcess.run(command, in: folder, input: "")
            #expect(run.status == 64 && run.stderr.contains("--results needs a folder name"), "\(command): \(run)")
        }
    }

    @Test("--output FILE --force replaces only regular files: devices, FIFOs and symlinks are refused; '-' is stdout")
    func outputTargets() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = "result.json"
        try FileManager.default.copyItem(at: ResultRangeEndToEndTests.seed, to: folder.appendingPathComponent(result))
        let precious = folder.appendingPathComponent("precious.txt")
        try Data("keep".utf8).write(to: precious)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: precious.path)
        #expect(mkfifo(folder.appendingPathComponent("fifo.md").path, 0o600) == 0)
        for target in ["/dev/null", "link.md", "fifo.md"] {
            let run = try RolefitProcess.run(
                ["report", result, "--format", "markdown", "--output", target, "--force"], in: folder)
            #expect(run.status == 1, "\(target): \(run)")
            #expect(run.stderr.contains("only a regular file is replaced"), "\(target): \(run)")
        }
        #expect(try String(contentsOf: precious, encoding: .utf8) == "keep")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("link.md").path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        let exported = try RolefitProcess.run(
            ["banks", "export", "--to", "gift", "--banks", HardeningDriver.banks, "--output", "link.md", "--force"], in: folder)
        #expect(exported.status == 1 && exported.stderr.contains("only a regular file is replaced"), "\(exported)")
        let stdout = try RolefitProcess.run(["report", result, "--format", "markdown", "--output", "-"], in: folder)
        #expect(stdout.status == 0 && stdout.stdout.contains("Seed Person"), "\(stdout)")
        try Data("old".utf8).write(to: folder.appendingPathComponent("plain.md"))
        let replaced = try RolefitProcess.run(
            ["report", result, "--format", "markdown", "--output", "plain.md", "--force"], in: folder)
        #expect(replaced.status == 0, "\(replaced)")
    }
}
