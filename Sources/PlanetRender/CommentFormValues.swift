import Foundation
import PlanetCore
import Yams

/// How a reader joins a post's thread, as template values (see themes/default/README.md): `comment_form` when
/// `comments.intake` is set, else `comment_by_pull_request`; neither on an outside entry or a post whose
/// comments are closed. And the site-wide values the form needs in every page's head.
enum CommentFormValues {
    /// The limits the intake service enforces, shown to people as `maxlength`.
    static let nameLimit = 80
    static let messageLimit = 10_000

    /// `site.form_action` (the CSP's `form-action`: the intake's origin, else `'none'`) and `site.webmention_url`
    /// (empty without an intake).
    static func siteValues(_ config: SiteConfig) -> [String: Any] {
        [
            "form_action": config.comments.intakeOrigin ?? "'none'",
            "webmention_url": config.comments.webmentionURL ?? "",
        ]
    }

    /// `comment_form` or `comment_by_pull_request` for `post`, whose published comments are `comments`.
    static func values(for post: Post, comments: [Comment], context: ContextBuilder) -> [String: Any] {
        guard post.origin == nil, post.commentsOpen else { return [:] }
        let settings = context.site.config.comments
        guard let action = settings.commentsURL else {
            return ["comment_by_pull_request": pullRequest(for: post, context: context)]
        }
        let options = threadOrder(comments).map { comment -> [String: Any] in
            [
                "value": comment.id,
                "label": context.strings.format(
                    "comment_form_reply_label", ["name": comment.authorName, "date": context.dates.dateTime(comment.date)]),
            ]
        }
        return ["comment_form": [
            "action": action,
            "post_id": "\(post.authorID)/\(post.slug)",
            "question": settings.question ?? "",
            "has_question": settings.question != nil,
            "reply_options": options,
            "has_reply_options": !options.isEmpty,
            "name_max": nameLimit,
            "message_max": messageLimit,
        ] as [String: Any]]
    }

    /// The comment file a reader adds by pull request: its path and text with placeholders to replace, and the
    /// forge's editor with both filled in when `repository:` is set.
    static func pullRequest(for post: Post, context: ContextBuilder) -> [String: Any] {
        let strings = context.strings
        let path = "comments/\(post.authorID)/\(post.slug)/\(strings["comment_pr_file_placeholder"]).md"
        let author = (try? Yams.dump(object: strings["comment_pr_name_placeholder"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let text = "---\nauthor: \(author)\ndate: \(strings["comment_pr_date_placeholder"])\n---\n\(strings["comment_pr_body_placeholder"])\n"
        let repository = context.site.config.repository
        return [
            "path": path,
            "text": text,
            "editor_url": repository.flatMap { ForgeEditorLink.url(repository: $0, path: path, content: text) } ?? "",
            "editor_label": repository.map { strings.format("comment_pr_editor", ["forge": ForgeEditorLink.name(of: $0)]) } ?? "",
        ]
    }

    /// Published comments in the order the thread shows them: each followed by its replies, oldest first.
    static func threadOrder(_ comments: [Comment]) -> [Comment] {
        let ids = Set(comments.map(\.id))
        var children: [String: [Comment]] = [:]
        var roots: [Comment] = []
        for comment in comments {
            if let parent = comment.replyTo, ids.contains(parent) { children[parent, default: []].append(comment) } else { roots.append(comment) }
        }
        var ordered: [Comment] = []
        var stack = Array(roots.reversed())
        while let comment = stack.popLast() {
            ordered.append(comment)
            stack += (children[comment.id] ?? []).reversed()
        }
        return ordered
    }
}
