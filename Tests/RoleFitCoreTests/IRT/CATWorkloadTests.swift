import Foundation
import Testing

@testable import RoleFitCore
@testable import RoleFitResearch

@Suite("CAT reference workload")
struct CATWorkloadTests {
    @Test("The first 200 simulees give numpy-ref's item sequences and final EAP to 1e-9")
    func firstTwoHundredSimulees() throws {
        let directory = SharedBenchFiles.workloadDirectory.path
        let workload = try CATWorkload.load(from: directory)
        #expect(workload.bank.count == 500 && workload.simuleeCount == 200 && workload.testLength == 20)
        let reference = try ReferenceRun.load(from: directory + "/results/numpy-ref.csv")
        #expect(reference.count == 200)
        let (rows, _) = CATSimulation(workload: workload).run(simulees: 200)
        #expect(rows.count == 200)
        let comparison = CATBenchmarkReport.compare(rows, with: reference)
        #expect(comparison.compared == 200)
        #expect(comparison.same == 200)
        // numpy-ref.csv stores 10 decimals, so 5e-11 is the resolution of this comparison.
        #expect(comparison.maxDeltaTheta <= 1e-9)
        #expect(comparison.maxDeltaSE <= 1e-9)
        for row in rows { #expect(row.items.count == 20 && Set(row.items).count == 20) }
    }

    @Test("The parsed files match the workload's documented totals (the slice, and the full workload when present)")
    func parsedValues() throws {
        let workload = try CATWorkload.load(from: SharedBenchFiles.workloadDirectory.path)
        #expect(workload.bank[0] == LogisticItemModel(a: 1.7294, b: 1.0982, c: 0.1272))
        #expect(workload.thetas[0] == 1.191163)
        // Benchmarks/cat/workload.json: total_correct_if_all_items_given = 56828 for the first 200 simulees.
        #expect(workload.responses.reduce(0) { $0 + Int($1) } == 56_828)
        #expect(workload.uniformBytes == 703_083)
        if let full = SharedBenchFiles.fullWorkloadDirectory {
            let all = try CATWorkload.load(from: full.path)
            // shared/bench/cat/workload.json: total_correct_if_all_items_given = 555732.
            #expect(all.responses.reduce(0) { $0 + Int($1) } == 555_732)
            #expect(all.uniformBytes == 7_011_283)
            // The slice is the full workload's first 200 simulees, unchanged.
            #expect(Array(all.thetas.prefix(200)) == workload.thetas && all.bank == workload.bank)
            #expect(Array(all.responses.prefix(200 * 500)) == workload.responses)
        }
    }

    @Test("Decimal fields convert to the same double as Double(String)")
    func scannerMatchesStandardLibrary() throws {
        let fields = [
            "0.1234", "-1.0525", "0.0000", "0.9999", "1.191163", "-0.123061", "12", "-0", "3.14159265358979",
            "1e-3", "2.5E+2", "0.30000000000000004", "123456789012345678",
        ]
        var scanner = CSVNumberScanner(bytes: Array(fields.joined(separator: ",").utf8), path: "x.csv")
        for field in fields {
            let value = try scanner.number()
            #expect(value == Double(field), "\(field)")
        }
        #expect(scanner.isAtEnd)
    }

    @Test("A missing folder or file and a malformed row give errors that say what to do")
    func errors() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rolefit-empty-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        // A working directory whose parent holds no shared/ folder either.
        let working = empty.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: working, withIntermediateDirectories: true)
        #expect(throws: WorkloadError.notFound(searched: CATWorkload.defaultDirectories)) {
            try CATWorkload.locateDefault(workingDirectory: working.path)
        }
        // From the package root: the full workload beside the package when it is there, else the shipped slice.
        #expect(
            try CATWorkload.locateDefault(workingDirectory: SharedBenchFiles.packageRoot.path)
                == (SharedBenchFiles.fullWorkloadDirectory ?? SharedBenchFiles.workloadDirectory).standardizedFileURL.path)
        #expect(throws: WorkloadError.missingFile(path: empty.path + "/workload.json")) {
            try CATWorkload.load(from: empty.path)
        }
        let source = SharedBenchFiles.workloadDirectory.path
        try FileManager.default.copyItem(atPath: source + "/workload.json", toPath: empty.path + "/workload.json")
        try "id,a,b,c\n0,1.2,0.1,0.2\n1,oops,0.3,0.1\n".write(toFile: empty.path + "/bank.csv", atomically: true, encoding: .utf8)
        do {
            _ = try CATWorkload.load(from: empty.path)
            Issue.record("a malformed bank loaded")
        } catch let error as WorkloadError {
            guard case .malformed(let path, let line, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path.hasSuffix("bank.csv") && line == 3 && reason.contains("oops"))
            #expect(error.description.contains("make_workload.py"))
        }
        #expect(WorkloadError.notFound(searched: ["a"]).description.contains("--workload"))
    }
}
