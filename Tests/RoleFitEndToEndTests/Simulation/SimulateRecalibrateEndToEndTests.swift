import Foundation
import Testing

@Suite("rolefit simulate --recalibrate")
struct SimulateRecalibrateEndToEndTests {
    @Test("Closing the loop names the population and prints agreement and ECE before and after; --json has both reports")
    func closesTheLoop() throws {
        let root = try CalibrationBankFixture.folder()
        let arguments = [
            "simulate", "--banks", "banks", "--population", "perturbed", "--simulees", "120", "--recalibrate", "500",
            "--min-answers", "100",
        ]
        let run = try RolefitProcess.run(arguments, in: root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("Closing the loop — population perturbed: 120 evaluation simulees"), "\(run)")
        #expect(run.stdout.contains("calibrated from 500 other simulated sessions"), "\(run)")
        #expect(
            run.stdout.range(of: #"ECE vs the true best role +\d\.\d{3} +\d\.\d{3}"#, options: .regularExpression) != nil,
            "\(run)")
        #expect(run.stdout.range(of: #"calibration: \d+ items re-estimated"#, options: .regularExpression) != nil, "\(run)")
        let json = try RolefitProcess.run(arguments + ["--json"], in: root)
        #expect(json.status == 0, "\(json)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["population"] as? String == "perturbed")
        #expect((object?["before"] as? [String: Any])?["simulees"] as? Int == 120)
        #expect((object?["after"] as? [String: Any])?["simulees"] as? Int == 120)
        let bad = try RolefitProcess.run(["simulate", "--banks", "banks", "--recalibrate", "10", "--compare"], in: root)
        #expect(bad.status == 64, "\(bad)")
    }
}
