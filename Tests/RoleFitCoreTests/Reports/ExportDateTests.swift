import Foundation
import Testing

@testable import RoleFitCore

@Suite("Export dates")
struct ExportDateTests {
    @Test("The direct UTC fields equal ISO8601DateFormatter's text for 5,000 dates from 1901 to 2199, fractions included")
    func matchesTheFormatter() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var generator = SeededGenerator(seed: 12)
        var dates = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.5), Date(timeIntervalSince1970: 1_795_000_000.999),
            Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
        ]
        for _ in 0..<5000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: -2_170_000_000...7_250_000_000, using: &generator)))
        }
        for date in dates {
            #expect(ExportDate.iso(date) == formatter.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }
}
