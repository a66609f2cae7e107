/// The descriptive statistics the team report uses.
public enum Statistics {
    /// The arithmetic mean, nil for no values.
    public static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The sample standard deviation (n − 1 in the denominator), nil for fewer than two values.
    public static func standardDeviation(_ values: [Double]) -> Double? {
        guard values.count >= 2, let mean = mean(values) else { return nil }
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }

    /// Pearson's correlation of paired values (the point-biserial correlation when `x` is 0/1);
    /// nil for fewer than `minimumCount` pairs or when either variable does not vary.
    public static func correlation(_ x: [Double], _ y: [Double], minimumCount: Int = 3) -> Double? {
        guard x.count == y.count, x.count >= max(2, minimumCount), let mx = mean(x), let my = mean(y) else { return nil }
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 1e-12, syy > 1e-12 else { return nil }
        return min(1, max(-1, sxy / (sxx * syy).squareRoot()))
    }
}
