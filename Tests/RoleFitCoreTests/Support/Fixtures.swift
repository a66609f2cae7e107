import Foundation

/// Paths to the test fixtures and helpers for temporary files.
enum Fixtures {
    /// Tests/RoleFitCoreTests/Fixtures.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The package root (three levels above this file's folder).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a fixture, relative to the fixtures folder.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rolefit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A temporary folder holding the small fixture catalogue plus one file with the given bytes.
    static func folderWithBank(named name: String, data: Data) throws -> (folder: URL, file: String) {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(
            atPath: path("Banks/catalogue.yaml"), toPath: folder.appendingPathComponent("catalogue.yaml").path)
        let file = folder.appendingPathComponent(name)
        try data.write(to: file)
        return (folder, file.path)
    }
}
