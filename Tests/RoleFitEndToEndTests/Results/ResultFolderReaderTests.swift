import Foundation
import RoleFitCore
import Testing

/// ResultFolderReader: usable documents are kept, every other `*.json` file is named with its reason.
@Suite struct ResultFolderReaderTests {
    @Test("older, newer, half-written, empty, foreign, malformed and repeated files are skipped with a reason each")
    func classifiesEveryFile() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = TeamFixture.documents()
        let saved = try ResultFixtures.save(Array(documents.prefix(2)), in: folder)
        let whole = try String(contentsOf: URL(fileURLWithPath: saved[0]), encoding: .utf8)
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        try write("older.json", whole.replacingOccurrences(of: "rolefit-result/1", with: "rolefit-result/0"))
        try write("half.json", String(whole.prefix(whole.count / 3)))
        try write("empty.json", "  \n")
        try write("foreign.json", #"{"compilerOptions": {"strict": true}}"#)
        try write("array.json", "[1, 2, 3]")
        try write("malformed.json", whole.replacingOccurrences(of: #""seconds" : 10"#, with: #""seconds" : "ten""#))
        try write("copy.json", whole)
        try write(".hidden.json", "garbage")
        try write("notes.txt", "garbage")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".sessions"), withIntermediateDirectories: true)
        try write(".sessions/x.json", "garbage")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("folder.json"), withIntermediateDirectories: true)

        let contents = try ResultFolderReader(folder: folder.path).read()
        #expect(contents.results.map(\.document.sessionID).sorted() == ["team-0", "team-1"])
        #expect(contents.results.first { $0.document.sessionID == "team-0" }?.document == documents[0])
        let reasons = Dictionary(
            uniqueKeysWithValues: contents.skipped.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) })
        #expect(
            Set(reasons.keys) == [
                "older.json", "half.json", "empty.json", "foreign.json", "array.json", "malformed.json", "copy.json",
            ])
        #expect(
            reasons["older.json"]
                == "was written by another RoleFit version (rolefit-result/0); this version reads rolefit-result/1")
        #expect(reasons["half.json"] == "is not complete JSON (a half-written or truncated file?)")
        #expect(reasons["empty.json"] == "is empty (a half-written file?)")
        #expect(reasons["foreign.json"]?.hasPrefix("is JSON but not a RoleFit result") == true)
        #expect(reasons["array.json"]?.hasPrefix("is JSON but not a RoleFit result") == true)
        #expect(reasons["malformed.json"] == "does not match rolefit-result/1: items[0].seconds: expected a number", "\(reasons)")
        #expect(reasons["copy.json"]?.hasPrefix("repeats session team-0 already read from ") == true, "\(reasons)")
        let warning = try #require(contents.skipped.first { $0.path.hasSuffix("half.json") })
        #expect(
            warning.description == "\(folder.path)/half.json is not complete JSON (a half-written or truncated file?); skipped")
    }

    @Test("a missing folder or a file in its place is an error that says what to do")
    func folderErrors() throws {
        let folder = try ResultFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ResultFolderError.self) {
            try ResultFolderReader(folder: folder.appendingPathComponent("none").path).read()
        }
        try Data("x".utf8).write(to: folder.appendingPathComponent("file"))
        do {
            _ = try ResultFolderReader(folder: folder.appendingPathComponent("file").path).read()
            Issue.record("a file is not a folder")
        } catch {
            #expect(error.message.contains("is a file, not a results folder"))
        }
        #expect(try ResultFolderReader(folder: folder.path).read().results.isEmpty)
    }

    @Test("a missing field is named with its path")
    func missingField() throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: ResultStore.encode(TeamFixture.documents()[0])) as? [String: Any])
        object["integrity"] = nil
        let data = try JSONSerialization.data(withJSONObject: object)
        guard case .failure(let problem) = ResultFileReader.decode(data) else {
            Issue.record("a document without integrity must not decode")
            return
        }
        #expect(problem == .malformed("integrity: missing"))
    }
}
