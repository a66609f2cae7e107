import Foundation
import RoleFitCore
import Testing

/// The pure text pieces of reports: escaping, CSV fields, statistics, colours.
@Suite struct ReportTextTests {
    @Test("HTML escaping covers &, <, >, both quotes, and drops control characters")
    func htmlEscape() {
        #expect(
            HTMLEscape.text(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTMLEscape.text("line\none\ttab\u{07}bell\u{1B}[31m") == "line\none\ttabbell[31m")
        #expect(HTMLEscape.text("Ana María ✓") == "Ana María ✓")
    }

    @Test("Markdown escaping keeps text literal and on one line")
    func markdownEscape() {
        #expect(
            MarkdownEscape.inline("a | b *c* _d_ [e](f) <g> & `h` #1 ~i~ !j \\")
                == ##"a \| b \*c\* \_d\_ \[e\](f) \<g\> \& \`h\` \#1 \~i\~ \!j \\"##)
        #expect(MarkdownEscape.inline("two\nlines\r\nhere") == "two lines here")
    }

    @Test("Each ASCII character alone between letters: escaped, dropped or kept as the rules say")
    func escapeEachASCIICharacter() {
        let markdownSpecial = Set(#"\`*_[]<>&|~#!"#)
        let html: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
        for value in UInt8(0)...UInt8(0x7F) {
            let character = Character(Unicode.Scalar(value))
            let text = "a\(character)b"
            let isControl = value < 0x20 || value == 0x7F
            let markdown =
                character.isNewline ? "a b" : markdownSpecial.contains(character) ? "a\\\(character)b" : isControl ? "ab" : text
            #expect(MarkdownEscape.inline(text) == markdown, "byte \(value)")
            let keptInHTML = value == 0x09 || value == 0x0A || !isControl
            #expect(HTMLEscape.text(text) == "a\(html[character] ?? (keptInHTML ? String(character) : ""))b", "byte \(value)")
        }
    }

    @Test("CSV fields are quoted only when needed, quotes doubled, lines end in CRLF")
    func csvFields() {
        #expect(CSVTable.field("plain") == "plain")
        #expect(CSVTable.field("a,b") == "\"a,b\"")
        #expect(CSVTable.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVTable.field("crlf\r\nend") == "\"crlf\r\nend\"")
        #expect(CSVTable(header: ["a", "b"], rows: [["1", "x,y"], ["", ""]]).render() == "a,b\r\n1,\"x,y\"\r\n,\r\n")
    }

    @Test("text that a spreadsheet would run as a formula gets a leading quote; other text is unchanged")
    func formulaInjection() {
        for risky in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] { #expect(CSVTable.text(risky) == "'" + risky) }
        for safe in ["Ana", "1-2", "a=b", ""] { #expect(CSVTable.text(safe) == safe) }
    }

    @Test("mean, sample SD and correlation against hand-computed values")
    func statistics() throws {
        #expect(Statistics.mean([2, 4, 9]) == 5)
        #expect(Statistics.mean([]) == nil)
        // (2−5)² + (4−5)² + (9−5)² = 26; 26 / 2 = 13.
        #expect(abs((Statistics.standardDeviation([2, 4, 9]) ?? 0) - 13.0.squareRoot()) < 1e-12)
        #expect(Statistics.standardDeviation([7]) == nil)
        #expect(abs((Statistics.correlation([1, 2, 3], [2, 4, 6]) ?? 0) - 1) < 1e-12)
        #expect(abs((Statistics.correlation([1, 2, 3], [6, 4, 2]) ?? 0) + 1) < 1e-12)
        // x = 1,0,1,0; y = 4,2,3,3: Sxy = 1, Sxx = 1, Syy = 2 → r = 1/√2.
        #expect(abs((Statistics.correlation([1, 0, 1, 0], [4, 2, 3, 3]) ?? 0) - 0.5.squareRoot()) < 1e-12)
        #expect(Statistics.correlation([1, 1, 1], [1, 2, 3]) == nil, "no variance")
        #expect(Statistics.correlation([1, 0], [1, 2]) == nil, "fewer than 3 pairs")
    }

    @Test("heat colours: red at 0, near-white at 50, blue at 100, halfway in between")
    func heatColours() {
        #expect(ChartPalette.heat(0) == "#d7301f")
        #expect(ChartPalette.heat(50) == "#f7f7f7")
        #expect(ChartPalette.heat(100) == "#2166ac")
        #expect(
            ChartPalette.heat(75) == "#8cafd2",
            "halfway: (247 + 33) / 2 = 140, (247 + 102) / 2 = 174.5 → 175, (247 + 172) / 2 = 209.5 → 210")
        #expect(ChartPalette.heat(-5) == ChartPalette.heat(0) && ChartPalette.heat(.nan) == ChartPalette.heat(50))
    }

    @Test("report numbers: percentages clamp, durations read naturally, dates in UTC")
    func numbers() {
        #expect(ReportText.percent(0.784) == "78%" && ReportText.percent(1.2) == "> 99%" && ReportText.percent(.nan) == "< 1%")
        #expect(ReportText.percent(0.99998) == "> 99%" && ReportText.percent(0.994) == "99%")
        #expect(ReportText.percent(0.00002) == "< 1%" && ReportText.percent(0.006) == "1%" && ReportText.percent(0) == "< 1%")
        #expect(ReportText.duration(42.4) == "42 s" && ReportText.duration(185) == "3 min 05 s")
        #expect(ReportText.date(Date(timeIntervalSince1970: 0)) == "1970-01-01 00:00 UTC")
    }
}
