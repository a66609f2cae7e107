/// Imports a GIFT or Aiken file into a RoleFit bank, reporting every error and skip with its line.
public enum BankImporter {
    /// Parses and maps the input. Never fails: problems are in the report.
    public static func run<Bytes: Collection>(bytes: Bytes, options: ImportOptions) -> ImportResult where Bytes.Element == UInt8 {
        var source = ImportSource(bytes: bytes)
        let parsed =
            switch options.format {
            case .gift: GiftParser.parse(&source)
            case .aiken: AikenParser.parse(&source)
            }
        var issues = parsed.issues
        var mapper = QuestionMapper(options: options)
        let items = mapper.map(parsed.questions, issues: &issues)
        if items.isEmpty && !issues.contains(where: { $0.severity == .error }) {
            let what = parsed.questions.isEmpty ? "no questions were found" : "none of the questions could be imported"
            issues.append(
                ImportIssue(
                    .error, line: max(1, source.lineCount), "\(what) in this \(options.format.displayName) file",
                    hint: options.format == .gift
                        ? "check the --from format; GIFT questions look like: Question text {=right ~wrong}"
                        : "check the --from format; Aiken questions are one line, options 'A) …', then 'ANSWER: A'"))
        }
        let bank = QuestionBank(
            id: options.bankID, title: options.bankTitle, description: options.bankDescription,
            file: options.inputName, items: items)
        let report = ImportReport(importedCount: items.count, issues: issues)
        return ImportResult(bank: bank, report: ImportReport(importedCount: report.importedCount, issues: report.sortedIssues))
    }
}
