import Foundation
import RoleFitCore
import Testing

/// `rolefit report` in every format, with escaping, output files and bad input.
@Suite struct ReportEndToEndTests {
    /// A document whose texts try to break out of HTML and Markdown.
    static func hostileDocument(mode: SessionMode = .interview) -> ResultDocument {
        var items = TeamFixture.items(member: 1)
        items[0].prompt = "Pick <img src=x onerror=alert(1)> & \"quote\" | pipe *star* [link](http://example.com)"
        items[0].answerText = "1. </td><script>alert('x')</script>"
        return ResultFixtures.document(
            name: "<script>alert(\"name\")</script> & O'Brien | *bold*", sessionID: "hostile", minute: 1,
            scores: [40, 70, nil], probabilities: ["product": 0.6, "project": 0.25, "program": 0.1, "tpm": 0.05],
            recommended: ["product"], items: items, mode: mode, notes: ["3 answers given in under 2 seconds."])
    }

    static func write(_ document: ResultDocument, in folder: URL) throws -> String {
        try ResultFixtures.save([document], in: folder.appendingPathComponent("Results"))[0]
    }

    @Test("every format of a real session's result; json re-emits the file byte for byte")
    func formatsOfARealSession() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try RealSessions.take(name: "Ada", results: "Results", seed: 5, in: folder)
        let path = try #require(session.path, "\(session.run)")
        let document = try ResultStore.decode(Data(contentsOf: URL(fileURLWithPath: path)))
        let text = try RolefitProcess.run(["report", path], in: folder)
        let headline = document.recommendation.kind == .noClearFit ? "Result: no clear fit — " : "Your closest fit: "
        #expect(text.status == 0 && text.stdout.contains(headline) && text.stdout.contains("Skill areas"), "\(text)")
        #expect(text.stdout.contains("Preference and capability") && text.stdout.contains("How the result was decided"))
        #expect(!text.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        let markdown = try RolefitProcess.run(["report", path, "--format", "markdown", "--for", "candidate"], in: folder)
        #expect(
            markdown.status == 0 && markdown.stdout.hasPrefix("# RoleFit result: Ada\n")
                && markdown.stdout.contains("## Item log"), "\(markdown)")
        let html = try RolefitProcess.run(["report", path, "--format", "html", "--for", "candidate"], in: folder)
        #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>"), "\(html.stderr)")
        // A role chart, and an area chart when some area was measured precisely enough for a score.
        let charts = document.areas.contains(where: \.isMeasured) ? 2 : 1
        #expect(html.stdout.components(separatedBy: "<svg ").count - 1 == charts, "a role chart and an area chart")
        #expect(html.stdout.contains("must not be used as the sole basis for a hiring"))
        let json = try RolefitProcess.run(["report", path, "--format", "json"], in: folder)
        #expect(json.status == 0)
        #expect(Data(json.stdout.utf8) == (try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test("names, prompts and answers with <, &, quotes and Markdown syntax stay text")
    func escaping() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.hostileDocument(), in: folder)
        let html = try RolefitProcess.run(["report", path, "--format", "html", "--for", "candidate"], in: folder).stdout
        #expect(html.contains("&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; O&#39;Brien"))
        #expect(html.contains("Pick &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quote&quot;"))
        #expect(html.contains("1. &lt;/td&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        for forbidden in ["<script", "<img", "<link", "src=\"", "href=", "url(", "@import", "https://"] {
            #expect(!html.contains(forbidden), "the page must not contain \(forbidden)")
        }
        #expect(
            html.components(separatedBy: "=\"http").count
                == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count,
            "no attribute holds an address but the SVG namespace")
        #expect(html.contains("Integrity notes") && html.contains("3 answers given in under 2 seconds."))
        let markdown = try RolefitProcess.run(["report", path, "--format", "markdown", "--for", "candidate"], in: folder).stdout
        #expect(markdown.contains(#"# RoleFit result: \<script\>alert("name")\</script\> \& O'Brien \| \*bold\*"#))
        #expect(
            markdown.contains(#"Pick \<img src=x onerror=alert(1)\> \& "quote" \| pipe \*star\* \[link\](http://example.com)"#))
        let itemRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| 1 |") }
        #expect(
            itemRows.count == 1
                && itemRows[0].filter { $0 == "|" }.count - itemRows[0].components(separatedBy: "\\|").count + 1 == 6,
            "the item row keeps its 5 columns: \(itemRows)")
    }

    @Test("an interview's result is reported for the interviewer unless --for candidate; --for interviewer works on any result")
    func audience() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try ResultFixtures.save(
            [Self.hostileDocument(), Self.hostileDocument(mode: .training)], in: folder)
        for format in ["text", "markdown", "html"] {
            let auto = try RolefitProcess.run(["report", paths[0], "--format", format], in: folder)
            #expect(
                auto.status == 0 && auto.stdout.contains("Interviewer") && auto.stdout.contains("report"), "\(format): \(auto)")
            #expect(auto.stdout.contains("Timing") && !auto.stdout.contains("Your closest fit"), "\(format)")
            let candidate = try RolefitProcess.run(["report", paths[0], "--format", format, "--for", "candidate"], in: folder)
            #expect(candidate.status == 0 && !candidate.stdout.contains("Interviewer"), "\(format): \(candidate)")
            let training = try RolefitProcess.run(["report", paths[1], "--format", format], in: folder)
            #expect(!training.stdout.contains("Interviewer"), "\(format): a training result is for the candidate")
            let forced = try RolefitProcess.run(["report", paths[1], "--format", format, "--for", "interviewer"], in: folder)
            #expect(forced.stdout.contains("Which role does the evidence point to?"), "\(format): \(forced)")
        }
        let bad = try RolefitProcess.run(["report", paths[0], "--for", "boss"], in: folder)
        #expect(bad.status == 64, "\(bad)")
    }

    @Test("integrity notes appear for interviews only")
    func integrityForInterviews() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let training = try Self.write(Self.hostileDocument(mode: .training), in: folder)
        let html = try RolefitProcess.run(["report", training, "--format", "html"], in: folder).stdout
        #expect(!html.contains("Integrity notes") && html.contains("Item log"))
    }

    @Test("--output writes a file, refuses to replace one without --force (64), replaces it with --force")
    func outputFiles() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.hostileDocument(), in: folder)
        let first = try RolefitProcess.run(
            ["report", path, "--format", "html", "--for", "candidate", "--output", "report.html"], in: folder)
        #expect(first.status == 0 && first.stdout.isEmpty && first.stderr.contains("Wrote report.html."), "\(first)")
        let written = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        let again = try RolefitProcess.run(
            ["report", path, "--format", "markdown", "--for", "candidate", "--output", "report.html"], in: folder)
        #expect(again.status == 64 && again.stderr.contains("'report.html' already exists; pass --force"), "\(again)")
        #expect(try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8) == written)
        let forced = try RolefitProcess.run(
            ["report", path, "--format", "markdown", "--for", "candidate", "--output", "report.html", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced)")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8).hasPrefix("# RoleFit result"))
        let nowhere = try RolefitProcess.run(["report", path, "--output", "no/such/folder/r.txt"], in: folder)
        #expect(nowhere.status == 1 && nowhere.stderr.contains("error: cannot create"), "\(nowhere)")
    }

    @Test("a missing, truncated, foreign or newer file exits 1 with a message naming it; a bad format exits 64")
    func badInput() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.hostileDocument(), in: folder)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        try whole.prefix(200).write(to: folder.appendingPathComponent("half.json"))
        try Data(#"{"hello": "world"}"#.utf8).write(to: folder.appendingPathComponent("foreign.json"))
        let newer = String(decoding: whole, as: UTF8.self).replacingOccurrences(of: "rolefit-result/1", with: "rolefit-result/2")
        try Data(newer.utf8).write(to: folder.appendingPathComponent("newer.json"))
        let cases = [
            ("nothing.json", "nothing.json does not exist"), ("half.json", "half.json is not complete JSON"),
            ("foreign.json", "foreign.json is JSON but not a RoleFit result"),
            ("newer.json", "newer.json was written by another RoleFit version (rolefit-result/2)"),
            ("Results", "Results is a folder"),
        ]
        for (file, message) in cases {
            let run = try RolefitProcess.run(["report", file], in: folder)
            #expect(run.status == 1 && run.stderr.contains(message) && run.stdout.isEmpty, "\(file): \(run)")
        }
        let format = try RolefitProcess.run(["report", path, "--format", "pdf"], in: folder)
        #expect(format.status == 64, "\(format)")
    }
}
