/// The foreign question formats RoleFit can import.
public enum ImportFormat: String, Sendable, Hashable, CaseIterable {
    /// Moodle's GIFT format.
    case gift
    /// The Aiken format (one-line multiple choice).
    case aiken

    /// The name people know the format by.
    public var displayName: String {
        switch self {
        case .gift: "GIFT"
        case .aiken: "Aiken"
        }
    }
}
