import Foundation
import Testing

@testable import RoleFitTerminal

@Suite("The terminal sanitiser, colour and width")
struct TerminalTextTests {
    @Test("OSC 52, screen clearing, BEL, C1 and bidi overrides are neutralised visibly; tab and newline stay")
    func neutralises() {
        let hostile = "A\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}[2J\u{9B}1m\u{202E}evil\u{2066}x\u{7F}\tB\nC"
        let shown = TerminalText.sanitized(hostile)
        #expect(!shown.unicodeScalars.contains { TerminalText.needsNeutralising($0) }, "\(shown.debugDescription)")
        #expect(shown == "A␛]52;c;SGVsbG8=␇␛[2J<U+9B>1m<U+202E>evil<U+2066>x\u{2421}\tB\nC")
        #expect(TerminalText.sanitized("plain – ünïcode ✓\n") == "plain – ünïcode ✓\n")
    }

    @Test("Only RoleFit's own SGR styles survive, and only when styles are kept")
    func styles() {
        let own = "\u{1B}[1mbold\u{1B}[0m \u{1B}[1;31merror\u{1B}[0m"
        #expect(TerminalText.sanitized(own, keepingStyles: true) == own)
        #expect(TerminalText.sanitized(own) == "␛[1mbold␛[0m ␛[1;31merror␛[0m")
        #expect(TerminalText.sanitized("\u{1B}[8mhidden\u{1B}[2J", keepingStyles: true) == "␛[8mhidden␛[2J")
    }

    @Test("Inline values keep to one line")
    func inline() {
        #expect(TerminalText.inline("a\nb\r\tc\u{1B}") == "a\\nb\\r\\tc␛")
    }

    @Test("JSON keeps its meaning: neutralised scalars become \\u escapes")
    func json() throws {
        let value = ["name": "x\u{202E}y\u{85}z\u{7F}"]
        let text = TerminalText.escapedInJSON(String(decoding: try JSONEncoder().encode(value), as: UTF8.self))
        #expect(!text.unicodeScalars.contains { TerminalText.needsNeutralising($0) })
        #expect(text.contains("\\u202e"))
        let back = try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
        #expect(back == value)
    }

    @Test("JSON: every scalar to neutralise is escaped when it is the only one in the text")
    func jsonEachScalar() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069]
        for value in ranges.joined() where value != 0x09 && value != 0x0A {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = TerminalText.escapedInJSON("[\"a\(Character(scalar))b\"]")
            #expect(!text.unicodeScalars.contains { TerminalText.needsNeutralising($0) }, "U+\(String(value, radix: 16))")
        }
        #expect(TerminalText.escapedInJSON("[\"a\tb\nc — d’\"]") == "[\"a\tb\nc — d’\"]")
    }

    @Test("Colour needs a terminal, no --no-color, NO_COLOR unset and TERM not dumb")
    func colour() {
        #expect(TerminalCapabilities.colorEnabled(isTerminal: true, allowColor: true, environment: ["TERM": "xterm"]))
        #expect(!TerminalCapabilities.colorEnabled(isTerminal: false, allowColor: true, environment: ["TERM": "xterm"]))
        #expect(!TerminalCapabilities.colorEnabled(isTerminal: true, allowColor: false, environment: ["TERM": "xterm"]))
        #expect(!TerminalCapabilities.colorEnabled(isTerminal: true, allowColor: true, environment: ["NO_COLOR": ""]))
        #expect(!TerminalCapabilities.colorEnabled(isTerminal: true, allowColor: true, environment: ["TERM": "dumb"]))
    }

    @Test("A narrow pane is wrapped to its own width; unknown is 80; very wide is capped")
    func width() {
        #expect(TerminalCapabilities.width(columns: 20) == 20)
        #expect(TerminalCapabilities.width(columns: 33) == 33)
        #expect(TerminalCapabilities.width(columns: nil) == 80)
        #expect(TerminalCapabilities.width(columns: 400) == 120)
        #expect(TerminalCapabilities.width(of: .output, environment: ["COLUMNS": "20"]) == 20 || StandardStream.output.isTerminal)
    }
}
