import Foundation
import PlanetCore
import Yams

/// How a reader joins a post's thread (see themes/default/README.md): `comment_form` when `comments.intake` is
/// set, else `comment_by_pull_request`; neither on an outside entry or a post whose comments are closed. The way
/// to reply to each comment, and the site-wide values the form needs in every page's head (`SiteValues.formAction`,
/// `webmentionURL`).
enum CommentFormValues {
    /// The limits the intake service enforces, shown to people as `maxlength`.
    static let nameLimit = 80
    static let messageLimit = 10_000

    /// The CSP's `form-action` sources: `'self'`, the origin of `base_url` and the intake's, for the form posts to
    /// the intake, which sends the reader back to the site (CSP Level 3 holds a form's redirects to `form-action`
    /// too); `base_url`'s is left out when it is the intake's; and the origin of `search:`, which the header's
    /// search form goes to. `'none'` without either.
    static func formAction(_ config: SiteConfig) -> String {
        let search = config.search.flatMap { WebOrigin.of($0) }
        guard let intake = config.comments.intakeOrigin else { return search.map { "'self' \($0)" } ?? "'none'" }
        let site = WebOrigin.of(config.baseURL).flatMap { $0 == intake ? nil : $0 }
        let searchOrigin = search.flatMap { $0 == intake || $0 == site ? nil : $0 }
        return (["'self'"] + (site.map { [$0] } ?? []) + [intake] + (searchOrigin.map { [$0] } ?? [])).joined(separator: " ")
    }

    /// The form for `post`, whose published comments are `comments`, or nil when it takes no comments or
    /// comments by pull request.
    static func form(for post: Post, comments: [Comment], context: ContextBuilder) -> CommentForm? {
        guard post.origin == nil, post.commentsOpen, context.site.config.comments.intake != nil else { return nil }
        return form(postID: "\(post.authorID)/\(post.slug)", comments: comments, context: context)
    }

    /// The form for the post `postID` (`<author-id>/<post-slug>`) with the reply options of `comments`, filled with
    /// `draft` and topped by `problems`; its heading at `titleLevel`.
    static func form(
        postID: String, comments: [Comment], context: ContextBuilder, draft: CommentDraft = CommentDraft(), problems: [String] = [],
        titleLevel: Int = 3
    ) -> CommentForm {
        let settings = context.site.config.comments
        let options = threadOrder(comments).map { comment in
            ReplyOption(
                value: comment.id, label: context.strings.format(
                    "comment_form_reply_label", ["name": comment.authorName, "date": context.dates.dateTime(comment.date)]),
                selected: comment.id == draft.replyTo)
        }
        return CommentForm(
            action: settings.commentsURL ?? "", postID: postID, question: settings.question ?? "",
            hasQuestion: settings.question != nil, replyOptions: options, hasReplyOptions: !options.isEmpty,
            nameMax: nameLimit, messageMax: messageLimit, trapName: CommentSettings.trapFieldName, titleLevel: titleLevel,
            name: draft.name, website: draft.website, message: draft.message, answer: draft.answer, replyTo: draft.replyTo,
            hasNotify: context.site.config.mail != nil, notify: draft.notify, problems: problems)
    }

    /// The comment file a reader adds by pull request, for a post that takes comments without an intake; else nil.
    static func pullRequest(for post: Post, context: ContextBuilder) -> PullRequestComment? {
        guard post.origin == nil, post.commentsOpen, context.site.config.comments.intake == nil else { return nil }
        return pullRequest(for: post, replyTo: nil, context: context)
    }

    /// The comment file of a comment on `post`, or of a reply to the comment `replyTo`, with its placeholders; and the
    /// forge's editor with it filled in when the site names its `repository`.
    static func pullRequest(for post: Post, replyTo: String?, context: ContextBuilder) -> PullRequestComment {
        let strings = context.strings
        let path = "comments/\(post.authorID)/\(post.slug)/\(strings["comment_pr_file_placeholder"]).md"
        let reply = replyTo.map { "reply_to: \(yamlScalar($0))\n" } ?? ""
        let text = "---\nauthor: \(context.commentFileAuthor)\ndate: \(strings["comment_pr_date_placeholder"])\n"
            + "\(reply)---\n\(strings["comment_pr_body_placeholder"])\n"
        let repository = context.site.config.repository
        return PullRequestComment(
            path: path, text: text,
            editorURL: repository.flatMap { ForgeEditorLink.url(repository: $0, path: path, content: text) } ?? "",
            editorLabel: repository.map { strings.format("comment_pr_editor", ["forge": ForgeEditorLink.name(of: $0)]) } ?? "")
    }

    /// How a reader replies to `comment` on `post`: the intake's reply page, or the forge's editor with the reply's file
    /// filled in, as a link; or the reply's file, to propose by pull request. Nothing on a post that takes no comments.
    static func reply(to comment: Comment, on post: Post, context: ContextBuilder) -> (url: String?, pullRequest: PullRequestComment?) {
        guard post.origin == nil, post.commentsOpen else { return (nil, nil) }
        let settings = context.site.config.comments
        if let url = settings.replyURL(post: "\(post.authorID)/\(post.slug)", comment: comment.id) { return (url, nil) }
        let file = pullRequest(for: post, replyTo: comment.id, context: context)
        return file.editorURL.isEmpty ? (nil, file) : (file.editorURL, nil)
    }

    /// `text` as a YAML scalar, quoted only where YAML would read it otherwise.
    static func yamlScalar(_ text: String) -> String {
        if isPlainWord(text) { return text }
        return (try? Yams.dump(object: text))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? text
    }

    /// Whether YAML reads `text` written plain as that very string, known without asking Yams: six ASCII letters,
    /// digits, `-` or `_` or more, the first a letter or digit, one of them a letter outside `a`–`f` and `x` (as
    /// comment ids are: `2025-03-02T10-15-00-claire`). YAML 1.1's booleans and nulls have five letters at most,
    /// its numbers are digits, `a`–`f` and `x`, and its dates and times need `:` or are digits and `-`.
    static func isPlainWord(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 6, let first = bytes.first, isLetterOrDigit(first) else { return false }
        var wordLetter = false
        for byte in bytes {
            guard isLetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") else { return false }
            let lower = byte | 0x20
            if (UInt8(ascii: "g")...UInt8(ascii: "z")).contains(lower), lower != UInt8(ascii: "x") { wordLetter = true }
        }
        return wordLetter
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
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
