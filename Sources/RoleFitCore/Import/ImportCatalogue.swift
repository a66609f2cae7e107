import Foundation

/// Finds the catalogue an import checks skill areas against, and checks written banks with the loader.
public enum ImportCatalogue {
    /// What a folder holds.
    public enum Lookup: Sendable {
        /// No folder, or no catalogue in it: any well-formed area id is accepted.
        case none
        /// A valid catalogue.
        case found(file: String, catalogue: Catalogue)
        /// A catalogue with errors (the loader's result explains them).
        case invalid(BankLoadResult)
    }

    /// Looks for the file whose `format` is `rolefit-catalogue/1` in a folder and loads it.
    public static func find(in folder: String) -> Lookup {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .none
        }
        guard let file = BankLoader.bankFiles(in: folder).first(where: isCatalogue) else { return .none }
        let result = BankLoader.load(paths: [file])
        guard let set = result.bankSet else { return .invalid(result) }
        return .found(file: file, catalogue: set.catalogue)
    }

    /// Loads bank YAML held in memory together with a catalogue, exactly as `banks validate` would
    /// load the two files (no scratch file is written); nil when the catalogue cannot be read.
    public static func check(yaml: String, named name: String, catalogueFile: String) -> BankLoadResult? {
        guard case .success(let catalogue) = BoundedFile.read(catalogueFile, limit: SourceDecoding.maximumFileSize) else {
            return nil
        }
        return BankLoader.load(documents: [(catalogueFile, catalogue), (name, Data(yaml.utf8))])
    }

    /// The items per piece in `check(bank:header:named:catalogueFile:)`.
    public static let checkPieceSize = 500

    /// Loads an imported bank with a catalogue as `check(yaml:…)` does, a piece of `checkPieceSize`
    /// items at a time (each written by the same writer, with the same header), so the loader's YAML
    /// trees stay small however many questions were imported; item ids, which the loader would compare
    /// across the whole bank, are checked for repeats here. Nil when the catalogue cannot be read.
    public static func check(bank: QuestionBank, header: [String], named name: String, catalogueFile: String) -> [Diagnostic]? {
        var diagnostics: [Diagnostic] = []
        var seen = Set<String>()
        for item in bank.items where !seen.insert(item.id).inserted {
            diagnostics.append(
                Diagnostic(.error, at: SourceLocation(file: name, line: 0, column: 0), "duplicate item id '\(item.id)'"))
        }
        var start = 0
        repeat {
            var piece = bank
            piece.items = Array(bank.items[start..<min(bank.items.count, start + checkPieceSize)])
            let yaml = BankYAMLWriter.write(piece, header: header)
            guard let result = check(yaml: yaml, named: name, catalogueFile: catalogueFile) else { return nil }
            diagnostics += result.diagnostics
            start += checkPieceSize
        } while start < bank.items.count
        return diagnostics
    }

    /// Whether a file declares the catalogue format near its top.
    private static func isCatalogue(_ file: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains("rolefit-catalogue/1")
    }
}
