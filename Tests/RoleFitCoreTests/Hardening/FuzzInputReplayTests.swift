import Foundation
import RoleFitCore
import Testing

/// Replays the fuzz seeds and saved fuzz findings (Fuzz/Seeds/TARGET, Fuzz/Regressions/TARGET) through
/// the same entry points the libFuzzer targets call, so the plain suite catches a regression of any
/// crash the fuzzer found. Each input must give an answer (a document or a precise problem).
@Suite("Fuzz inputs replayed through the readers")
struct FuzzInputReplayTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    static func inputs(_ target: String) -> [URL] {
        ["Seeds", "Regressions"].flatMap { kind -> [URL] in
            let folder = root.appendingPathComponent("\(kind)/\(target)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().map { folder.appendingPathComponent($0) }
        }
    }

    @Test("result documents: the real one decodes, each regression input is refused with a reason")
    func resultInputs() throws {
        let files = Self.inputs("FuzzResultReader")
        #expect(!files.isEmpty)
        for file in files {
            let outcome = ResultFileReader.decode(try Data(contentsOf: file))
            if file.path.contains("/Seeds/") {
                #expect((try? outcome.get()) != nil, "\(file.lastPathComponent): \(outcome)")
            } else if case .success = outcome {
                Issue.record("\(file.lastPathComponent) should be refused")
            }
        }
    }

    @Test("journals: the seeds replay with their answers and undos")
    func journalInputs() throws {
        let files = Self.inputs("FuzzJournalReader")
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: file)
            if file.path.contains("/Seeds/") {
                let contents = try SessionJournal.parse(data, path: file.lastPathComponent)
                #expect(!contents.answers.isEmpty && contents.undoCount == 1, "\(file.lastPathComponent)")
                #expect(contents.droppedTornLine == file.lastPathComponent.contains("torn"))
            } else {
                _ = try? SessionJournal.parse(data, path: file.lastPathComponent)
            }
        }
    }
}
