import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The one place that decides whether to colour and how wide to wrap.
public enum TerminalCapabilities {
    /// Colour only on a terminal, without `--no-color`, with NO_COLOR unset and TERM not `dumb`.
    public static func colorEnabled(
        isTerminal: Bool, allowColor: Bool,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        allowColor && isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// Whether `stream` gets colour.
    public static func colorEnabled(
        for stream: StandardStream, allowColor: Bool = true,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        colorEnabled(isTerminal: stream.isTerminal, allowColor: allowColor, environment: environment)
    }

    /// The narrowest and widest wrap widths.
    public static let widthRange = 20...120

    /// The wrap width for a terminal of `columns` (nil when unknown): clamped to `widthRange`, 80 when unknown.
    public static func width(columns: Int?) -> Int {
        guard let columns, columns > 0 else { return 80 }
        return min(widthRange.upperBound, max(widthRange.lowerBound, columns))
    }

    /// The width of `stream`'s terminal, else COLUMNS, else 80.
    public static func width(
        of stream: StandardStream,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Int {
        var size = winsize()
        if stream.isTerminal, ioctl(stream.descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return width(columns: Int(size.ws_col))
        }
        return width(columns: environment["COLUMNS"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) })
    }
}
