import Foundation

/// A moderator, as the moderators' store keeps them: their id, the member whose posts' comments they see (nil:
/// every post), and the digests of their secrets.
public struct Moderator: Codable, Sendable, Hashable {
    /// A plain name (`claire`), named in the delivery of what they approve.
    public var id: String
    /// The member id (`authors/<id>/`) they moderate for; nil for a site-wide moderator.
    public var member: String?
    /// Their one-time sign-in code, until used or expired.
    public var signIn: ModeratorSecret?
    /// `IntakeSecrets.digest` of their private feed's secret.
    public var feed: String
    /// Their open sessions.
    public var sessions: [ModeratorSecret]
    /// Where their digests of pending comments go, when outgoing mail is configured; nil: no mail.
    public var email: String?

    public init(id: String, member: String?, signIn: ModeratorSecret?, feed: String, sessions: [ModeratorSecret] = [], email: String? = nil) {
        self.id = id
        self.email = email
        self.member = member
        self.signIn = signIn
        self.feed = feed
        self.sessions = sessions
    }

    /// Whether they moderate comments on the posts of the member `author`.
    public func sees(author: String) -> Bool {
        member.map { $0 == author } ?? true
    }

    /// Whether `text` is a plain id for a moderator or a member: 1 to 64 lowercase ASCII letters, digits, `-` or `_`,
    /// starting with a letter or a digit.
    public static func isPlainID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64 else { return false }
        let allowed = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) }
        return allowed(first) && text.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" || $0 == "_" }
    }
}
