import Foundation

/// The width to wrap text reports to.
enum TerminalWidth {
    /// Standard output's terminal width (40…120), else COLUMNS, else 80.
    static var standardOutput: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(120, max(40, Int(size.ws_col)))
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return min(120, max(40, columns))
        }
        return 80
    }
}
