/// Renders diagnostics the way compilers do: a located headline, the source line and a caret underline.
public struct DiagnosticRenderer: Sendable {
    /// Source text by file path, used to quote the offending line.
    public var sources: [String: SourceText]
    /// Whether to colour severities with ANSI escapes.
    public var useColor: Bool

    /// Creates a renderer over the given sources.
    public init(sources: [String: SourceText], useColor: Bool = false) {
        self.sources = sources
        self.useColor = useColor
    }

    /// Renders one diagnostic, with its quoted line when the source is known.
    public func render(_ diagnostic: Diagnostic) -> String {
        var text = "\(diagnostic.location): \(paint(diagnostic.severity)): \(diagnostic.message)\n"
        if let source = sources[diagnostic.location.file],
            let line = source.line(diagnostic.location.line)
        {
            let (shown, column) = Self.excerpt(of: line.replacingTabs(), around: max(1, diagnostic.location.column))
            let gutter = String(diagnostic.location.line)
            let pad = String(repeating: " ", count: gutter.count)
            let available = max(1, shown.unicodeScalars.count - (column - 1))
            let width = min(diagnostic.length, available)
            let underline = "^" + String(repeating: "~", count: max(0, width - 1))
            text += " \(gutter) | \(shown)\n"
            text += " \(pad) | \(String(repeating: " ", count: column - 1))\(underline)\n"
        }
        if let hint = diagnostic.hint {
            text += "   = hint: \(hint)\n"
        }
        return text
    }

    /// The longest stretch of a source line quoted (a minified 200 kB line is cut around the caret).
    public static let excerptWidth = 100

    /// The part of `line` around `column` (1-based, in scalars) that is quoted, with "…" where it
    /// was cut, and the caret's column in it; control characters show as U+FFFD.
    static func excerpt(of line: String, around column: Int) -> (text: String, column: Int) {
        func shown(_ scalar: Unicode.Scalar) -> Unicode.Scalar { ControlCharacters.isForbidden(scalar) ? "\u{FFFD}" : scalar }
        let all = line.unicodeScalars
        let count = all.count
        guard count > excerptWidth + 20 else {
            return (String(String.UnicodeScalarView(all.map(shown))), column)
        }
        // Only the quoted stretch is copied, so a long line costs no memory per character here.
        let start = max(0, min(column - 1 - excerptWidth / 3, count - excerptWidth))
        let end = min(count, start + excerptWidth)
        let from = all.index(all.startIndex, offsetBy: start)
        var text = String(String.UnicodeScalarView(all[from..<all.index(from, offsetBy: end - start)].map(shown)))
        var caret = column - start
        if start > 0 {
            text = "…" + text
            caret += 1
        }
        if end < count { text += "…" }
        return (text, caret)
    }

    /// Renders all diagnostics followed by a one-line summary such as "2 errors in 1 file".
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var text = diagnostics.map(render).joined()
        text += Self.summary(diagnostics) + "\n"
        return text
    }

    /// "2 errors and 1 warning in 1 file", or "no problems".
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        let files = Set(diagnostics.filter { $0.severity != .note }.map(\.location.file)).count
        var parts: [String] = []
        if errors > 0 { parts.append(plural(errors, "error")) }
        if warnings > 0 { parts.append(plural(warnings, "warning")) }
        if parts.isEmpty { return "no problems" }
        return parts.joined(separator: " and ") + " in " + plural(files, "file")
    }

    private func paint(_ severity: Diagnostic.Severity) -> String {
        guard useColor else { return severity.rawValue }
        let code =
            switch severity {
            case .error: "1;31"
            case .warning: "1;33"
            case .note: "1;36"
            }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}

/// "1 error", "2 errors".
func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

extension String {
    /// The string with each tab replaced by one space, so caret columns line up.
    func replacingTabs() -> String {
        guard unicodeScalars.contains("\t") else { return self }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars { scalars.append(scalar == "\t" ? " " : scalar) }
        return String(scalars)
    }
}
