/// A catalogue together with every bank loaded beside it: everything a session needs.
public struct BankSet: Sendable, Hashable {
    /// Roles and skill areas.
    public var catalogue: Catalogue
    /// Banks in load order (sorted by file name).
    public var banks: [QuestionBank]

    /// Creates a bank set.
    public init(catalogue: Catalogue, banks: [QuestionBank]) {
        self.catalogue = catalogue
        self.banks = banks
    }

    /// All items of all banks, in bank order then file order.
    public var items: [Item] { banks.flatMap(\.items) }
}
