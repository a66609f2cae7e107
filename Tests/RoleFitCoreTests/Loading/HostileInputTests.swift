import Foundation
import Testing

@testable import RoleFitCore

@Suite("Hostile input ends in a clean, located error")
struct HostileInputTests {
    /// Loads one generated file next to the fixture catalogue and returns its diagnostics and the time taken.
    private func load(_ data: Data, name: String = "hostile.yaml") throws -> (diagnostics: [Diagnostic], seconds: Double) {
        let (folder, _) = try Fixtures.folderWithBank(named: name, data: data)
        let start = Date()
        let result = BankLoader.load(paths: [folder.path])
        return (result.diagnostics, Date().timeIntervalSince(start))
    }

    @Test("binary garbage is reported as invalid UTF-8 with its position")
    func binaryGarbage() throws {
        var generator = SeededGenerator(seed: 42)
        var bytes = Array("format: rolefit-bank/1\n".utf8)
        bytes += (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let (diagnostics, _) = try load(Data(bytes))
        let error = try #require(diagnostics.first { $0.message.contains("invalid UTF-8") })
        #expect(error.location.line >= 2)
    }

    @Test("invalid UTF-8 points at the first bad byte")
    func invalidUTF8() throws {
        let bytes = Array("format: rolefit-bank/1\nid: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let (diagnostics, _) = try load(Data(bytes))
        #expect(diagnostics.contains { $0.location.line == 2 && $0.location.column == 8 && $0.message.contains("invalid UTF-8") })
    }

    @Test("a 6 MB file is refused before it is parsed")
    func oversizedFile() throws {
        let line = "# " + String(repeating: "x", count: 1000) + "\n"
        let text = "format: rolefit-bank/1\n" + String(repeating: line, count: 6 * 1024)
        let (diagnostics, _) = try load(Data(text.utf8))
        #expect(diagnostics.contains { $0.message.contains("limited to 5 MB") })
    }

    @Test("a billion-laughs alias bomb stops at the expansion limit")
    func aliasBomb() throws {
        var text = "format: rolefit-bank/1\nid: lol\ntitle: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        text += "items: *a9\n"
        let (diagnostics, seconds) = try load(Data(text.utf8))
        #expect(diagnostics.contains { $0.message.contains("alias bomb") })
        print("alias bomb rejected in \(String(format: "%.3f", seconds)) s")
    }

    @Test("an alias used as a mapping key is refused before parsing")
    func aliasAsKey() throws {
        let text = "format: rolefit-bank/1\nbig: &big [a, b]\nother:\n  *big : value\n"
        let (diagnostics, _) = try load(Data(text.utf8))
        #expect(diagnostics.contains { $0.location.line == 4 && $0.message.contains("alias") })
    }

    @Test("10,000 levels of flow nesting are refused with a location", arguments: ["flow", "block"])
    func deepNesting(style: String) throws {
        let text: String
        if style == "flow" {
            text =
                "format: rolefit-bank/1\nitems: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
                + "\n"
        } else {
            // Block sequences nested on one line: "- - - … x" (indentation-nested text this deep would exceed 5 MB).
            text = "format: rolefit-bank/1\nitems:\n  " + String(repeating: "- ", count: 10_000) + "x\n"
        }
        let (diagnostics, seconds) = try load(Data(text.utf8))
        let error = try #require(diagnostics.first { $0.message.contains("nested more than") })
        #expect(error.location.line >= 2)
        print("\(style) nesting rejected in \(String(format: "%.3f", seconds)) s")
    }

    @Test("a document that is a bare list or scalar gets a clear message")
    func wrongRoot() throws {
        let (diagnostics, _) = try load(Data("- just\n- a list\n".utf8))
        #expect(diagnostics.contains { $0.message.contains("must be a mapping") })
        let (empty, _) = try load(Data("".utf8))
        #expect(empty.contains { $0.message.contains("the file is empty") })
    }

    @Test("JSON banks are read like YAML")
    func jsonBank() throws {
        let json =
            #"{"format": "rolefit-bank/1", "id": "j", "title": "J", "items": [{"id": "j-1", "kind": "true-false", "area": "schedule-time", "prompt": "A statement.", "answer": true, "explanation": "Why.", "difficulty": "easy"}]}"#
        let (diagnostics, _) = try load(Data(json.utf8), name: "bank.json")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    @Test("random mutations of a good bank never crash the loader")
    func mutations() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Banks/starter.yaml")))
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            var bytes = [UInt8](original)
            for _ in 0..<(1 + Int(generator.next() % 8)) {
                let index = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes[index] = UInt8(truncatingIfNeeded: generator.next())
                case 1: bytes.remove(at: index)
                default: bytes.insert(Array(":-[]{}&*!|>'\"#\n ".utf8)[Int(generator.next() % 16)], at: index)
                }
            }
            let (folder, _) = try Fixtures.folderWithBank(named: "starter.yaml", data: Data(bytes))
            let result = BankLoader.load(paths: [folder.path])
            if result.bankSet == nil { #expect(result.diagnostics.containsErrors) }
            try? FileManager.default.removeItem(at: folder)
        }
    }
}
