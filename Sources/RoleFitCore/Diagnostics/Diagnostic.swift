/// A problem found in an input file, located precisely enough to point at it with a caret.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The input cannot be used until this is fixed.
        case error
        /// The input works but should be improved.
        case warning
        /// Extra context for the diagnostic before it.
        case note
    }

    /// How serious it is.
    public var severity: Severity
    /// Where it starts.
    public var location: SourceLocation
    /// How many characters the underline covers (at least 1).
    public var length: Int
    /// What is wrong and what to do, in one sentence.
    public var message: String
    /// An optional second line with advice.
    public var hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, length: Int = 1, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.length = max(1, length)
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: severity: message` — the first line of the compiler-style rendering.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
    /// The number of errors.
    public var errorCount: Int { count { $0.severity == .error } }
    /// The number of warnings.
    public var warningCount: Int { count { $0.severity == .warning } }
}
