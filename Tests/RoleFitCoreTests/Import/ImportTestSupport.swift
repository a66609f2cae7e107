import Foundation

@testable import RoleFitCore

/// Paths and helpers shared by the import tests.
enum ImportTestSupport {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The import fixtures folder.
    static let fixtures = packageRoot.appendingPathComponent("Tests/RoleFitCoreTests/Fixtures/Import")

    /// The shipped catalogue.
    static let catalogueFile = packageRoot.appendingPathComponent("QuestionBanks/catalogue.yaml").path

    /// The shipped catalogue's area ids.
    static let knownAreas: Set<String> = {
        guard case .found(_, let catalogue) = ImportCatalogue.find(in: packageRoot.appendingPathComponent("QuestionBanks").path)
        else { return [] }
        return Set(catalogue.areas.map(\.id))
    }()

    /// The bytes of a fixture.
    static func fixture(_ name: String) -> Data {
        (try? Data(contentsOf: fixtures.appendingPathComponent(name))) ?? Data()
    }

    /// Imports GIFT text with a default area and the shipped catalogue.
    static func importGift(_ text: String, area: String? = "role-literacy", map: [String: String] = [:]) -> ImportResult {
        importBytes(Data(text.utf8), format: .gift, area: area, map: map)
    }

    /// Imports bytes.
    static func importBytes(_ bytes: Data, format: ImportFormat, area: String? = "role-literacy", map: [String: String] = [:])
        -> ImportResult
    {
        let options = ImportOptions(
            format: format, bankID: "imported", bankTitle: "Imported",
            areas: AreaResolver(defaultArea: area, map: map, knownAreas: knownAreas), inputName: "input")
        return BankImporter.run(bytes: bytes, options: options)
    }

    /// Loads bank YAML with the shipped catalogue, as `banks validate` does.
    static func load(yaml: String) -> BankLoadResult? {
        ImportCatalogue.check(yaml: yaml, named: "imported.yaml", catalogueFile: catalogueFile)
    }
}
