/// Why a session store could not do what was asked, in words that say what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The kinds of failure a command treats differently.
    public enum Kind: Sendable, Hashable {
        /// No such session (or result) in the store.
        case notFound
        /// Another process holds the session.
        case inUse
        /// The session finished (or was removed) meanwhile.
        case finished
        /// The session's record is damaged or cannot be read.
        case unreadable
        /// The store cannot be reached: a refused or dropped connection, a wrong password, a bad address.
        case unavailable
        /// The database's schema is missing, older or newer than this RoleFit's.
        case schema
        /// Anything else (a full disk, a permission, a rejected write).
        case failed
    }

    /// The kind.
    public var kind: Kind
    /// The message, complete with what to do.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
