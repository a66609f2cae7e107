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
