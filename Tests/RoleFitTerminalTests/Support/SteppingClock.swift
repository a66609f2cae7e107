import Foundation
import RoleFitTerminal

/// A clock that advances by a fixed step on every reading, for deterministic tests.
public final class SteppingClock: SessionClock {
    private var seconds: Double
    private let step: Double
    private let origin: Date

    /// Creates a clock starting at `origin` that advances `step` seconds per monotonic reading.
    public init(origin: Date = Date(timeIntervalSince1970: 1_795_000_000), step: Double = 5) {
        self.origin = origin
        self.step = step
        seconds = 0
    }

    /// The origin plus the time elapsed so far.
    public func now() -> Date { origin.addingTimeInterval(seconds) }

    /// Advances and returns the time.
    public func monotonicSeconds() -> Double {
        seconds += step
        return seconds
    }
}
