/// Collects diagnostics while a file is decoded, so every problem is reported at once.
final class DiagnosticSink {
    /// Everything reported so far, in report order.
    private(set) var diagnostics: [Diagnostic] = []

    /// Reports an error at a node.
    func error(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: node.location, length: node.length, message, hint: hint))
    }

    /// Reports a warning at a node.
    func warning(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, at: node.location, length: node.length, message, hint: hint))
    }

    /// Appends an already-built diagnostic.
    func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The number of errors so far.
    var errorCount: Int { diagnostics.errorCount }
}
