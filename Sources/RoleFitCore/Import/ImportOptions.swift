/// What an import needs besides the input: the format, the bank to build, and how to find areas.
public struct ImportOptions: Sendable, Hashable {
    /// The input format.
    public var format: ImportFormat
    /// The id of the bank to write (also the prefix of numbered item ids).
    public var bankID: String
    /// The bank's title.
    public var bankTitle: String
    /// The bank's description.
    public var bankDescription: String?
    /// How categories become skill areas.
    public var areas: AreaResolver
    /// The input's name, used in item locations.
    public var inputName: String

    /// Creates options.
    public init(
        format: ImportFormat, bankID: String, bankTitle: String, bankDescription: String? = nil,
        areas: AreaResolver = AreaResolver(), inputName: String = ""
    ) {
        self.format = format
        self.bankID = bankID
        self.bankTitle = bankTitle
        self.bankDescription = bankDescription
        self.areas = areas
        self.inputName = inputName
    }
}

/// A bank built from foreign questions, and the report of how it went.
public struct ImportResult: Sendable, Hashable {
    /// The bank (its items are the imported questions; empty when nothing could be imported).
    public var bank: QuestionBank
    /// Counts, skips, errors and notes.
    public var report: ImportReport

    /// Creates a result.
    public init(bank: QuestionBank, report: ImportReport) {
        self.bank = bank
        self.report = report
    }
}
