import Foundation

/// Where RoleFit looks for its question banks when none is named: `$ROLEFIT_BANKS`, then
/// `QuestionBanks/` next to the executable, then `../share/rolefit/QuestionBanks` beside its folder
/// (where `make install` puts them), then `QuestionBanks/` in the working directory.
public struct BankFolderSearch: Sendable {
    /// The folder holding the running executable (symbolic links resolved), if known.
    public var executableFolder: String?
    /// The process environment.
    public var environment: [String: String]
    /// Whether a path is an existing folder.
    public var isFolder: @Sendable (String) -> Bool

    /// The environment variable naming the banks folder.
    public static let environmentVariable = "ROLEFIT_BANKS"
    /// The folder name of the shipped banks.
    public static let folderName = "QuestionBanks"

    /// Creates a search; `isFolder` defaults to the file system.
    public init(
        executableFolder: String?, environment: [String: String],
        isFolder: @escaping @Sendable (String) -> Bool = BankFolderSearch.existingFolder
    ) {
        self.executableFolder = executableFolder
        self.environment = environment
        self.isFolder = isFolder
    }

    /// The places looked at, in order (the environment variable only when it is set).
    public var candidates: [String] {
        var places: [String] = []
        if let named = environment[Self.environmentVariable], !named.isEmpty { return [named] }
        if let executableFolder {
            places.append((executableFolder as NSString).appendingPathComponent(Self.folderName))
            let prefix = (executableFolder as NSString).deletingLastPathComponent
            places.append(
                ((prefix as NSString).appendingPathComponent("share/rolefit") as NSString).appendingPathComponent(Self.folderName)
            )
        }
        places.append(Self.folderName)
        return places
    }

    /// The first candidate that exists, else the last one (whose absence the loader then reports).
    public var folder: String {
        let places = candidates
        return places.first(where: isFolder) ?? places[places.count - 1]
    }

    /// Whether `path` is an existing folder (following symbolic links).
    public static func existingFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// What to say when `folder` is not a folder: what is wrong and how to fix it. `named`: the folder
    /// came from --banks or a journal rather than from the search.
    public func missingFolderMessage(_ folder: String, named: Bool) -> String {
        guard named else {
            return "No question banks found; looked in \(candidates.map { "'\($0)'" }.joined(separator: ", ")).\n"
                + "Run rolefit from the repository folder, install it with `make install PREFIX=DIR` (the banks go to "
                + "DIR/share/rolefit/QuestionBanks), or pass --banks DIR with the folder that holds catalogue.yaml.\n"
        }
        let what = FileManager.default.fileExists(atPath: folder) ? "is not a folder" : "does not exist"
        return "No question banks at '\(folder)': it \(what). Pass --banks DIR with the folder that holds catalogue.yaml"
            + " (the shipped banks are in the repository's QuestionBanks/).\n"
    }
}
