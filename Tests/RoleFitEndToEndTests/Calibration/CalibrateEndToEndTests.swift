import Foundation
import Testing

@Suite("rolefit calibrate")
struct CalibrateEndToEndTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("calibrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A small 2PL response file: 400 people, 6 items, item i5 never answered.
    func responses(in directory: URL) throws {
        var rows = ["id,i0,i1,i2,i3,i4,i5"]
        var state: UInt64 = 7
        func unit() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1.0p-53
        }
        for person in 0..<400 {
            let theta = (unit() + unit() + unit() - 1.5) * 2
            let cells = (0..<5).map { item in unit() < 1 / (1 + exp(-(theta - Double(item - 2) * 0.5))) ? "1" : "0" }
            rows.append("p\(person)," + cells.joined(separator: ",") + ",")
        }
        try rows.joined(separator: "\n").write(
            to: directory.appendingPathComponent("answers.csv"), atomically: true, encoding: .utf8)
    }

    @Test("--json reports fit_seconds, cycles and max_score; --output writes the workload's CSV; the unanswered item is listed")
    func jsonAndOutput() throws {
        let directory = try folder()
        try responses(in: directory)
        let run = try RolefitProcess.run(
            ["calibrate", "--responses", "answers.csv", "--model", "2pl", "--output", "estimates.csv", "--json"],
            in: directory)
        #expect(run.status == 0, "\(run)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((object?["fit_seconds"] as? Double ?? -1) >= 0)
        #expect((object?["cycles"] as? Int ?? 0) > 0)
        #expect((object?["max_score"] as? Double ?? 1) < 1e-2)
        #expect(object?["excluded"] as? [Int] == [5])
        let csv = try String(contentsOf: directory.appendingPathComponent("estimates.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "item,a,b")
        #expect(lines.count == 7)
        #expect(lines.last == "5,,")
        #expect(!csv.lowercased().contains("nan"))
    }

    @Test("The text summary names the excluded item and why")
    func textListsExclusions() throws {
        let directory = try folder()
        try responses(in: directory)
        let run = try RolefitProcess.run(["calibrate", "--responses", "answers.csv"], in: directory)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("excluded item 5 (i5): nobody answered it"))
    }

    @Test(
        "A ragged file, a non-numeric cell and a missing file fail with a located message and no output file",
        arguments: [
            ("id,i0,i1\n1,0,1\n2,1\n", "bad.csv:3:"), ("id,i0,i1\n1,0,x\n", "bad.csv:2:3:"), (nil, "'bad.csv' does not exist"),
        ])
    func badInput(content: String?, expected: String) throws {
        let directory = try folder()
        if let content { try content.write(to: directory.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8) }
        let run = try RolefitProcess.run(["calibrate", "--responses", "bad.csv", "--output", "out.csv"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr.contains(expected), "\(run)")
        #expect(!run.stderr.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.csv").path))
    }

    @Test("--groups adds a DIF row for every item; a mapping with three groups is a located error")
    func groups() throws {
        let directory = try folder()
        try responses(in: directory)
        let mapping = "id,group\n" + (0..<400).map { "p\($0),\($0 % 2 == 0 ? "north" : "south")" }.joined(separator: "\n")
        try mapping.write(to: directory.appendingPathComponent("groups.csv"), atomically: true, encoding: .utf8)
        let run = try RolefitProcess.run(
            ["calibrate", "--responses", "answers.csv", "--groups", "groups.csv", "--focal", "south", "--json"],
            in: directory)
        #expect(run.status == 0, "\(run)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let dif = object?["dif"] as? [String: Any]
        #expect(dif?["focal"] as? String == "south")
        #expect((dif?["items"] as? [[String: Any]])?.count == 6)
        try (mapping + "\np0,east").write(to: directory.appendingPathComponent("three.csv"), atomically: true, encoding: .utf8)
        let bad = try RolefitProcess.run(["calibrate", "--responses", "answers.csv", "--groups", "three.csv"], in: directory)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("three.csv:402:1: person p0 is already in group north"), "\(bad)")
    }
}
