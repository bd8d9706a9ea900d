import Foundation
import PlanetCore

/// A comment that passed validation, its text normalized: what the spool receives.
public struct AcceptedComment: Sendable, Hashable {
    public var postAuthorID: String
    public var postSlug: String
    /// One line, NFC, without control characters.
    public var name: String
    /// An http(s) URL, or nil.
    public var website: String?
    /// Markdown as typed, NFC, without control characters but line breaks and tabs.
    public var message: String
    public var replyTo: String?
    public var date: Date
    /// The message's fingerprint for the duplicate filter.
    public var messageHash: UInt64
    /// The reader's address, to be told of publication and the first reply (`Subscriptions`), never in the file.
    public var notify: String? = nil

    /// `<author-id>/<post-slug>`.
    public var post: String { "\(postAuthorID)/\(postSlug)" }
}
