import Foundation
import Testing

/// `banks import` memory: peak resident memory of the child process (wait4's ru_maxrss) above a run
/// that imports nothing, per input byte. No timing is measured.
@Suite("Import: memory per input byte")
struct ImportMemoryEndToEndTests {
    /// About `bytes` of ordinary GIFT questions.
    static func manyQuestions(bytes: Int) -> String {
        var text = ""
        var index = 0
        while text.utf8.count < bytes {
            text +=
                "::Q\(index):: What is the best next step for item \(index) when the schedule slips and the sponsor asks for a date? {\n"
                + "=Re-plan with the team and give a range\n~Promise the old date\n~Say nothing yet\n####Ranges keep trust.\n}\n\n"
            index += 1
        }
        return text
    }

    /// Imports `name` from `folder` (absolute paths) and returns the child's peak memory.
    static func importPeak(_ name: String, in folder: URL) throws -> PeakMemory.Outcome {
        try PeakMemory.run(
            RolefitProcess.binary,
            [
                "banks", "import", "--from", "gift", folder.appendingPathComponent(name).path, "--output",
                folder.appendingPathComponent(name + ".yaml").path, "--area", "negotiation", "--banks",
                folder.appendingPathComponent("banks").path, "--force",
            ], in: folder)
    }

    @Test("importing stays within a small constant per input byte, and a refused file is never read")
    func peakMemoryPerByte() throws {
        let folder = try RolefitProcess.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let limit = 2_000_000
        try Data("nothing here\n".utf8).write(to: folder.appendingPathComponent("empty.gift"))
        let many = Self.manyQuestions(bytes: limit - 100_000)
        try Data(many.utf8).write(to: folder.appendingPathComponent("many.gift"))
        // Nineteen questions just under the per-question limit (100,000 characters).
        let long = (0..<19).map { "Long question \($0) " + String(repeating: "word ", count: 19_900) + "{=right ~wrong}\n\n" }
            .joined()
        try Data(long.utf8).write(to: folder.appendingPathComponent("long.gift"))
        // One question of 1.9 MB on one line: refused by the per-question limit before it is parsed.
        let huge = "Huge " + String(repeating: "word ", count: 380_000) + "{=right ~wrong}\n"
        try Data(huge.utf8).write(to: folder.appendingPathComponent("huge.gift"))
        // Over the 2 MB input limit: refused from its size, before it is read.
        try Data(Self.manyQuestions(bytes: limit + 500_000).utf8).write(to: folder.appendingPathComponent("over.gift"))

        let baseline = try Self.importPeak("empty.gift", in: folder)
        func perByte(_ run: PeakMemory.Outcome, _ text: String) -> Double {
            Double(max(0, run.peakBytes - baseline.peakBytes)) / Double(text.utf8.count)
        }
        let manyRun = try Self.importPeak("many.gift", in: folder)
        let longRun = try Self.importPeak("long.gift", in: folder)
        let hugeRun = try Self.importPeak("huge.gift", in: folder)
        let overRun = try Self.importPeak("over.gift", in: folder)
        print(
            "import peak above an empty import (\(baseline)): many questions \(String(format: "%.1f", perByte(manyRun, many))) B/B, "
                + "long questions \(String(format: "%.1f", perByte(longRun, long))) B/B, one huge question "
                + "\(String(format: "%.1f", perByte(hugeRun, huge))) B/B, over the limit \(overRun.peakBytes - baseline.peakBytes) B"
        )
        #expect(manyRun.status == 0 && longRun.status == 0, "many: \(manyRun), long: \(longRun)")
        #expect(hugeRun.status == 1 && overRun.status == 1, "huge: \(hugeRun), over: \(overRun)")
        // Parsing, mapping, writing and the loader's self-check of the written bank together (before the
        // streaming import and the self-check in pieces: 41 B/B; one huge question: 78 B/B; a 2.5 MB file was read).
        #expect(perByte(manyRun, many) < 20, "many questions: \(manyRun) against \(baseline)")
        #expect(perByte(longRun, long) < 12, "long questions: \(longRun) against \(baseline)")
        // A question over the limit costs about its bytes (the line being read), not a symbol per character.
        #expect(perByte(hugeRun, huge) < 5, "one huge question: \(hugeRun) against \(baseline)")
        #expect(overRun.peakBytes - baseline.peakBytes < 1_000_000, "over the limit: \(overRun) against \(baseline)")
    }
}
