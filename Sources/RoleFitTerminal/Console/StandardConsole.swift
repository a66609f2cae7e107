import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real console: stdout and stderr of the process, wrapped to the terminal's width.
public final class StandardConsole: Console {
    /// How text is styled: colour only when stderr is a TTY, NO_COLOR is unset and colour is allowed.
    public let style: TextStyle

    /// Creates the console; `allowColor` is false with `--no-color`.
    public init(allowColor: Bool = true, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let colorful = allowColor && isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil
            && environment["TERM"] != "dumb"
        style = TextStyle(enabled: colorful)
    }

    /// Writes to stdout.
    public func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes to stderr.
    public func message(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The terminal's width (stderr's, then COLUMNS), clamped to 40…120; 80 when unknown.
    public var width: Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(120, max(40, Int(size.ws_col)))
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return min(120, max(40, columns))
        }
        return 80
    }
}
