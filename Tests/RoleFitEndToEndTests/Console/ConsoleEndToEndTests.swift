import Foundation
import RoleFitCore
import Testing

/// The console's promises seen from outside: output failures never crash, and nothing a person or
/// a file controls reaches the terminal as a control sequence.
@Suite("Console: checked writes, sanitised text, one colour and width rule")
struct ConsoleEndToEndTests {
    /// Runs a bash script with `$ROLEFIT` set to the binary; returns the outcome of the script.
    static func shell(_ script: String, in folder: URL, environment extra: [String: String] = [:]) throws
        -> RolefitProcess.Outcome
    {
        var environment = ProcessInfo.processInfo.environment
        environment["ROLEFIT"] = RolefitProcess.binary.path
        environment["NO_COLOR"] = nil
        environment["ROLEFIT_BANKS"] = nil
        environment.merge(extra) { _, new in new }
        return try RolefitProcess.execute(
            URL(fileURLWithPath: "/bin/bash"), ["-c", script], in: folder,
            environment: environment, limit: 120)
    }

    /// A results folder with `copies` saved copies of a result document, and the path of the first.
    static func results(copies: Int = 1, name: String = "Ada") throws -> (folder: URL, path: String) {
        let folder = try ResultFixtures.folder()
        let items = (1...30).map {
            ResultFixtures.item(
                $0, id: "q\($0)", kind: .singleChoice, area: "risk-management",
                response: .option(1), correct: true)
        }
        let documents = (0..<copies).map { copy in
            ResultFixtures.document(
                name: name, sessionID: "s\(copy)", minute: copy, scores: [60, 40, nil],
                probabilities: ["product": 0.7, "project": 0.2, "program": 0.05, "tpm": 0.05],
                recommended: ["product"], items: items)
        }
        let paths = try ResultFixtures.save(documents, in: folder)
        return (folder, paths[0])
    }

    /// No trap, no backtrace: what Foundation's trapping writer or a crash would print.
    static func expectNoCrash(_ run: RolefitProcess.Outcome, _ what: String) {
        #expect(
            !run.stderr.contains("Fatal error") && !run.stderr.contains("Crash") && !run.stderr.contains("backtrace"),
            "\(what): \(run)")
    }

    @Test("report and banks list into a full disk: a one-line error and exit 1")
    func fullDisk() throws {
        let (folder, path) = try Self.results()
        defer { try? FileManager.default.removeItem(at: folder) }
        let banks = RolefitProcess.shippedBanks.path
        for command in [
            "\"$ROLEFIT\" report '\(path)' > /dev/full", "\"$ROLEFIT\" banks list --banks '\(banks)' > /dev/full",
            "\"$ROLEFIT\" report '\(path)' --format json > /dev/full",
        ] {
            let run = try Self.shell(command, in: folder)
            #expect(run.status == 1, "\(command): \(run)")
            #expect(run.stderr.contains("cannot write to standard output"), "\(command): \(run)")
            Self.expectNoCrash(run, command)
        }
    }

    @Test("Diagnostics into a full stderr: exit 1 without a crash")
    func fullStandardError() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = RolefitProcess.packageRoot.appendingPathComponent("Tests/RoleFitCoreTests/Fixtures/BadBanks").path
        let run = try Self.shell("\"$ROLEFIT\" banks validate '\(bad)' 2>/dev/full; echo \"status=$?\"", in: folder)
        #expect(run.stdout.contains("status=1"), "\(run)")
    }

    @Test("export into a pipe closed early, with SIGPIPE ignored: quiet exit 141 or 0")
    func brokenPipe() throws {
        let (folder, _) = try Self.results(copies: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.shell(
            """
            trap '' PIPE
            "$ROLEFIT" export --format jsonl --items --results '\(folder.path)' 2>stderr.txt | head -c 10 > /dev/null
            echo "status=${PIPESTATUS[0]}"; cat stderr.txt
            """, in: folder)
        #expect(run.stdout.contains("status=141") || run.stdout.contains("status=0"), "\(run)")
        #expect(!run.stdout.contains("Fatal error") && !run.stdout.contains("error:"), "\(run)")
    }

    @Test("A hostile name is refused at `take`; one edited into a result reaches `team` and `report` neutralised")
    func hostileName() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "Eve\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}[2J\u{202E}x"
        let (refusedPath, refused) = try RealSessions.take(name: name, results: "results", seed: 4, in: folder)
        #expect(refusedPath == nil && refused.status == 64, "\(refused)")
        #expect(!(refused.stdout + refused.stderr).contains("\u{1B}"), "\(refused)")
        let document = ResultFixtures.document(
            name: name, sessionID: "hostile", minute: 1, scores: [60, 40, nil],
            probabilities: ["product": 0.7, "project": 0.3], recommended: ["product"])
        let saved = try ResultFixtures.save([document], in: folder)[0]
        let team = try RolefitProcess.run(["team", "--results", folder.path], in: folder)
        let report = try RolefitProcess.run(["report", saved], in: folder)
        for (what, outcome) in [("team", team), ("report", report)] {
            #expect(outcome.status == 0, "\(what): \(outcome)")
            let text = outcome.stdout + outcome.stderr
            #expect(
                !text.contains("\u{1B}") && !text.contains("\u{07}") && !text.contains("\u{202E}"),
                "\(what): \(text.debugDescription)")
        }
        #expect(team.stdout.contains("Eve␛]52;c;SGVsbG8=␇␛[2J<U+202E>x"), "\(team.stdout)")
    }

    @Test("Report text of an edited result neutralises controls in every field")
    func editedResult() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var document = ResultFixtures.document(
            name: "Mallory\u{1B}[31m", sessionID: "edit", minute: 1, scores: [60, 40, nil],
            probabilities: ["product": 0.7, "project": 0.3], recommended: ["product"])
        // The narrative is drawn from the areas, so the hostile text goes into the strongest area's name.
        document.areas[0].name = "Because\u{1B}]8;;http://x\u{1B}\\link\u{9D} and \u{2067}hidden\u{2069}."
        document.roles[0].name = "Role\u{1B}[1A"
        let path = try ResultFixtures.save([document], in: folder)[0]
        let run = try RolefitProcess.run(["report", path], in: folder)
        #expect(run.status == 0, "\(run)")
        for bad in ["\u{1B}", "\u{9D}", "\u{2067}", "\u{2069}"] {
            #expect(!run.stdout.contains(bad), "\(run.stdout.debugDescription)")
        }
        #expect(run.stdout.contains("␛]8;;http://x␛\\link<U+9D>"), "\(run.stdout)")
    }

    @Test("File names with escapes and newlines are echoed on one line, neutralised")
    func hostileFileName() throws {
        let (folder, _) = try Self.results()
        defer { try? FileManager.default.removeItem(at: folder) }
        try RolefitProcess.write(Array("not json".utf8), named: "bad\u{1B}[2J\nwarning: forged.json", in: folder)
        let run = try RolefitProcess.run(["export", "--format", "csv", "--results", folder.path], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(!run.stderr.contains("\u{1B}"), "\(run.stderr.debugDescription)")
        let warnings = run.stderr.split(separator: "\n").filter { $0.hasPrefix("warning:") }
        #expect(warnings.count == 1 && warnings[0].contains("bad␛[2J\\nwarning: forged.json"), "\(run.stderr)")
    }

    @Test("TERM=dumb keeps diagnostics plain on a terminal (and xterm colours them)")
    func dumbTerminal() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = RolefitProcess.packageRoot.appendingPathComponent("Tests/RoleFitCoreTests/Fixtures/BadBanks").path
        let command = "script -qec \"\\\"$ROLEFIT\\\" banks validate '\(bad)'\" /dev/null"
        let dumb = try Self.shell(command, in: folder, environment: ["TERM": "dumb"])
        let xterm = try Self.shell(command, in: folder, environment: ["TERM": "xterm"])
        #expect(dumb.stdout.contains("error") && !dumb.stdout.contains("\u{1B}["), "\(dumb.stdout.debugDescription)")
        #expect(xterm.stdout.contains("\u{1B}[1;31merror"), "the control run must colour: \(xterm.stdout.debugDescription)")
    }

    @Test("A 20-column pane gets text wrapped at 20 columns, between words")
    func narrowPane() throws {
        let (folder, path) = try Self.results()
        defer { try? FileManager.default.removeItem(at: folder) }
        let piped = try RolefitProcess.run(["report", path], in: folder, environment: ["COLUMNS": "20"])
        let tty = try Self.shell(
            "script -qec \"stty cols 20; \\\"$ROLEFIT\\\" report '\(path)' --no-color\" /dev/null", in: folder)
        for (what, text) in [("COLUMNS=20", piped.stdout), ("stty cols 20", tty.stdout.replacingOccurrences(of: "\r", with: ""))]
        {
            // The disclaimer is the last paragraph: every line fits and joining the lines gives the sentence back.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let start = try #require(lines.lastIndex { $0.hasPrefix("This result") }, "\(what): \(text)")
            let paragraph = lines[start...].prefix { !$0.isEmpty }
            let raw = text.split(separator: "\n").filter { line in paragraph.contains(line.trimmingCharacters(in: .whitespaces)) }
            #expect(raw.allSatisfy { $0.count <= 20 }, "\(what): \(raw)")
            #expect(paragraph.joined(separator: " ") == ResultDocument.disclaimer, "\(what): \(paragraph)")
        }
    }
}
