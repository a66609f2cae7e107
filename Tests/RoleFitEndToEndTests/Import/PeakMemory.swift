import Foundation

/// Runs a program and reports its exit status and its peak resident memory, through a small python3
/// parent that reads `ru_maxrss` of its children. (Spawned straight from the test process, the child's
/// figure would include the test process's own memory: until exec it shares the parent's pages.)
enum PeakMemory {
    /// What a run used.
    struct Outcome: CustomStringConvertible {
        /// The exit status (negative: killed by that signal).
        var status: Int32
        /// The peak resident set size in bytes.
        var peakBytes: Int
        var description: String { "exit \(status), peak \(peakBytes / 1024) kB" }
    }

    /// The parent: runs argv[1:] with output to /dev/null, prints "status peak-kB".
    static let script = """
        import resource, subprocess, sys
        run = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(run.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        """

    /// Runs `executable` with `arguments` in `folder`.
    static func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> Outcome {
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let run = try RolefitProcess.execute(python, ["python3", "-c", script, executable.path] + arguments, in: folder)
        let fields = run.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard run.status == 0, fields.count == 2 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "python3 parent failed: \(run)"])
        }
        return Outcome(status: Int32(clamping: fields[0]), peakBytes: fields[1] * 1024)
    }
}
