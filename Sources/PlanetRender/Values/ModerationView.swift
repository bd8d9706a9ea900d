/// `moderation`: a page of the intake's moderation view (`templates/moderation.mustache`).
struct ModerationView: Encodable, Hashable, Sendable {
    var title: String
    var intro: String
    /// A sign-in link's page: where its button posts, and the code it carries.
    var signIn: ModerationSignIn?
    /// The desk, for a signed-in moderator.
    var desk: ModerationDeskValues?
    var backURL: String
    var backLabel: String
}

/// `moderation`, as the moderation view's page receives it.
struct ModerationViewPage: Encodable, Hashable, Sendable {
    var moderation: ModerationView
    /// The layout's referrer policy is `same-origin`: a sign-in link's address never leaves the intake in a
    /// `Referer`, and the view's forms carry an `Origin` (under `no-referrer`, Chromium sends `Origin: null`).
    var privatePage = true
}
