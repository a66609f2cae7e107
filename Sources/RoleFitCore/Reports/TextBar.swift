/// Bars of block characters for plain-text and Markdown reports.
public enum TextBar {
    private static let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar of `fraction` (0…1) of `width` characters, without padding.
    public static func render(_ fraction: Double, width: Int) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let eighths = Int((clamped * Double(width * 8)).rounded())
        return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    }
}
