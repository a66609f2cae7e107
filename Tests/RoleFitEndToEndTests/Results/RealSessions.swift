import Foundation
import RoleFitCore

/// Runs real `rolefit take` sessions with piped answers, for tests that need result files a session wrote.
enum RealSessions {
    /// The shipped banks.
    static let banks = RolefitProcess.shippedBanks.path

    /// Answers that cycle through 1–4 (with a 2 in between), enough lines for the longest session;
    /// answers a question does not accept are re-prompted and the next line is used.
    static let answers = (0..<400).map { ["1", "2", "3", "4", "2", "3", "1"][$0 % 7] }.joined(separator: "\n") + "\n"

    /// Runs one session and returns the path of the result file it wrote (nil, with the run, when it wrote none).
    static func take(name: String, results: String, seed: Int, extra: [String] = [], in folder: URL) throws
        -> (path: String?, run: RolefitProcess.Outcome)
    {
        let run = try RolefitProcess.run(
            [
                "take", "--name", name, "--results", results, "--banks", banks,
                "--seed", String(seed), "--format", "jsonl",
            ] + extra, in: folder, input: answers)
        let last = run.stdout.split(separator: "\n").last {
            $0.contains("\"type\":\"result\"") || $0.contains("\"type\":\"ended\"")
        }
        guard let line = last, let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { return (nil, run) }
        if let path = object["path"] as? String {
            return (path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path, run)
        }
        // An interview tells the candidate's side nothing but its session id: the result is found in the folder.
        guard let sessionID = object["sessionID"] as? String else { return (nil, run) }
        let directory = results.hasPrefix("/") ? URL(fileURLWithPath: results) : folder.appendingPathComponent(results)
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        let match = files.filter { $0.pathExtension == "json" }.first { file in
            (try? ResultStore.decode(Data(contentsOf: file)))?.sessionID == sessionID
        }
        return (match?.path, run)
    }
}
