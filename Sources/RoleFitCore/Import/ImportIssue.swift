/// One finding of an import: an error, a skipped question or a note, tied to a line of the input.
public struct ImportIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// How an issue affects the import.
    public enum Severity: String, Sendable, Hashable {
        /// The input is malformed; nothing is written until it is fixed.
        case error
        /// A well-formed question RoleFit cannot ask; it is left out of the bank.
        case skipped
        /// Something the reader should know (a conversion, a dropped detail).
        case note
    }

    /// How serious it is.
    public var severity: Severity
    /// 1-based line in the input.
    public var line: Int
    /// 1-based column, when it is known precisely.
    public var column: Int?
    /// What happened, in one sentence.
    public var message: String
    /// What to do about it.
    public var hint: String?
    /// For skips: a short label of the question type ("short answer"), used in the summary.
    public var skipKind: String?

    /// Creates an issue.
    public init(
        _ severity: Severity, line: Int, column: Int? = nil, _ message: String, hint: String? = nil, skipKind: String? = nil
    ) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
        self.skipKind = skipKind
    }

    /// `input:line:column: severity: message`, the first line of the diagnostic.
    public var description: String { diagnostic(file: "input").description }

    /// The issue as a diagnostic of `file`, so imports render like every other input problem
    /// (`DiagnosticRenderer`: the quoted line, a caret, the hint); a skip is a warning "skipped: …".
    public func diagnostic(file: String) -> Diagnostic {
        let kind: Diagnostic.Severity =
            switch severity {
            case .error: .error
            case .skipped: .warning
            case .note: .note
            }
        return Diagnostic(
            kind, at: SourceLocation(file: file, line: line, column: column ?? 1),
            severity == .skipped ? "skipped: \(message)" : message, hint: hint)
    }
}
