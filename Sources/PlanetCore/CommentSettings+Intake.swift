import Foundation

extension CommentSettings {
    /// The name of the comment form's hidden trap field: people never see it, so a value in it comes from a bot.
    /// No browser's autofill maps this name to anything (an `email` trap was filled in by autofill, and real
    /// comments were dropped as a bot's).
    public static let trapFieldName = "planet_trap"

    /// Where the comment form posts: `<intake>/comments`; nil without `intake`.
    public var commentsURL: String? {
        intake.map { $0 + "/comments" }
    }

    /// Where webmentions are sent: `<intake>/webmention`; nil without `intake`.
    public var webmentionURL: String? {
        intake.map { $0 + "/webmention" }
    }

    /// The intake's origin (`WebOrigin`), which the pages' CSP `form-action` allows; nil without `intake`.
    public var intakeOrigin: String? {
        intake.flatMap { WebOrigin.of($0) }
    }

    /// The intake's page for replying to the comment `comment` of the post `post` (`<author-id>/<post-slug>`):
    /// `<intake>/reply?post=<post>&to=<comment>`, each value percent-encoded (all but RFC 3986's unreserved
    /// characters, and the post's `/`); nil without `intake`.
    public func replyURL(post: String, comment: String) -> String? {
        intake.map { "\($0)/reply?post=\(Self.queryValue(post, keeping: "/"))&to=\(Self.queryValue(comment, keeping: ""))" }
    }

    private static func queryValue(_ text: String, keeping extra: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~" + extra)
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
