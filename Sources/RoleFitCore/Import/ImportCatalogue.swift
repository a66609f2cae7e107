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

    /// Whether a file declares the catalogue format near its top.
    private static func isCatalogue(_ file: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains("rolefit-catalogue/1")
    }
}
