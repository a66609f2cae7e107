import Foundation
import RoleFitCore
import Testing

@Suite("In-memory entry points used by the fuzz targets")
struct InMemoryReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    @Test("loading documents from memory matches loading the same files from disk", arguments: ["Banks", "BadBanks"])
    func documentsMatchPaths(folder: String) throws {
        let directory = Self.fixtures.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let paths = names.map { directory.appendingPathComponent($0).path }
        let fromDisk = BankLoader.load(paths: paths)
        let fromMemory = BankLoader.load(documents: try paths.map { ($0, try Data(contentsOf: URL(fileURLWithPath: $0))) })
        #expect(fromMemory.diagnostics.map(\.description) == fromDisk.diagnostics.map(\.description))
        #expect(
            fromMemory.bankSet?.banks.flatMap { $0.items.map(\.id) } == fromDisk.bankSet?.banks.flatMap { $0.items.map(\.id) })
        #expect((fromDisk.bankSet == nil) == (folder == "BadBanks"))
    }

    @Test("in-memory bytes that are not UTF-8 get the same diagnostic as a file")
    func invalidUTF8() {
        let result = BankLoader.load(documents: [("x.yaml", Data([0x66, 0x6F, 0xFF, 0x0A]))])
        #expect(result.bankSet == nil)
        #expect(result.diagnostics.contains { $0.description.contains("invalid UTF-8") })
    }

    @Test("a journal parsed from memory equals the same journal read from disk, torn tail dropped")
    func journalParse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rolefit-journal-\(UUID().uuidString)")
        let journal = SessionJournal(resultsFolder: folder.path, sessionID: "s1")
        try journal.create(
            SessionJournal.Header(
                sessionID: "s1", candidate: "c", settings: SessionSettings(seed: 3),
                banksFolder: "/b", banks: [], startedAt: Date(timeIntervalSince1970: 0)))
        try journal.append(
            .answer(AnsweredItem(itemID: "a", response: .rating(4), seconds: 2), at: Date(timeIntervalSince1970: 5)))
        try journal.append(.answer(AnsweredItem(itemID: "b", response: .skipped, seconds: 1), at: Date(timeIntervalSince1970: 6)))
        try journal.append(.undo(at: Date(timeIntervalSince1970: 7)))
        let data = try Data(contentsOf: URL(fileURLWithPath: journal.path)) + Data("{\"type\":\"ans".utf8)
        let parsed = try SessionJournal.parse(data, path: "memory")
        let read = try journal.read()
        #expect(parsed.answers == read.answers)
        #expect(parsed.answers.map(\.itemID) == ["a"])
        #expect(parsed.undoCount == 1)
        #expect(parsed.droppedTornLine && !read.droppedTornLine)
        #expect(throws: SessionJournal.ReadError.self) { try SessionJournal.parse(Data("{}\n".utf8), path: "memory") }
    }
}
