import Foundation
import RoleFitCore

extension Console {
    /// Writes a value as pretty, key-sorted JSON with a final newline; C1 controls and bidi
    /// characters are written as `\u` escapes, so the JSON means the same and cannot disturb a terminal.
    public func outputJSON(_ value: some Encodable) throws {
        outputData(TerminalText.escapedInJSON(try JSONCoding.prettyText(value)))
    }

    /// Writes diagnostics to stderr the way compilers do, coloured when messages are, with the
    /// summary line ("2 errors in 1 file") unless `summary` is false; file names are shown on one
    /// line whatever characters they hold.
    public func diagnostics(_ diagnostics: [Diagnostic], sources: [String: SourceText], summary: Bool = true) {
        let shown = diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location.file = TerminalText.inline(diagnostic.location.file)
            return diagnostic
        }
        let shownSources = Dictionary(
            sources.map { (TerminalText.inline($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        let renderer = DiagnosticRenderer(sources: shownSources, useColor: style.enabled)
        message(summary ? renderer.render(shown) : shown.map(renderer.render).joined())
    }
}
