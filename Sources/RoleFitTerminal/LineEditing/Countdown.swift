/// A deadline a line reader watches while it waits: the prompt carries the time left, warnings are
/// shown above the line being typed, and the read ends by itself when the time is up.
public protocol Countdown: AnyObject {
    /// The prompt as it reads now.
    var prompt: String { get }
    /// Reads the clock and says what the display needs (called several times a second).
    func tick() -> CountdownTick
    /// Shows the warning `tick` reported; the reader has cleared the input line and redraws it after.
    func announce()
}

/// What a countdown needs from the display after reading the clock.
public enum CountdownTick: Sendable, Equatable {
    /// Nothing changed.
    case unchanged
    /// The prompt text changed (the time left went down).
    case prompt(String)
    /// A warning is due (`Countdown.announce`), then the prompt reads as given.
    case warning(prompt: String)
    /// The time is up.
    case expired
}
