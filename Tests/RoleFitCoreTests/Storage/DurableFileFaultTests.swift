import Foundation
import Testing

@testable import RoleFitCore

@Suite("Durable files under disk faults")
struct DurableFileFaultTests {
    private func temporaryFile() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rolefit-faults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("log.jsonl").path
    }

    @Test("an append that runs out of space part-way leaves the file exactly as it was")
    func partialAppendIsCutBack() throws {
        let path = try temporaryFile()
        try DurableFile.append(Data("first line\n".utf8), to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let full = FaultInjection("enospc-after=5")
        #expect(throws: DurableFile.Failure.self) {
            try DurableFile.append(Data("second line, too long for the disk\n".utf8), to: path, faults: full)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // Space is back: the next line starts on its own line, not after a torn fragment.
        try DurableFile.append(Data("third line\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first line\nthird line\n")
    }

    @Test("a full disk is reported with ENOSPC and the path")
    func fullDiskFailure() throws {
        let path = try temporaryFile()
        do {
            try DurableFile.append(Data("hello\n".utf8), to: path, faults: FaultInjection("enospc-after=0"))
            Issue.record("the append should have failed")
        } catch {
            #expect(error.errorNumber == ENOSPC)
            #expect(error.path == path)
            #expect(error.description.contains("No space left on device"))
        }
    }

    @Test("a read-only disk refuses the open with EROFS")
    func readOnlyDisk() throws {
        let path = try temporaryFile()
        do {
            try DurableFile.append(Data("hello\n".utf8), to: path, faults: FaultInjection("erofs"))
            Issue.record("the append should have failed")
        } catch {
            #expect(error.errorNumber == EROFS)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a journal whose answer write failed part-way still reads, with every earlier answer")
    func journalSurvivesFailedAppend() throws {
        let path = try temporaryFile()
        let journal = SessionJournal(path: path)
        let header = SessionJournal.Header(
            sessionID: "s", candidate: "c", settings: SessionSettings(seed: 1),
            banksFolder: "/banks", banks: [], startedAt: Date(timeIntervalSince1970: 0))
        try journal.create(header)
        let first = AnsweredItem(itemID: "a", response: .option(0), seconds: 1)
        try journal.append(.answer(first, at: Date(timeIntervalSince1970: 1)))
        let encoded = try JSONEncoder().encode(
            SessionJournal.Event.answer(
                AnsweredItem(itemID: "b", response: .option(1), seconds: 1),
                at: Date(timeIntervalSince1970: 2)))
        #expect(throws: DurableFile.Failure.self) {
            try DurableFile.append(encoded + Data("\n".utf8), to: path, faults: FaultInjection("enospc-after=7"))
        }
        let second = AnsweredItem(itemID: "c", response: .option(2), seconds: 1)
        try journal.append(.answer(second, at: Date(timeIntervalSince1970: 3)))
        let contents = try journal.read()
        #expect(contents.answers.map(\.itemID) == ["a", "c"])
        #expect(!contents.droppedTornLine)
    }

    @Test("fault specifications: unknown parts are ignored, budgets are charged across writes")
    func faultSpecification() {
        let faults = FaultInjection("bogus,enospc-after=10")
        #expect(!faults.readOnly)
        #expect(faults.allowance(6) == 6)
        #expect(faults.allowance(6) == 4)
        #expect(faults.allowance(6) == 0)
        #expect(FaultInjection("").allowance(1_000) == 1_000)
    }
}
