import Foundation
import Testing

@testable import RoleFitCore

@Suite("Session lock and sessions folder")
struct SessionLockTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rolefit-lock-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func header(_ id: String) -> SessionJournal.Header {
        SessionJournal.Header(
            sessionID: id, candidate: "c", settings: SessionSettings(seed: 1), banksFolder: "/b", banks: [],
            startedAt: Date(timeIntervalSince1970: 0))
    }

    @Test("a held session cannot be locked again until its holder lets go; a finished one says so")
    func exclusive() throws {
        let results = try folder()
        defer { try? FileManager.default.removeItem(atPath: results) }
        let journal = SessionJournal(resultsFolder: results, sessionID: "s1")
        var held: SessionLock? = try journal.create(header("s1"))
        #expect(held != nil)
        #expect {
            _ = try journal.lock()
        } throws: { error in
            guard let failure = error as? SessionLock.Failure, case .inUse = failure else { return false }
            return failure.description.contains("in use by another rolefit process")
        }
        held = nil
        var again: SessionLock? = try journal.lock()
        try journal.remove()
        again = nil
        _ = again
        #expect {
            _ = try journal.lock()
        } throws: { error in
            guard let failure = error as? SessionLock.Failure, case .finished = failure else { return false }
            return true
        }
    }

    @Test("a second create of the same session fails instead of appending to it")
    func createIsExclusive() throws {
        let results = try folder()
        defer { try? FileManager.default.removeItem(atPath: results) }
        let journal = SessionJournal(resultsFolder: results, sessionID: "s2")
        let lock = try journal.create(header("s2"))
        #expect(throws: DurableFile.Failure.self) { try journal.create(header("s2")) }
        withExtendedLifetime(lock) {}
        #expect(try journal.read().answers.isEmpty)
    }

    @Test("session ids: tokens only")
    func sessionIDs() {
        #expect(SessionJournal.isValidSessionID("2026-12-01T04-20-07_ann_17sec3g"))
        for bad in ["", ".", "..", "../x", "a/b", ".hidden", "a\u{0}b", "a b", String(repeating: "a", count: 201), "ä"] {
            #expect(!SessionJournal.isValidSessionID(bad), "\(bad)")
        }
    }

    @Test("the sessions folder must be a real folder: links (dangling too) and files are refused")
    func sessionsFolder() throws {
        let results = try folder()
        defer { try? FileManager.default.removeItem(atPath: results) }
        let sessions = results + "/.sessions"
        #expect(try SessionFolder.check(sessions) == .missing)
        try FileManager.default.createSymbolicLink(atPath: sessions, withDestinationPath: results + "/nowhere")
        #expect(throws: DurableFile.Failure.self) { try SessionFolder.prepare(sessions) }
        #expect(throws: DurableFile.Failure.self) { try SessionJournal.inProgress(resultsFolder: results) }
        try FileManager.default.removeItem(atPath: sessions)
        try Data().write(to: URL(fileURLWithPath: sessions))
        #expect(throws: DurableFile.Failure.self) { try SessionFolder.check(sessions) }
        try FileManager.default.removeItem(atPath: sessions)
        try SessionFolder.prepare(sessions)
        let mode = try FileManager.default.attributesOfItem(atPath: sessions)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }
}
