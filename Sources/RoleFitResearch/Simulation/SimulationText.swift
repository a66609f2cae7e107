import Foundation
import RoleFitCore

/// Number formatting and column alignment for the simulation reports.
enum SimulationText {
    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    /// A share as a percentage with one decimal.
    static func percent(_ value: Double) -> String { String(format: "%.1f%%", 100 * value) }

    /// `text` right-aligned in `width` columns.
    static func right(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
