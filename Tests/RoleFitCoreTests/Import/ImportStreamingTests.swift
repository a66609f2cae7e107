import Foundation
import Testing

@testable import RoleFitCore

/// The import reads its input a line and a question at a time, and bounds what one question can cost.
@Suite struct ImportStreamingTests {
    /// All lines of `bytes`, as the parsers pull them.
    static func lines(_ bytes: [UInt8]) -> (lines: [String], source: ImportSource<[UInt8]>) {
        var source = ImportSource(bytes: bytes)
        var lines: [String] = []
        while let line = source.nextLine() { lines.append(line) }
        return (lines, source)
    }

    @Test func linesEndAtLFCRLFAndLoneCR() {
        var read = Self.lines(Array("\u{FEFF}one\r\ntwo\rthree\n\nfour".utf8))
        #expect(read.lines == ["one", "two", "three", "", "four"])
        #expect(read.source.lineCount == 5)
        #expect(read.source.nextLine() == nil)
        #expect(Self.lines(Array("a\n".utf8)).lines == ["a"])
        #expect(Self.lines([]).lines.isEmpty)
        #expect(Self.lines(Array("\n\n".utf8)).lines == ["", ""])
    }

    @Test func invalidBytesAndControlsAreCountedWhileReading() {
        let bytes = Array("ok\n".utf8) + [0xFF] + Array("x\nab\u{1B}c\n".utf8) + [0xE2, 0x82]
        var source = ImportSource(bytes: bytes)
        #expect(source.nextLine() == "ok")
        #expect(source.invalidUTF8Lines.isEmpty)
        #expect(source.nextLine() == "\u{FFFD}x")
        #expect(source.invalidUTF8Lines == [2])
        #expect(source.nextLine() == "ab\u{1B}c")
        #expect(source.controlCharacters.map(\.line) == [3] && source.controlCharacters.map(\.column) == [3])
        #expect(source.nextLine() == "\u{FFFD}")
        #expect(source.nextLine() == nil)
        #expect(source.invalidUTF8Lines == [2, 4])
    }

    @Test func aSymbolTakesTwelveBytes() {
        // A question is parsed as one symbol per character: 12 bytes each (it was 24).
        #expect(MemoryLayout<GiftSymbol>.stride == 12)
    }

    @Test func anOversizedQuestionIsAnErrorAndKeepsOneLine() {
        let limit = ImportLimits.maximumQuestionCharacters
        let half = String(repeating: "x", count: limit / 2 + 1)
        let text = "First?{=a ~b}\n\nHuge \(half)\n\(half) {=a ~b}\n\nLast?{=a ~b}\n"
        var source = ImportSource(bytes: Array(text.utf8))
        var blocks: [GiftBlock] = []
        while let block = GiftBlock.next(from: &source) { blocks.append(block) }
        #expect(blocks.count == 3)
        #expect(blocks[1].isOversized && blocks[1].content.count == 1 && blocks[1].content[0].line == 3)
        #expect(!blocks[0].isOversized && !blocks[2].isOversized)
        let result = ImportTestSupport.importGift(text)
        let errors = result.report.issues.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors.first?.line == 3, "\(errors)")
        #expect(errors.first?.message.contains("at most \(limit) characters") == true, "\(errors)")
        #expect(result.bank.items.count == 2)
    }

    @Test func aQuestionAtTheLimitImports() {
        let limit = ImportLimits.maximumQuestionCharacters
        let frame = "Q  {=a ~b}"
        let text = "Q " + String(repeating: "y", count: limit - frame.count) + " {=a ~b}\n"
        let result = ImportTestSupport.importGift(text)
        #expect(!result.report.hasErrors, "\(result.report.issues)")
        #expect(result.bank.items.count == 1)
    }

    @Test func theSelfCheckReadsEveryPieceOfALargeBank() throws {
        let result = ImportTestSupport.importGift(ImportBenchmarkTests.generated(count: 1_200))
        #expect(result.bank.items.count > 2 * ImportCatalogue.checkPieceSize, "\(result.report.summary)")
        let clean = ImportCatalogue.check(
            bank: result.bank, header: [], named: "imported.yaml", catalogueFile: ImportTestSupport.catalogueFile)
        #expect(clean?.contains { $0.severity == .error } == false, "\(clean ?? [])")
        // An unknown area in the last piece and a repeated id across pieces are both found.
        var broken = result.bank
        let last = broken.items.count - 1
        broken.items[last].area = "no-such-area"
        broken.items[last - 1].id = broken.items[0].id
        let errors =
            (ImportCatalogue.check(
                bank: broken, header: [], named: "imported.yaml", catalogueFile: ImportTestSupport.catalogueFile) ?? [])
            .filter { $0.severity == .error }.map(\.message)
        #expect(errors.contains { $0.contains("no-such-area") }, "\(errors)")
        #expect(errors.contains { $0.contains("duplicate item id '\(broken.items[0].id)'") }, "\(errors)")
    }
}
