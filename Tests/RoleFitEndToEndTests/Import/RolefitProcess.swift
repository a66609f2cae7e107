import Foundation

/// Runs the built `rolefit` binary and captures its exit status and output.
enum RolefitProcess {
    /// What a run produced.
    struct Outcome: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped banks the tests run on: `ROLEFIT_TEST_BANKS` when set (scripts/regress-old.sh gives an
    /// older binary the banks of its own commit, which it can read), else QuestionBanks in this package.
    static let shippedBanks: URL = {
        if let chosen = ProcessInfo.processInfo.environment["ROLEFIT_TEST_BANKS"], !chosen.isEmpty {
            return URL(fileURLWithPath: chosen)
        }
        return packageRoot.appendingPathComponent("QuestionBanks")
    }()

    /// The binary: `ROLEFIT_BINARY` when set (scripts/regress-old.sh runs these tests against an older
    /// build that way), else next to the test bundle, else under .build/debug.
    static let binary: URL = {
        if let chosen = ProcessInfo.processInfo.environment["ROLEFIT_BINARY"], !chosen.isEmpty {
            return URL(fileURLWithPath: chosen)
        }
        let besideBundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("rolefit")
        let candidates = [
            besideBundle, Bundle.main.bundleURL.appendingPathComponent("rolefit"),
            packageRoot.appendingPathComponent(".build/debug/rolefit"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    /// Runs `rolefit` with arguments in a working directory.
    static func run(
        _ arguments: [String], in directory: URL, input: String? = nil,
        environment extra: [String: String] = [:]
    ) throws -> Outcome {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["ROLEFIT_BANKS"] = nil
        environment["ROLEFIT_FAULTS"] = nil
        environment.merge(extra) { _, new in new }
        return try execute(binary, arguments, in: directory, input: input, environment: environment)
    }

    /// Runs any executable with output captured in files (not pipes, so a child that keeps running
    /// cannot block the read); a run still going after `limit` seconds is terminated — a safety net
    /// against a hang, not a timing check.
    static func execute(
        _ executable: URL, _ arguments: [String], in directory: URL, input: String? = nil,
        environment: [String: String]? = nil, limit: Double? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let out = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
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
        var inputFile: URL?
        if let input {
            let url = directory.appendingPathComponent(".stdin-\(UUID().uuidString)")
            try Data(input.utf8).write(to: url)
            process.standardInput = try FileHandle(forReadingFrom: url)
            inputFile = url
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        defer { inputFile.map { try? FileManager.default.removeItem(at: $0) } }
        try process.run()
        var watchdog: DispatchWorkItem?
        if let limit {
            let item = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
            DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: item)
            watchdog = item
        }
        process.waitUntilExit()
        watchdog?.cancel()
        try outHandle.close()
        try errHandle.close()
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
    }

    /// A fresh folder holding a copy of the shipped catalogue in `banks/`.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rolefit-e2e-\(UUID().uuidString)")
        let banks = folder.appendingPathComponent("banks")
        try FileManager.default.createDirectory(at: banks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: shippedBanks.appendingPathComponent("catalogue.yaml"),
            to: banks.appendingPathComponent("catalogue.yaml"))
        return folder
    }

    /// Writes text (or bytes) to a file in a folder and returns its name.
    @discardableResult
    static func write(_ bytes: [UInt8], named name: String, in folder: URL) throws -> String {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        return name
    }
}
