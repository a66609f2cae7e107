import Foundation
import Testing

@testable import RoleFitTerminal

@Suite("Text rendering")
struct RenderingTests {
    @Test("wrapping respects the width and the hanging indent")
    func wrapping() {
        let text = TextWrapper.wrap(
            "one two three four five six seven eight nine ten", width: 16, indent: "  ", hangingIndent: "    ")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 16 })
        #expect(lines.first?.hasPrefix("  one") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") })
        #expect(
            lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
                == "one two three four five six seven eight nine ten")
    }

    @Test("prepared lines: those that fit keep their columns, longer ones wrap under their own indent")
    func fittingPreparedLines() throws {
        let team = """
            Members
              Ada Lovelace   Product manager   > 99%   signals: 5 rapid answers, preference/skill split, person-fit
              Hy Brid        Program manager   > 99%

            6 members have integrity signals raised. These signals are evidence for a person to weigh, never a verdict.
            """
        let fitted = TextWrapper.fitLines(team, width: 40).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        #expect(fitted.allSatisfy { DisplayWidth.of($0) <= 40 }, "\(fitted)")
        #expect(fitted.contains("  Hy Brid        Program manager   > 99%"))
        let ada = try #require(fitted.firstIndex { $0.hasPrefix("  Ada Lovelace") })
        #expect(fitted[ada + 1].hasPrefix("      ") && !fitted[ada + 1].hasPrefix("       "), "\(fitted)")
        #expect(fitted.first == "Members" && fitted.contains(""))
        let words = { (lines: [String]) in lines.joined(separator: " ").split(separator: " ").joined(separator: " ") }
        #expect(words(fitted) == words(team.split(separator: "\n").map(String.init)))
    }

    @Test("display width ignores colour escapes and counts wide characters twice")
    func displayWidth() {
        #expect(DisplayWidth.of("\u{1B}[1mbold\u{1B}[0m") == 4)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("é") == 1)
    }

    @Test("bars have exactly their width", arguments: [0.0, 0.013, 0.5, 0.999, 1.0, -3, .nan])
    func bars(fraction: Double) {
        #expect(Bar.horizontal(fraction, width: 20).count == 20)
        #expect(Bar.withBand(value: fraction, low: 0.1, high: 0.9, width: 15).count == 15)
        #expect(Bar.meter(fraction).count == 5)
    }

    @Test("colour is off unless asked for")
    func style() {
        #expect(TextStyle(enabled: false).bold("x") == "x")
        #expect(TextStyle(enabled: true).bold("x") == "\u{1B}[1mx\u{1B}[0m")
    }
}

@Suite("Reading piped lines")
struct StreamLineReaderTests {
    private func reader(for bytes: [UInt8]) throws -> StreamLineReader {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        let stream = try #require(fopen(url.path, "r"))
        return StreamLineReader(stream: stream)
    }

    @Test("invalid UTF-8 is repaired, not dropped; CRLF is stripped; EOF ends")
    func invalidUTF8() throws {
        let reader = try reader(for: Array("1\r\n".utf8) + [0xFF, 0xFE, 0x32, 0x0A] + Array("last".utf8))
        #expect(reader.readLine(prompt: "") == .line("1"))
        #expect(reader.readLine(prompt: "") == .line("\u{FFFD}\u{FFFD}2"))
        #expect(reader.readLine(prompt: "") == .line("last"))
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test("a 1 MB line is read whole")
    func longLine() throws {
        let reader = try reader(for: Array(repeating: UInt8(ascii: "7"), count: 1 << 20) + [0x0A])
        guard case .line(let line) = reader.readLine(prompt: "") else {
            Issue.record("no line")
            return
        }
        #expect(line.utf8.count == 1 << 20)
    }

    @Test("history lives in the XDG state folder, else under ~/.local/state")
    func historyLocation() {
        #expect(HistoryLocation.file(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/rolefit/history")
        #expect(HistoryLocation.file(environment: ["HOME": "/h"]) == "/h/.local/state/rolefit/history")
        #expect(
            HistoryLocation.file(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/rolefit/history")
        #expect(HistoryLocation.file(environment: [:]) == nil)
    }
}
