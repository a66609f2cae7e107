import RoleFitCore

/// Calibration of stated confidence (docs/engine.md, Simulation): simulees sorted by stated confidence and
/// cut into ten equal-count groups (deciles); per group the mean stated confidence and the observed
/// share of correct results; ECE = Σ_g (n_g / N)·|stated_g − observed_g|.
public struct CalibrationSummary: Sendable, Hashable, Codable {
    /// One decile.
    public struct Bin: Sendable, Hashable, Codable {
        /// Simulees in the group.
        public var count: Int
        /// Mean stated confidence.
        public var stated: Double
        /// Share whose result was correct.
        public var observed: Double
    }

    /// The deciles, lowest confidence first.
    public var bins: [Bin]
    /// The expected calibration error.
    public var ece: Double

    /// Groups (confidence, correct) pairs; ties in confidence keep the simulees' order.
    init(_ pairs: [(confidence: Double, correct: Bool)], groups: Int = 10) {
        let order = pairs.indices.sorted { a, b in
            pairs[a].confidence != pairs[b].confidence ? pairs[a].confidence < pairs[b].confidence : a < b
        }
        let n = order.count
        var bins: [Bin] = []
        var ece = 0.0
        for g in 0..<groups {
            let members = order[(g * n / groups)..<((g + 1) * n / groups)]
            guard !members.isEmpty else { continue }
            let stated = members.reduce(0) { $0 + pairs[$1].confidence } / Double(members.count)
            let observed = Double(members.filter { pairs[$0].correct }.count) / Double(members.count)
            bins.append(Bin(count: members.count, stated: stated, observed: observed))
            ece += Double(members.count) / Double(n) * abs(stated - observed)
        }
        self.bins = bins
        self.ece = ece
    }
}
