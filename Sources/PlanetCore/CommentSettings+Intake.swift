import Foundation

extension CommentSettings {
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
}
