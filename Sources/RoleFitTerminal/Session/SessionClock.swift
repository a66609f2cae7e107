import Foundation

/// Time as the session needs it: wall-clock dates for records and a monotonic clock for answer times.
public protocol SessionClock: AnyObject {
    /// Now, for timestamps.
    func now() -> Date
    /// Seconds on a monotonic clock, for measuring how long an answer took.
    func monotonicSeconds() -> Double
}

/// The system clock.
public final class SystemSessionClock: SessionClock {
    /// Creates the clock.
    public init() {}
    /// The current date.
    public func now() -> Date { Date() }
    /// Uptime in seconds (monotonic).
    public func monotonicSeconds() -> Double { ProcessInfo.processInfo.systemUptime }
}

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
