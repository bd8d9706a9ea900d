import Foundation

/// A reader's wish to be told, by e-mail, when their comment is published and when it gets its first reply. Kept
/// only in the spool's `.state/` (mode 0600), never in a comment file, a commit, a log or the site.
public struct Subscription: Sendable, Hashable, Codable {
    /// The reader's address.
    public var address: String
    /// When the comment was sent, in seconds since 1970: the address is deleted 30 days later at the latest.
    public var created: Int
    /// The publication was told.
    public var toldPublished: Bool

    public init(address: String, created: Int, toldPublished: Bool = false) {
        self.address = address
        self.created = created
        self.toldPublished = toldPublished
    }
}
