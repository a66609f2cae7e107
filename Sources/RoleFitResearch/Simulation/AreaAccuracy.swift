import RoleFitCore

/// How well one area's performance θ is recovered at the end of the adaptive session (the combined,
/// borrowed-strength estimate): RMSE, bias (estimate − truth) and coverage of the 95% interval ±1.96 SD.
public struct AreaAccuracy: Sendable, Hashable, Codable {
    /// The area id.
    public var area: String
    /// Root mean squared error.
    public var rmse: Double
    /// Mean of estimate − truth.
    public var bias: Double
    /// Share of simulees whose true θ lies in the 95% interval.
    public var coverage: Double

    /// The accuracy of area `area` (catalogue index) over the records.
    init(area: Int, id: String, records: [SimuleeRecord]) {
        let n = Double(max(1, records.count))
        var squared = 0.0
        var sum = 0.0
        var covered = 0
        for record in records {
            let estimate = record.estimatedAreas[area]
            let error = estimate.mean - record.trueAreas[area]
            squared += error * error
            sum += error
            if abs(error) <= 1.959963984540054 * estimate.standardDeviation { covered += 1 }
        }
        self.area = id
        rmse = (squared / n).squareRoot()
        bias = sum / n
        coverage = Double(covered) / n
    }

    enum CodingKeys: String, CodingKey {
        case area, rmse, bias, coverage
    }
}
