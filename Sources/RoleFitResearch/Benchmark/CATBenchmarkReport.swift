import Foundation
import RoleFitCore

/// Accuracy, agreement with the reference and speed of one `rolefit bench cat` run.
public struct CATBenchmarkReport: Codable, Sendable {
    /// Workload name.
    public var workload: String
    /// Simulees run.
    public var simulees: Int
    /// Items per simulee.
    public var testLength: Int
    /// Selection + estimation steps timed.
    public var steps: Int
    /// √mean((θ̂ − θ)²).
    public var rmse: Double
    /// mean(θ̂ − θ).
    public var bias: Double
    /// Mean final posterior SD.
    public var meanSE: Double
    /// Simulees whose item sequence equals the reference's (nil without a reference file).
    public var sameSequences: Int?
    /// Simulees compared with the reference.
    public var referenceSimulees: Int?
    /// Largest |θ̂ − θ̂_ref|.
    public var maxAbsDeltaTheta: Double?
    /// Largest |SE − SE_ref|.
    public var maxAbsDeltaSE: Double?
    /// Wall seconds of the timed run (all steps plus per-simulee bookkeeping, one thread).
    public var wallSeconds: Double
    /// Wall microseconds per step (wall / steps).
    public var microsecondsPerStep: Double
    /// Microseconds per selection, from a second pass with a clock read around each phase.
    public var microsecondsSelect: Double
    /// Microseconds per EAP update, from the same instrumented pass.
    public var microsecondsEstimate: Double
    /// Seconds to read and parse the CSV files (not part of the step time).
    public var parseSeconds: Double
    /// Bytes of uniforms.csv parsed.
    public var uniformsBytes: Int
    /// Seconds to build the log-likelihood tables and the selection index.
    public var setupSeconds: Double
    /// "release" or "debug".
    public var build: String
    /// Threads used.
    public var threads: Int

    enum CodingKeys: String, CodingKey {
        case workload, simulees, steps, rmse, bias, build, threads
        case testLength = "test_length"
        case meanSE = "mean_se"
        case sameSequences = "same_sequences"
        case referenceSimulees = "reference_simulees"
        case maxAbsDeltaTheta = "max_abs_dtheta"
        case maxAbsDeltaSE = "max_abs_dse"
        case wallSeconds = "wall_s"
        case microsecondsPerStep = "us_per_step"
        case microsecondsSelect = "us_select"
        case microsecondsEstimate = "us_estimate"
        case parseSeconds = "parse_s"
        case uniformsBytes = "uniforms_bytes"
        case setupSeconds = "setup_s"
    }

    /// Runs the benchmark on the first `simulees` simulees and compares with `reference` when given.
    public static func measure(workload: CATWorkload, reference: [CATRunRow]?, simulees: Int? = nil) -> CATBenchmarkReport {
        let simulation = CATSimulation(workload: workload)
        let count = min(simulees ?? workload.simuleeCount, workload.simuleeCount)
        let (rows, wall) = simulation.run(simulees: count)
        let (select, estimate) = simulation.timeSteps(simulees: count)
        let steps = rows.reduce(0) { $0 + $1.items.count }
        let errors = rows.map { $0.theta - workload.thetas[$0.id] }
        var report = CATBenchmarkReport(
            workload: workload.name, simulees: rows.count, testLength: workload.testLength, steps: steps,
            rmse: (errors.reduce(0) { $0 + $1 * $1 } / Double(max(1, errors.count))).squareRoot(),
            bias: errors.reduce(0, +) / Double(max(1, errors.count)),
            meanSE: rows.reduce(0) { $0 + $1.standardError } / Double(max(1, rows.count)),
            wallSeconds: wall, microsecondsPerStep: 1e6 * wall / Double(max(1, steps)),
            microsecondsSelect: 1e6 * select / Double(max(1, steps)),
            microsecondsEstimate: 1e6 * estimate / Double(max(1, steps)),
            parseSeconds: workload.parseSeconds, uniformsBytes: workload.uniformBytes,
            setupSeconds: simulation.setupSeconds, build: Self.buildConfiguration, threads: 1
        )
        if let reference {
            let comparison = compare(rows, with: reference)
            report.sameSequences = comparison.same
            report.referenceSimulees = comparison.compared
            report.maxAbsDeltaTheta = comparison.maxDeltaTheta
            report.maxAbsDeltaSE = comparison.maxDeltaSE
        }
        return report
    }

    /// Sequence agreement and largest estimate differences against reference rows (matched by id).
    public static func compare(_ rows: [CATRunRow], with reference: [CATRunRow])
        -> (same: Int, compared: Int, maxDeltaTheta: Double, maxDeltaSE: Double)
    {
        var same = 0
        var compared = 0
        var maxTheta = 0.0
        var maxSE = 0.0
        for row in rows where row.id < reference.count {
            let expected = reference[row.id]
            compared += 1
            if row.items == expected.items { same += 1 }
            maxTheta = max(maxTheta, abs(row.theta - expected.theta))
            maxSE = max(maxSE, abs(row.standardError - expected.standardError))
        }
        return (same, compared, maxTheta, maxSE)
    }

    /// The configuration this code was compiled in.
    public static var buildConfiguration: String {
        #if DEBUG
            "debug"
        #else
            "release"
        #endif
    }

    /// The human-readable report.
    public var text: String {
        var lines: [String] = []
        lines.append("CAT benchmark \(workload): \(simulees) simulees × \(testLength) items (\(build) build, \(threads) thread)")
        lines.append(String(format: "  RMSE %.4f   bias %+.4f   mean SE %.4f", rmse, bias, meanSE))
        if let sameSequences, let referenceSimulees, let maxAbsDeltaTheta {
            lines.append(
                String(
                    format: "  same sequences as numpy-ref: %d/%d   max |Δθ| %.2e   max |ΔSE| %.2e",
                    sameSequences, referenceSimulees, maxAbsDeltaTheta, maxAbsDeltaSE ?? 0))
        } else {
            lines.append("  no reference results found (results/numpy-ref.csv); sequences not compared")
        }
        lines.append(
            String(
                format: "  wall %.4f s for %d steps: %.3f µs per step (instrumented split: select %.3f µs, estimate %.3f µs)",
                wallSeconds, steps, microsecondsPerStep, microsecondsSelect, microsecondsEstimate))
        lines.append(
            String(
                format: "  parsing %.3f s (uniforms.csv %.1f MB), setup %.4f s (not in the step time)",
                parseSeconds, Double(uniformsBytes) / 1e6, setupSeconds))
        return lines.joined(separator: "\n")
    }
}
