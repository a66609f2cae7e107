import Foundation
import Testing

@testable import RoleFitCore

/// No input crashes the parsers: binary garbage, invalid UTF-8, control characters, odd line endings.
@Suite struct ImportRobustnessTests {
    @Test(arguments: ImportFormat.allCases)
    func binaryGarbageNeverCrashes(_ format: ImportFormat) {
        var random = SeededGenerator(seed: 42)
        for length in [0, 1, 2, 7, 64, 1_000, 20_000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            let result = ImportTestSupport.importBytes(Data(bytes), format: format)
            #expect(result.report.hasErrors || !result.bank.items.isEmpty)
            _ = BankYAMLWriter.write(result.bank)
        }
    }

    @Test(arguments: ImportFormat.allCases)
    func syntaxSoupNeverCrashes(_ format: ImportFormat) {
        var random = SeededGenerator(seed: 7)
        let pieces = [
            "{", "}", "~", "=", "#", "####", "::", "\\", "%", "%50%", "->", "\n", "\n\n", "\r", "//", "[id:", "]",
            "$CATEGORY:", "[html]", "<b>", "&amp;", "A)", "B.", "ANSWER:", " ", "x", "TRUE", "T", "é", "🚀", "\u{0}", "\u{FEFF}",
        ]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...60, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }
                .joined()
            let result = ImportTestSupport.importBytes(Data(text.utf8), format: format)
            #expect(result.report.importedCount == result.bank.items.count)
            let yaml = BankYAMLWriter.write(result.bank)
            #expect(yaml.hasPrefix(BankYAMLWriter.schemaLine))
        }
    }

    @Test func invalidUTF8IsReportedOnEachLineAndStillParsed() {
        var bytes = Array("First?{=a ~b}\n\n".utf8)
        bytes += [0xFF, 0xFE] + Array(" second?{=a ~b}\n\n".utf8)
        bytes += Array("third ".utf8) + [0xED, 0xA0, 0x80] + Array("?{=a ~b}\n\n".utf8)
        bytes += [0xE2, 0x82]
        let result = ImportTestSupport.importBytes(Data(bytes), format: .gift)
        #expect(result.report.errors.map(\.line) == [3, 5, 7])
        #expect(result.bank.items.count == 3)
        #expect(result.report.errors.allSatisfy { $0.message.contains("UTF-8") })
    }

    @Test func byteOrderMarkAndWindowsLineEndingsAreHandled() {
        let text = "\u{FEFF}// [id:bom]\r\nQ?{=a ~b}\r\n\r\nR?{=c ~d}"
        let result = ImportTestSupport.importBytes(Data(text.utf8), format: .gift)
        #expect(result.report.errors.isEmpty)
        #expect(result.bank.items.map(\.id) == ["bom", "imported-001"])
        #expect(result.bank.items.last?.location.line == 4)
    }

    /// Since issue 16 control characters and bidi overrides in imported text are refused with their
    /// line and column (they used to be escaped into the YAML and read back); tabs and U+2028 still pass.
    @Test func controlCharactersAreRefusedWithTheirPlace() throws {
        let text =
            "Bell \u{7} tab\tand nul \u{0} and del \u{7F} and \u{85} and \u{2028}?{=a\u{1B}b ~c}\n\nSecond {=a ~b}\n\nTabbed\tand \u{2028} fine {=a ~b}\n"
        let result = ImportTestSupport.importBytes(Data(text.utf8), format: .gift)
        let errors = result.report.errors
        #expect(errors.count == 1 && errors.first?.line == 1 && errors.first?.column == 6, "\(errors)")
        #expect(errors.first?.message.contains("U+0007 (bell)") == true)
        let clean = ImportTestSupport.importBytes(Data("Tabbed\tand \u{2028} fine {=a ~b}\n".utf8), format: .gift)
        #expect(clean.report.errors.isEmpty)
        let yaml = BankYAMLWriter.write(clean.bank)
        #expect(!yaml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let loaded = try #require(ImportTestSupport.load(yaml: yaml))
        #expect(loaded.bankSet?.banks.first?.items.first?.prompt == clean.bank.items.first?.prompt, "\(loaded.diagnostics)")
    }

    @Test func yamlScalarsQuoteWhatYAMLWouldMisread() {
        #expect(YAMLScalar.plainOrQuoted("rd-001") == "rd-001")
        #expect(YAMLScalar.plainOrQuoted("yes") == "\"yes\"")
        #expect(YAMLScalar.plainOrQuoted("001") == "\"001\"")
        #expect(YAMLScalar.plainOrQuoted("a b") == "\"a b\"")
        #expect(YAMLScalar.plainOrQuoted("") == "\"\"")
        #expect(YAMLScalar.quoted("say \"hi\" \\ now") == "\"say \\\"hi\\\" \\\\ now\"")
    }
}
