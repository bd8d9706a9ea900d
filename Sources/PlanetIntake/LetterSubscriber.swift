import Foundation

/// A reader who asked for the weekly letter: `.state/letter/subscribers/<id>.json` in the intake's spool (mode 0600),
/// never in git, the site or a log. Nothing else is kept about them.
public struct LetterSubscriber: Sendable, Hashable, Codable {
    /// The random name of the subscriber's file, in their confirmation and unsubscribe links.
    public var id: String
    public var address: String
    /// The address was confirmed at the link sent to it (double opt-in): only then does the letter go to it.
    public var confirmed: Bool
    /// When the address was given, in seconds since 1970: an unconfirmed one is deleted a week later.
    public var created: Int

    public init(id: String, address: String, confirmed: Bool, created: Int) {
        self.id = id
        self.address = address
        self.confirmed = confirmed
        self.created = created
    }
}
