import Foundation

/// A small seeded generator (SplitMix64), so random kill points are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Problems found on worker threads, gathered for one `#expect` on the test's own thread.
final class ProblemList: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [String] = []

    func add(_ problem: String) {
        lock.lock()
        problems.append(problem)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return problems
    }
}

/// What one uninterrupted `--format jsonl` session asked and recorded.
struct ReferenceSession {
    /// The question ids in the order they were asked.
    var questionIDs: [String]
    /// The result document's item ids.
    var resultItemIDs: [String]
}

enum HardeningDriver {
    static let banks = RolefitProcess.shippedBanks.path

    /// The answer for a question object: a function of the question and its index only, so an
    /// interrupted and resumed session answers exactly like an uninterrupted one.
    static func reply(to question: [String: Any]) -> String {
        answer(for: question, turn: ((question["index"] as? Int) ?? 1) - 1)
    }

    /// Runs a whole session, answering every question, and returns what it asked.
    static func reference(seed: UInt64, name: String, in folder: URL, results: String) throws -> ReferenceSession {
        let session = try InteractiveRolefit(
            [
                "take", "--format", "jsonl", "--name", name, "--banks", banks,
                "--results", results, "--seed", "\(seed)",
            ], in: folder)
        var ids: [String] = []
        var items: [String] = []
        while let object = session.nextQuestionOrEnd() {
            if object["type"] as? String == "question" {
                ids.append(object["id"] as? String ?? "?")
                session.send(reply(to: object))
            } else {
                let document = object["result"] as? [String: Any]
                items = ((document?["items"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
                break
            }
        }
        _ = session.wait()
        return ReferenceSession(questionIDs: ids, resultItemIDs: items)
    }

    /// The bytes of every regular file under a folder (relative name → bytes), hidden ones included.
    static func snapshot(of folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let name as String in walker {
            let path = folder.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}
