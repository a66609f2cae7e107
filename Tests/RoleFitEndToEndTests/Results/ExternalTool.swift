import Foundation

/// Runs a program other than `rolefit` (python3, chromium) found on PATH, capturing its output.
enum ExternalTool {
    /// The program's full path on PATH, or nil when it is not installed.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `name` (searched on PATH) with arguments in `directory`; a run still going after
    /// `limit` seconds is terminated (a safety net against a hung browser, not a timing check).
    static func run(_ name: String, _ arguments: [String], in directory: URL, limit: Double = 300) throws
        -> RolefitProcess.Outcome
    {
        try RolefitProcess.execute(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, in: directory, limit: limit)
    }
}
