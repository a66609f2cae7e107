/// What an import did: how many questions it turned into items, what it skipped and why, and its errors.
public struct ImportReport: Sendable, Hashable {
    /// The number of questions that became items.
    public var importedCount: Int
    /// Every error, skip and note, in line order.
    public var issues: [ImportIssue]

    /// Creates a report.
    public init(importedCount: Int = 0, issues: [ImportIssue] = []) {
        self.importedCount = importedCount
        self.issues = issues
    }

    /// The errors.
    public var errors: [ImportIssue] { issues.filter { $0.severity == .error } }
    /// The skipped questions.
    public var skipped: [ImportIssue] { issues.filter { $0.severity == .skipped } }
    /// Whether the input had errors.
    public var hasErrors: Bool { issues.contains { $0.severity == .error } }

    /// Skip counts per question type, most frequent first ("short answer" → 2).
    public var skipCounts: [(kind: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for issue in skipped {
            let kind = issue.skipKind ?? "unsupported"
            if counts[kind] == nil { order.append(kind) }
            counts[kind, default: 0] += 1
        }
        return order.map { ($0, counts[$0] ?? 0) }.sorted { $0.count > $1.count }
    }

    /// One line: "Imported 12 questions, skipped 3 (2 short answer, 1 matching), 0 errors."
    public var summary: String {
        var text = "Imported \(Self.count(importedCount, "question")), skipped \(skipped.count)"
        let counts = skipCounts
        if !counts.isEmpty {
            text += " (" + counts.map { "\($0.count) \($0.kind)" }.joined(separator: ", ") + ")"
        }
        text += ", \(Self.count(errors.count, "error"))."
        return text
    }

    /// Issues sorted by line, errors before skips before notes on the same line.
    public var sortedIssues: [ImportIssue] {
        issues.enumerated().sorted { lhs, rhs in
            if lhs.element.line != rhs.element.line { return lhs.element.line < rhs.element.line }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
