import Foundation
import PlanetCore
import PlanetTemplate
import PlanetTheme
import PlanetXML

/// The intake service's answer pages, in the site's own layout, language and stylesheet: the theme's
/// `templates/intake.mustache`, with the comment form of the posts' pages (`partials/comment-form`). Made once
/// from a built site; a page is then rendered from its values alone. The pages are served from the intake's
/// origin: every link is absolute to `base_url`, and their CSP lets the site's stylesheet and images load.
public struct IntakePages: Sendable {
    let renderer: SiteRenderer
    let context: ContextBuilder
    /// Indices in the site's posts, by `<author-id>/<post-slug>`.
    let postIndices: [String: Int]

    /// Compiles the theme's templates and reads its strings once, then renders a page of each kind to find a template
    /// that fails before any reader does (the moderation view's pages too). Fails with located diagnostics, as a build does.
    public static func make(site: Site, theme: Theme, themePath: String) -> (IntakePages?, [Diagnostic]) {
        let (made, diagnostics) = SiteRenderer.make(site: site, theme: theme, themePath: themePath)
        guard let renderer = made else { return (nil, diagnostics) }
        for name in [template, moderationTemplate, searchTemplate] where !renderer.library.contains(name) {
            return (nil, [.error("the theme has no `templates/\(name).mustache`", at: SourceLocation(path: themePath))])
        }
        let spaced = renderer.site
        let pages = IntakePages(
            renderer: renderer, context: ContextBuilder(site: spaced, strings: renderer.strings, offSite: true),
            postIndices: Dictionary(spaced.posts.indices.map { ("\(spaced.posts[$0].authorID)/\(spaced.posts[$0].slug)", $0) },
                                    uniquingKeysWith: { first, _ in first }))
        var failures: [Diagnostic] = []
        let trials = pages.trialPages().map { (template, pages.values($0)) }
            + pages.moderationTrials().map { (moderationTemplate, pages.values($0)) }
            + pages.searchTrials().map { (searchTemplate, pages.searchValues($0)) }
        for (name, values) in trials {
            if case .failure(let diagnostic) = renderer.html(name, values.encoded), !failures.contains(diagnostic) {
                failures.append(diagnostic)
            }
        }
        return failures.isEmpty ? (pages, []) : (nil, failures)
    }

    /// The page as HTML. Should the theme's template fail on it all the same (`make` tried every kind of page), a
    /// plain page says what the theme's would have, and gives the reader's text back.
    public func render(_ page: IntakePage) -> [UInt8] {
        let values = values(page).encoded
        switch renderer.html(Self.template, values) {
        case .success(let html): return html
        case .failure: return (try? Self.fallback.renderBytes(Self.template, contexts: [values.value])) ?? []
        }
    }

    static let template = "intake"

    /// The post or member's page whose comments `key` (`<author-id>/<slug>`) files, if the site has it.
    func thread(_ key: String) -> Post? {
        postIndices[key].map { context.site.posts[$0] } ?? context.site.memberPage(at: "/\(key)/")
    }

    /// The values of `page`.
    func values(_ page: IntakePage) -> PendingValue {
        let site = context.site
        let strings = context.strings
        let post = page.post.flatMap(thread)
        let comments = post.map { site.commentsByPost[$0.path] ?? [] } ?? []
        let problems = Typography.isFrench(site.config.language) ? page.problems.map(Typography.frenchSpacing) : page.problems
        let title: String
        let intro: String
        switch page.kind {
        case .notSent: (title, intro) = (strings["intake_not_sent_title"], strings["intake_not_sent_intro"])
        case .reply: (title, intro) = (strings["intake_reply_title"], strings["intake_reply_intro"])
        case .refused: (title, intro) = (strings["intake_refused_title"], page.draft == nil ? "" : strings["intake_refused_intro"])
        case .own(let own): (title, intro) = (strings["intake_own_\(own.state.rawValue)_title"], strings["intake_own_\(own.state.rawValue)_intro"])
        case .letter(let step, _): (title, intro) = (strings["intake_letter_\(step.rawValue)_title"], strings["intake_letter_\(step.rawValue)_intro"])
        }
        var letterValues: LetterFormValues?
        if case .letter(let step, let action) = page.kind {
            letterValues = LetterFormValues(
                actionURL: action, subscribe: step == .subscribe, confirm: step == .confirm, unsubscribe: step == .unsubscribe)
        }
        var ownValues: OwnCommentValues?
        if case .own(let own) = page.kind {
            ownValues = OwnCommentValues(
                actionURL: own.actionURL, pending: own.state == .pending, published: own.state == .published,
                unsubscribe: own.state == .unsubscribe, message: own.message,
                messageMax: CommentFormValues.messageLimit,
                commentURL: post.map { context.link($0.path) + "#comment-\(own.commentID)" } ?? "", saved: own.saved)
        }
        let quoted = post.flatMap { post in
            page.replyingTo.flatMap { id in comments.first { $0.id == id } }.map { quote($0, on: post) }
        }
        let answer = IntakeAnswer(
            title: title, intro: intro, problems: problems, quoted: quoted,
            commentForm: page.draft.map { draft in
                CommentFormValues.form(
                    postID: page.post ?? "", comments: comments, context: context, draft: draft, problems: problems, titleLevel: 2)
            },
            own: ownValues,
            letter: letterValues,
            backURL: context.link(post?.path ?? "/"),
            backLabel: post.map { strings.format("intake_back_to_post", ["title": $0.title]) } ?? strings["intake_back_to_site"])
        let common = context.base(path: post?.path ?? "/", heading: title, description: "", feeds: [])
        return PendingValue(encoding: PageContext(common, IntakeAnswerPage(intake: answer)))
    }

    /// `comment` as the reply page quotes it, its relative links resolved against its post's address.
    func quote(_ comment: Comment, on post: Post) -> QuotedComment {
        QuotedComment(
            authorName: comment.authorName, url: context.link(post.path) + "#comment-\(comment.id)",
            dateISO: RFC3339.string(comment.date), dateDisplay: context.dates.dateTime(comment.date),
            contentHTML: HTMLURLResolver.resolve(comment.contentHTML, against: context.site.config.absoluteURL(post.path)))
    }

    /// A page of each kind, with and without the form, on a post open to comments (quoting its first comment) if there
    /// is one: what `make` renders once.
    private func trialPages() -> [IntakePage] {
        let post = context.site.posts.first { $0.origin == nil && $0.commentsOpen }
        let id = post.map { "\($0.authorID)/\($0.slug)" }
        let comment = post.flatMap { context.site.commentsByPost[$0.path]?.first?.id }
        let draft = CommentDraft(name: "<n>", website: "https://example.org/", message: "<m>\n", answer: "a", replyTo: comment ?? "")
        let own: [IntakePage.Kind] = [OwnComment.State.pending, .approved, .published, .removalRequested, .withdrawn, .gone, .unsubscribe, .unsubscribed].map { state in
            .own(OwnComment(state: state, actionURL: "/comment/t", message: "<m>", commentID: comment ?? "", saved: true))
        }
        let letter = LetterSubscriptionStep.allCases.map { IntakePage.Kind.letter($0, actionURL: "/letter/subscribe") }
        return ([IntakePage.Kind.notSent, .reply, .refused] + own + letter).flatMap { kind in
            [IntakePage(kind: kind, post: id, problems: ["<p>"], draft: draft, replyingTo: comment), IntakePage(kind: kind)]
        }
    }

    /// A plain page with the title, the problems and the reader's text: what `render` answers if the theme's fails.
    private static let fallback: TemplateLibrary = {
        var library = TemplateLibrary()
        try? library.register("""
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <meta charset="utf-8">
            <meta name="robots" content="noindex">
            <title>{{intake.title}}</title>
            {{#intake}}
            <h1>{{title}}</h1>
            {{#problems}}
            <p>{{.}}</p>
            {{/problems}}
            {{#comment_form}}
            <pre>{{message}}</pre>
            {{/comment_form}}
            <p><a href="{{back_url}}">{{back_label}}</a></p>
            {{/intake}}

            """, named: template)
        return library
    }()
}
