/// One bank file: a titled list of items.
public struct QuestionBank: Sendable, Hashable {
    /// Unique bank id.
    public var id: String
    /// Human-readable title.
    public var title: String
    /// What the bank covers.
    public var description: String?
    /// The file it was read from.
    public var file: String
    /// SHA-256 of the file's bytes, hex encoded (identifies the bank version in results).
    public var contentHash: String
    /// Items in file order.
    public var items: [Item]

    /// Creates a bank.
    public init(id: String, title: String, description: String? = nil, file: String, contentHash: String = "", items: [Item]) {
        self.id = id
        self.title = title
        self.description = description
        self.file = file
        self.contentHash = contentHash
        self.items = items
    }
}
