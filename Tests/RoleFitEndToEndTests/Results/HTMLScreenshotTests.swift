import Foundation
import RoleFitCore
import Testing

/// The HTML result report and the team page rendered by headless Chromium at 1200 px and 420 px: a
/// PNG of each goes to `.build/test-output/screenshots/` (and, with ROLEFIT_UPDATE_DOCS_IMAGES=1, to
/// `docs/images/`), and `scripts/layout-check.js`, run inside the page, must find no page wider than
/// the window, no element past its right edge, no label shortened with "…" and none cut off at a
/// chart's edge. The page is shown in an iframe of the exact width, since a headless window is never
/// narrower than 500 px.
@Suite struct HTMLScreenshotTests {
    static let chromium = HTMLRenderingEndToEndTests.chromium
    static let root = RolefitProcess.packageRoot
    static let output = root.appendingPathComponent(".build/test-output/screenshots")
    static let golden = root.appendingPathComponent("Tests/RoleFitEndToEndTests/Golden/Expected")
    static let widths = [1200, 420]

    /// One finding of the layout check.
    struct Problem: Decodable, CustomStringConvertible {
        var kind: String
        var detail: String
        var description: String { "\(kind): \(detail)" }
    }

    /// The page prepared for the check: its Content-Security-Policy (which forbids scripts) removed and
    /// the check appended.
    static func checkable(_ html: String) throws -> String {
        let script = try String(
            contentsOf: root.appendingPathComponent("scripts/layout-check.js"), encoding: .utf8)
        let lines = html.components(separatedBy: "\n").filter { !$0.contains("Content-Security-Policy") }
        return lines.joined(separator: "\n").replacingOccurrences(of: "</body>", with: "<script>\n\(script)\n</script>\n</body>")
    }

    /// A page that shows `page` in an iframe `width` px wide and copies the check's findings out of it.
    static func frame(_ page: String, width: Int, height: Int) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0}iframe{border:0;display:block}</style></head>
        <body><iframe id="page" src="\(page)" width="\(width)" height="\(height)"></iframe>
        <script>
        document.getElementById('page').addEventListener('load', function () {
          var found = this.contentDocument && this.contentDocument.getElementById('layout-check');
          var out = document.createElement('pre');
          out.id = 'findings';
          out.textContent = found ? found.textContent : 'no findings: the check did not run';
          document.body.appendChild(out);
        });
        </script></body></html>
        """
    }

    /// Renders `html` at `width`: the PNG (named `name-width.png`, copied for the docs when `forDocs`) and
    /// the layout check's findings.
    static func render(_ html: String, name: String, width: Int, in folder: URL, forDocs: Bool = true) throws -> [Problem] {
        let browser = try #require(chromium, "chromium is not installed; run scripts/install-deps.sh test")
        try checkable(html).write(to: folder.appendingPathComponent("\(name).html"), atomically: true, encoding: .utf8)
        let framePage = folder.appendingPathComponent("\(name)-\(width)-frame.html")
        let height = 2000
        try frame("\(name).html", width: width, height: height).write(to: framePage, atomically: true, encoding: .utf8)
        let common = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--allow-file-access-from-files",
            "--force-device-scale-factor=1",
        ]
        let dump = try ExternalTool.run(
            browser,
            common + [
                "--user-data-dir=\(folder.appendingPathComponent(".chromium-\(UUID().uuidString)").path)",
                "--virtual-time-budget=5000", "--dump-dom", framePage.absoluteString,
            ], in: folder)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let png = output.appendingPathComponent("\(name)-\(width).png")
        try? FileManager.default.removeItem(at: png)
        let shot = try ExternalTool.run(
            browser,
            common + [
                "--user-data-dir=\(folder.appendingPathComponent(".chromium-\(UUID().uuidString)").path)",
                "--window-size=\(width),\(height)", "--virtual-time-budget=5000", "--screenshot=\(png.path)",
                framePage.absoluteString,
            ], in: folder)
        #expect(FileManager.default.fileExists(atPath: png.path), "chromium wrote no screenshot: \(shot)")
        if forDocs, ProcessInfo.processInfo.environment["ROLEFIT_UPDATE_DOCS_IMAGES"] == "1" {
            let copy = root.appendingPathComponent("docs/images/\(name)-\(width).png")
            try? FileManager.default.removeItem(at: copy)
            try FileManager.default.copyItem(at: png, to: copy)
        }
        guard let start = dump.stdout.range(of: "<pre id=\"findings\">"),
            let end = dump.stdout.range(of: "</pre>", range: start.upperBound..<dump.stdout.endIndex)
        else {
            Issue.record("the layout check wrote nothing: \(dump)")
            return []
        }
        let json = String(dump.stdout[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode([Problem].self, from: Data(json.utf8))
    }

    /// The golden results (real sessions: long area names, every section) in a results folder.
    static func resultsFolder() throws -> URL {
        let folder = try ResultFixtures.folder()
        let results = folder.appendingPathComponent("Results")
        try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(atPath: golden.path) where file.hasSuffix(".result.json") {
            try FileManager.default.copyItem(
                at: golden.appendingPathComponent(file),
                to: results.appendingPathComponent(file.replacingOccurrences(of: ".result", with: "")))
        }
        return folder
    }

    @Test(
        "report and team page at 1200 and 420 px: screenshots, no overflow, no cut or clipped label",
        .enabled(
            if: HTMLRenderingEndToEndTests.mustRun,
            "chromium is not installed and this is not CI; `make test` (scripts/install-deps.sh test) installs it"))
    func screenshots() throws {
        let folder = try Self.resultsFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages: [(String, [String])] = [
            ("report", ["report", "Results/split.json", "--format", "html", "--for", "candidate"]),
            ("interviewer-report", ["report", "Results/faker.json", "--format", "html"]),
            ("team", ["team", "--results", "Results", "--format", "html"]),
        ]
        for (name, arguments) in pages {
            let run = try RolefitProcess.run(arguments, in: folder)
            #expect(run.status == 0, "\(run)")
            for width in Self.widths {
                let problems = try Self.render(run.stdout, name: name, width: width, in: folder)
                #expect(problems.isEmpty, "\(name) at \(width) px:\n\(problems.map(\.description).joined(separator: "\n"))")
            }
        }
    }

    @Test(
        "the check fails on a page that overflows, cuts a label and clips one",
        .enabled(
            if: HTMLRenderingEndToEndTests.mustRun,
            "chromium is not installed and this is not CI; `make test` (scripts/install-deps.sh test) installs it"))
    func checkCanFail() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = HTMLPage.render(
            title: "broken",
            body: """
                <div style="width:700px">a block wider than a phone</div>
                <svg width="300" height="40" viewBox="0 0 300 40"><text x="0" y="20">Cross-project dependencies and reso…</text>
                <text x="250" y="20">a label past the edge</text></svg>
                """)
        let problems = try Self.render(bad, name: "broken", width: 420, in: folder, forDocs: false)
        let kinds = Set(problems.map(\.kind))
        #expect(kinds.isSuperset(of: ["page-overflow", "element-overflow", "cut-label", "clipped-label"]), "\(problems)")
    }
}
