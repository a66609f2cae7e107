import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `rolefit` binary for the store tests.
enum Rolefit {
    /// What a finished run printed, and its exit status.
    struct Outcome: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped banks.
    static let banks = packageRoot.appendingPathComponent("QuestionBanks").path

    /// The binary beside the test bundle, else under .build/debug.
    static let binary: URL = {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("rolefit"),
            Bundle.main.bundleURL.appendingPathComponent("rolefit"),
            packageRoot.appendingPathComponent(".build/debug/rolefit"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    /// The environment for a run: no colour, no inherited store or bank settings, plus `extra`.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["ROLEFIT_BANKS", "ROLEFIT_RESULTS", "ROLEFIT_STORE", "ROLEFIT_FAULTS", "PGPASSWORD", "PGUSER"] {
            environment[name] = nil
        }
        environment["NO_COLOR"] = "1"
        environment["PGPASSFILE"] = "/dev/null"
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Runs rolefit to the end with `input` on stdin (or none), output captured in files.
    static func run(
        _ arguments: [String], in folder: URL, input: String? = nil, environment extra: [String: String] = [:]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment(extra)
        let out = folder.appendingPathComponent(".out-\(UUID().uuidString)")
        let err = folder.appendingPathComponent(".err-\(UUID().uuidString)")
        let inFile = folder.appendingPathComponent(".in-\(UUID().uuidString)")
        defer { for file in [out, err, inFile] { try? FileManager.default.removeItem(at: file) } }
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        if let input {
            try Data(input.utf8).write(to: inFile)
            process.standardInput = try FileHandle(forReadingFrom: inFile)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        let watched = process
        let watchdog = DispatchWorkItem { if watched.isRunning { kill(watched.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 300, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        try outHandle.close()
        try errHandle.close()
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
    }

    /// A new empty working folder.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rolefit-pg-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A `rolefit … --format jsonl` session driven over pipes, one line at a time.
final class PipedSession: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors: URL
    private var buffer = Data()
    /// The other objects read on the way (notices, feedback, …).
    private(set) var others: [[String: Any]] = []

    /// Starts rolefit with `arguments` in `folder`.
    init(_ arguments: [String], in folder: URL, environment extra: [String: String] = [:]) throws {
        errors = folder.appendingPathComponent(".piped-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.executableURL = Rolefit.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = Rolefit.environment(extra)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let watched = process
        DispatchQueue.global().asyncAfter(deadline: .now() + 300) {
            if watched.isRunning { Glibc.kill(watched.processIdentifier, SIGKILL) }
        }
    }

    /// The next JSON object on stdout of type question, result, saved or discarded; nil at the end.
    func next() -> [String: Any]? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Data(buffer[buffer.startIndex..<newline])
                buffer.removeSubrange(buffer.startIndex...newline)
                guard let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else {
                    return ["type": "unparsable", "line": String(decoding: line, as: UTF8.self)]
                }
                if let type = object["type"] as? String, ["question", "result", "saved", "discarded"].contains(type) {
                    return object
                }
                others.append(object)
                continue
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return nil }
            buffer += chunk
        }
    }

    /// Reads stdout to its end, keeping every object in `others`.
    func drain() {
        while let object = next() { others.append(object) }
    }

    /// Sends one line.
    func send(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

    /// Kills the process with SIGKILL and waits for it.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Closes stdin, waits for the end and returns the exit status.
    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// What the process wrote to stderr so far.
    var standardError: String { String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self) }

    deinit { try? FileManager.default.removeItem(at: errors) }
}

/// The answer a scripted person gives to a question object: a function of the question and its number
/// only, so a session killed and resumed answers exactly as an uninterrupted one.
func scriptedAnswer(to question: [String: Any]) -> String {
    let turn = ((question["index"] as? Int) ?? 1) - 1
    let options = (question["options"] as? [[String: Any]])?.count ?? 2
    switch question["kind"] as? String {
    case "self-rating": return String(1 + turn % 5)
    case "multiple-response": return "1,\(2 + turn % max(1, options - 1))"
    default: return String(1 + (turn * 7 + 3) % options)
    }
}
