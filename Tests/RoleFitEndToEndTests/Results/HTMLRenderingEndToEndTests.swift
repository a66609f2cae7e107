import Foundation
import RoleFitCore
import Testing

/// The HTML report and the team HTML opened in headless Chromium: a screenshot whose pixels show the
/// charts drawn at the sizes the data asks for, and the DOM Chromium parsed.
@Suite struct HTMLRenderingEndToEndTests {
    /// Chromium on PATH (Debian's package is `chromium`; scripts/install-deps.sh test installs it).
    static let chromium = ExternalTool.find("chromium") ?? ExternalTool.find("chromium-browser")
    /// In CI (`make test` installs chromium) a missing browser is a failure, not a skip.
    static let mustRun = chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil
    static let analyser = RolefitProcess.packageRoot.appendingPathComponent("scripts/png-colours.py").path

    private struct Pixels: Decodable {
        var width: Int
        var height: Int
        var distinct: Int
        var whiteShare: Double
        var counts: [String: Int]
    }

    /// Takes a 1100×1600 screenshot of a local page and counts the given colours in it.
    private static func screenshot(_ page: URL, colours: [String], in folder: URL) throws -> Pixels {
        let browser = try #require(chromium, "chromium is not installed; run scripts/install-deps.sh test")
        let png = page.deletingPathExtension().appendingPathExtension("png")
        let run = try ExternalTool.run(
            browser,
            [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=\(folder.appendingPathComponent(".chromium-\(UUID().uuidString)").path)",
                "--force-device-scale-factor=1", "--window-size=1100,1600",
                "--screenshot=\(png.path)", page.absoluteString,
            ], in: folder)
        #expect(FileManager.default.fileExists(atPath: png.path), "chromium wrote no screenshot: \(run)")
        let analysis = try ExternalTool.run("python3", [analyser, png.path] + colours, in: folder)
        #expect(analysis.status == 0, "\(analysis)")
        return try JSONDecoder().decode(Pixels.self, from: Data(analysis.stdout.utf8))
    }

    /// The DOM after Chromium loaded the page.
    private static func dom(_ page: URL, in folder: URL) throws -> String {
        let browser = try #require(chromium, "chromium is not installed; run scripts/install-deps.sh test")
        return try ExternalTool.run(
            browser,
            [
                "--headless=new", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=\(folder.appendingPathComponent(".chromium-\(UUID().uuidString)").path)",
                "--dump-dom", page.absoluteString,
            ], in: folder
        ).stdout
    }

    private static func expectNear(_ actual: Int?, _ expected: Double, tolerance: Double, _ what: String) {
        let value = Double(actual ?? -1)
        #expect(abs(value - expected) <= expected * tolerance, "\(what): \(value) pixels, expected about \(expected)")
    }

    @Test(
        "the result report renders: role bars and area bands at their sizes, markers, escaped name",
        .enabled(
            if: mustRun, "chromium is not installed and this is not CI; `make test` (scripts/install-deps.sh test) installs it"))
    func resultReport() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = ReportEndToEndTests.hostileDocument()
        let path = try ResultFixtures.save([document], in: folder)[0]
        let run = try RolefitProcess.run(
            ["report", path, "--format", "html", "--for", "candidate", "--output", "report.html"], in: folder)
        #expect(run.status == 0, "\(run)")
        let page = folder.appendingPathComponent("report.html")
        let pixels = try Self.screenshot(
            page,
            colours: [
                ChartPalette.primary, ChartPalette.secondary, ChartPalette.band,
                ChartPalette.bandColour(.developing),
            ], in: folder)
        #expect(pixels.width == 1100 && pixels.height == 1600)
        #expect(pixels.whiteShare < 0.97 && pixels.distinct > 50, "the page is not blank: \(pixels)")
        // Bars are 380 px × 20 px at full probability: product 0.6 is the leader (primary), the others
        // (0.25 + 0.1 + 0.05) are secondary. The 'solid' marker (score 70) adds 6 × 22 primary pixels.
        // The legend under the area chart adds one 12 × 12 square per band colour and one for the 95% range.
        let legend = 12.0 * 12
        Self.expectNear(pixels.counts[ChartPalette.primary], 380 * 20 * 0.6 + 6 * 22 + legend, tolerance: 0.08, "leader bar")
        Self.expectNear(pixels.counts[ChartPalette.secondary], 380 * 20 * 0.4, tolerance: 0.1, "other role bars")
        // Two measured areas, each with a 40-point band (score ± 20) on a 330 px track, 14 px high, less the marker.
        Self.expectNear(pixels.counts[ChartPalette.band], 2 * (330 * 0.4 * 14 - 6 * 14) + legend, tolerance: 0.15, "95% bands")
        Self.expectNear(
            pixels.counts[ChartPalette.bandColour(.developing)], 6 * 22 + legend, tolerance: 0.25,
            "the score-40 marker and its key")
        let dom = try Self.dom(page, in: folder)
        #expect(dom.components(separatedBy: "<svg").count - 1 == 2, "two charts in the DOM")
        #expect(
            dom.contains("&lt;script&gt;alert(\"name\")&lt;/script&gt; &amp; O'Brien") && !dom.contains("<script"),
            "\(dom.prefix(600))")
    }

    @Test(
        "the team report renders: heat-map cells in their score colours, role-mix bars, ± SD bands",
        .enabled(
            if: mustRun, "chromium is not installed and this is not CI; `make test` (scripts/install-deps.sh test) installs it"))
    func teamReport() throws {
        let folder = try TeamEndToEndTests.teamFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try RolefitProcess.run(
            ["team", "--results", "Results", "--format", "html", "--output", "team.html"], in: folder)
        #expect(run.status == 0 && run.stderr.contains("package.json"), "\(run)")
        // Heat-map cells: every member's measured score and the team means 65, 70 and 25, each 38 × 26 px less its number.
        var cells: [Double: Int] = [:]
        for row in TeamFixture.scores { for score in row.compactMap({ $0 }) { cells[Double(score), default: 0] += 1 } }
        for mean in [65.0, 70, 25] { cells[mean, default: 0] += 1 }
        let checked = cells.keys.filter { abs($0 - 50) > 12 }.sorted()
        let colours = checked.map { ChartPalette.heat($0) }
        let pixels = try Self.screenshot(
            folder.appendingPathComponent("team.html"),
            colours: colours + [ChartPalette.primary, ChartPalette.secondary, ChartPalette.band], in: folder)
        #expect(pixels.whiteShare < 0.97, "the page is not blank: \(pixels)")
        for (score, colour) in zip(checked, colours) {
            let count = pixels.counts[colour] ?? 0
            let expected = cells[score] ?? 0
            #expect(count >= expected * 600, "score \(score) (\(colour)): \(count) pixels for \(expected) cells")
        }
        // Role mix: product 3 of 6, project 1 of 6, tpm 1 + 1 hybrid of 6 are highlighted; program (hybrid only) is not.
        Self.expectNear(pixels.counts[ChartPalette.primary], 380 * 20 * (3.0 + 1 + 2) / 6, tolerance: 0.08, "role-mix bars")
        Self.expectNear(pixels.counts[ChartPalette.secondary], 380 * 20 * 1.0 / 6, tolerance: 0.1, "program's bar")
        // ± 1 SD bands: 2 × SD points of a 330 px track, 14 px high, less the marker.
        let sds = [Double(350).squareRoot(), Double(250).squareRoot(), (Double(500) / 3).squareRoot()]
        Self.expectNear(
            pixels.counts[ChartPalette.band], sds.reduce(0) { $0 + 330 * 2 * $1 / 100 * 14 - 6 * 14 }, tolerance: 0.15, "SD bands"
        )
        let dom = try Self.dom(folder.appendingPathComponent("team.html"), in: folder)
        #expect(dom.components(separatedBy: "<svg").count - 1 == 3, "role mix, heat map and area chart")
        #expect(dom.contains("Ben \"&lt;b&gt;\" &amp; Co, Ltd"))
    }
}
