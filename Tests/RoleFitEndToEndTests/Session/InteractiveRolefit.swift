import Foundation

/// A running `rolefit` process driven over pipes, line by line (for `--format jsonl` sessions).
final class InteractiveRolefit {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errorOutput = Pipe()
    private var buffer = Data()

    /// Starts `rolefit` with arguments in a working directory, with extra environment variables.
    init(_ arguments: [String], in directory: URL, environment extra: [String: String] = [:]) throws {
        process.executableURL = RolefitProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["ROLEFIT_BANKS"] = nil
        environment["ROLEFIT_RESULTS"] = nil
        environment["ROLEFIT_FAULTS"] = nil
        environment.merge(extra) { _, new in new }
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errorOutput
        try process.run()
        // A watchdog: a hung binary is killed, so the reading test sees the end of output instead of hanging.
        let watched = process
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) {
            if watched.isRunning { Foundation.kill(watched.processIdentifier, SIGKILL) }
        }
    }

    /// The next line of stdout as a JSON object, or nil at the end of output.
    func nextObject() -> [String: Any]? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                return (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] ?? [
                    "type": "unparsable", "line": String(decoding: line, as: UTF8.self),
                ]
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return nil }
            buffer += chunk
        }
    }

    /// The next object of type `question` or `result`/`saved`, skipping others.
    func nextQuestionOrEnd() -> [String: Any]? {
        while let object = nextObject() {
            if let type = object["type"] as? String, ["question", "result", "saved", "discarded", "unparsable"].contains(type) {
                return object
            }
        }
        return nil
    }

    /// Sends one line.
    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Closes stdin.
    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Kills the process with SIGKILL and waits for it.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the process to exit and returns its status.
    func wait() -> Int32 {
        closeInput()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Stderr of a process that may still run: it is killed first, so reading cannot block.
    func standardErrorAfterKill() -> String {
        if process.isRunning { kill() }
        return standardError()
    }

    /// Everything written to stderr (after the process ended).
    func standardError() -> String {
        String(decoding: errorOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}

/// Picks a valid answer for a question object of the JSON-lines protocol, varied by `turn`.
func answer(for question: [String: Any], turn: Int) -> String {
    let options = (question["options"] as? [[String: Any]])?.count ?? 2
    switch question["kind"] as? String {
    case "self-rating": return String(1 + turn % 5)
    case "multiple-response": return "1,\(2 + turn % max(1, options - 1))"
    default: return String(1 + (turn * 7 + 3) % options)
    }
}
