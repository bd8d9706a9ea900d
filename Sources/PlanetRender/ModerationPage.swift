import Foundation

/// One page of the intake's moderation view (`templates/moderation.mustache`), as the service asks for it
/// (`IntakePages.render(_:)`); its HTTP status, cookies and checks are the service's business.
public struct ModerationPage: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A sign-in link's page: a button that spends `code` (opening the link does not: mail clients fetch links).
        case signIn(code: String)
        /// Not signed in: the view needs a sign-in link.
        case signedOut
        /// A sign-in link unknown, used or expired.
        case linkRefused
        /// The pending items and removal requests a signed-in moderator sees.
        case desk
    }

    /// What a moderator just did, told at the top of the desk.
    public enum Notice: String, Sendable, Hashable, CaseIterable {
        case approve, refuse, spam, gone, dismissed
    }

    public var kind: Kind
    /// The signed-in moderator's id, and the member they moderate for (nil: every post).
    public var moderator: String
    public var member: String?
    /// The pending items shown (the filters applied), oldest path first.
    public var items: [ModerationItem]
    /// The published comments whose readers asked for their removal.
    public var removals: [ModerationItem.Place]
    /// The filters' choices: members' ids and posts (`<author-id>/<post-slug>`) with something pending.
    public var members: [String]
    public var posts: [String]
    /// The filters applied; nil for all.
    public var memberFilter: String?
    public var postFilter: String?
    /// The session's CSRF token, in every form that changes something.
    public var csrf: String
    public var notice: Notice?

    public init(
        kind: Kind, moderator: String = "", member: String? = nil, items: [ModerationItem] = [], removals: [ModerationItem.Place] = [],
        members: [String] = [], posts: [String] = [], memberFilter: String? = nil, postFilter: String? = nil, csrf: String = "",
        notice: Notice? = nil
    ) {
        self.kind = kind
        self.moderator = moderator
        self.member = member
        self.items = items
        self.removals = removals
        self.members = members
        self.posts = posts
        self.memberFilter = memberFilter
        self.postFilter = postFilter
        self.csrf = csrf
        self.notice = notice
    }
}
