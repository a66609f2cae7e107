import RoleFitCore

/// Why a CAT benchmark workload could not be read; every message says what to do.
public enum WorkloadError: Error, Equatable, CustomStringConvertible {
    /// No workload directory was found at any of the searched places.
    case notFound(searched: [String])
    /// A required file is missing or unreadable.
    case missingFile(path: String)
    /// A file does not have the expected shape.
    case malformed(path: String, line: Int, reason: String)
    /// workload.json is not valid or misses a field.
    case invalidDescription(path: String, reason: String)

    /// A one-paragraph message for the terminal.
    public var description: String {
        switch self {
        case .notFound(let searched):
            "no CAT workload found (looked in \(searched.joined(separator: ", "))); "
                + "pass --workload DIR pointing at the folder with workload.json, bank.csv, thetas.csv and uniforms.csv"
        case .missingFile(let path):
            "cannot read \(path); the workload folder needs workload.json, bank.csv, thetas.csv and uniforms.csv "
                + "(regenerate them with make_workload.py)"
        case .malformed(let path, let line, let reason):
            "\(path):\(line): \(reason); regenerate the file with make_workload.py"
        case .invalidDescription(let path, let reason):
            "\(path): \(reason); restore workload.json from shared/bench/cat"
        }
    }
}
