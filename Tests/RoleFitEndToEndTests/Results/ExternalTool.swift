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
    static func run(_ name: String, _ arguments: [String], in directory: URL, limit: Double = 300) throws -> RolefitProcess.Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.currentDirectoryURL = directory
        let out = directory.appendingPathComponent(".tool-out-\(UUID().uuidString)")
        let err = directory.appendingPathComponent(".tool-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        try outHandle.close()
        try errHandle.close()
        return RolefitProcess.Outcome(status: process.terminationStatus,
                                      stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
                                      stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
    }
}
