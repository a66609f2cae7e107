import RoleFitCore

/// `rolefit report --for interviewer` as text: the interviewer's report (`InterviewerReport`) wrapped
/// to the terminal.
public struct InterviewerScreen: Sendable {
    /// Wrap width.
    public var width: Int
    /// Styling.
    public var style: TextStyle

    /// Creates a renderer.
    public init(width: Int, style: TextStyle) {
        self.width = width
        self.style = style
    }

    /// The whole report.
    public func render(_ document: ResultDocument) -> String {
        let report = InterviewerReport(document)
        let narrative = report.narrative
        var text = "\n " + style.bold(TerminalText.inline(report.title)) + "\n"
        text += wrapped(style.dim(HTMLResultReport.metaLine(document, names: ResultNames(document))), indent: " ")
        text += "\n " + style.bold(report.question) + "\n"
        text += wrapped(style.bold(report.answer), indent: "   ")
        for line in report.basis { text += wrapped(line, indent: "   ") }
        text +=
            "\n " + style.bold("Evidence per area")
            + style.dim("  (0–100 against a reference group, 95% range; * defines the role)") + "\n"
        let nameWidth = (report.areas.map { $0.name.count }.max() ?? 10) + 4
        for area in report.areas {
            let name = Self.padded((area.defining ? "*\u{00A0}" : "\u{00A0}\u{00A0}") + area.name, to: nameWidth)
            let questions = "\(area.questions) question\(area.questions == 1 ? "" : "s")"
            text += wrapped("\(name)\(area.level) · \(questions) · \(area.answers)", indent: "  ", hanging: "     ")
        }
        text += "\n " + style.bold("Why") + "\n" + wrapped(narrative.why.joined(separator: " "), indent: "   ")
        if !narrative.gaps.isEmpty {
            text += wrapped("Areas to probe: " + ResultNarrative.scoredList(narrative.gaps), indent: "   ")
        }
        text += "\n " + style.bold("Timing") + "\n"
        for row in report.timing {
            let flags = row.flags.isEmpty ? "" : "  " + style.bold("⚑ " + row.flags.joined(separator: ", "))
            let line =
                "\(Self.padded(String(row.index) + ".", to: 4, left: true)) \(Self.padded(ReportText.duration(row.seconds), to: 10, left: true))  \(row.id) · \(row.what) · \(row.outcome)\(flags)"
            text += wrapped(line, indent: " ", hanging: "                  ")
        }
        text += wrapped(style.dim(report.longRule), indent: "   ")
        text += "\n " + style.bold("Integrity") + "\n"
        let notes = document.integrity.notes + (document.integrity.signals?.sentences ?? [])
        if notes.isEmpty { text += wrapped("No notes and no signal raised.", indent: "   ") }
        for note in notes { text += wrapped("• " + note, indent: "   ", hanging: "     ") }
        if let caveat = document.integrity.signals?.caveat { text += wrapped(style.dim(caveat), indent: "   ") }
        text += "\n" + wrapped(style.dim(document.disclaimer), indent: " ")
        return text
    }

    /// The text padded with no-break spaces (which the wrapper keeps) to `width` columns.
    private static func padded(_ text: String, to width: Int, left: Bool = false) -> String {
        let pad = String(repeating: "\u{00A0}", count: max(0, width - text.count))
        return left ? pad + text : text + pad
    }

    private func wrapped(_ line: String, indent: String, hanging: String? = nil) -> String {
        TextWrapper.wrap(line, width: width, indent: indent, hangingIndent: hanging ?? indent) + "\n"
    }
}
