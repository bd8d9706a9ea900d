import Foundation
import PlanetCore
import PlanetTemplate
import PlanetXML

/// The intake's moderation view, through the theme's `templates/moderation.mustache`, in the site's layout, language
/// and stylesheet. Every link to the site is absolute to `base_url`; the view's own are paths of the intake.
extension IntakePages {
    static let moderationTemplate = "moderation"

    /// The page as HTML; should the theme's template fail on it (`make` tried every kind), a plain page with its title.
    public func render(_ page: ModerationPage) -> [UInt8] {
        let values = values(page).encoded
        switch renderer.html(Self.moderationTemplate, values) {
        case .success(let html): return html
        case .failure: return (try? Self.moderationFallback.renderBytes(Self.moderationTemplate, contexts: [values.value])) ?? []
        }
    }

    /// The values of `page`.
    func values(_ page: ModerationPage) -> PendingValue {
        let strings = context.strings
        let kind: String
        var signIn: ModerationSignIn?
        var desk: ModerationDeskValues?
        switch page.kind {
        case .signIn(let code):
            kind = "sign_in"
            signIn = ModerationSignIn(actionURL: "/moderate/sign-in", code: code)
        case .signedOut: kind = "signed_out"
        case .linkRefused: kind = "link_refused"
        case .desk:
            kind = "desk"
            desk = deskValues(page)
        }
        let title = strings["moderation_\(kind)_title"]
        let view = ModerationView(
            title: title, intro: strings["moderation_\(kind)_intro"], signIn: signIn, desk: desk, backURL: context.link("/"),
            backLabel: strings["intake_back_to_site"])
        let common = context.base(path: "/", heading: title, description: "", feeds: [])
        return PendingValue(encoding: PageContext(common, ModerationViewPage(moderation: view)))
    }

    private func deskValues(_ page: ModerationPage) -> ModerationDeskValues {
        let strings = context.strings
        let signedInAs = page.member.map { strings.format("moderation_signed_in_member", ["id": page.moderator, "member": $0]) }
            ?? strings.format("moderation_signed_in", ["id": page.moderator])
        let memberOptions = page.member == nil && page.members.count > 1
            ? [FilterOption(value: "", label: strings["moderation_filter_all_members"], selected: page.memberFilter == nil)]
                + page.members.map { FilterOption(value: $0, label: $0, selected: page.memberFilter == $0) }
            : []
        let postOptions = page.posts.count > 1 || page.postFilter != nil
            ? [FilterOption(value: "", label: strings["moderation_filter_all_posts"], selected: page.postFilter == nil)]
                + page.posts.map { FilterOption(value: $0, label: postTitle($0), selected: page.postFilter == $0) }
            : []
        return ModerationDeskValues(
            signedInAs: signedInAs, notice: page.notice.map { strings["moderation_notice_\($0.rawValue)"] } ?? "", csrf: page.csrf,
            decideURL: "/moderate/decide", dismissURL: "/moderate/dismiss", signOutURL: "/moderate/sign-out", filterURL: "/moderate",
            memberOptions: memberOptions, postOptions: postOptions, memberFilter: page.memberFilter ?? "", postFilter: page.postFilter ?? "",
            items: page.items.map(entry), removals: page.removals.map { place in
                ModerationRemovalEntry(
                    post: place.post, id: place.id, postTitle: postTitle(place.post),
                    commentURL: context.link("/\(place.post)/") + "#comment-\(place.id)", path: "comments/\(place.post)/\(place.id).md")
            })
    }

    private func entry(_ item: ModerationItem) -> ModerationEntry {
        let strings = context.strings
        let post = thread(item.place.post)
        let title = postTitle(item.place.post)
        let comments = (post.map { context.site.commentsByPost[$0.path] ?? [] } ?? []).filter(\.kind.isInThread)
        let answered = item.replyTo.flatMap { id in comments.first { $0.id == id } }
        let isMention = item.kind != "comment" && item.network == nil
        let heading = if let network = item.network {
            strings.format("moderation_reply_heading", ["name": item.authorName, "title": title, "network": network.displayName])
        } else if isMention {
            strings.format("moderation_mention_heading", ["title": title])
        } else {
            strings.format("moderation_comment_heading", ["name": item.authorName, "title": title])
        }
        return ModerationEntry(
            heading: heading,
            anchor: Self.anchor(item.place), post: item.place.post, id: item.place.id, postTitle: title, postURL: context.link(post?.path ?? "/\(item.place.post)/"),
            filterURL: "/moderate?post=" + Self.queryValue(item.place.post),
            authorName: item.authorName, dateISO: item.date.map(RFC3339.string) ?? "",
            dateDisplay: item.date.map(context.dates.dateTime) ?? "", website: item.website ?? "", isMention: isMention,
            network: item.network?.displayName, removalProposed: item.deletedUpstream, source: item.source ?? "", body: item.body,
            quoted: post.flatMap { post in answered.map { quote($0, on: post) } },
            thread: comments.map { comment in
                ModerationThreadLine(
                    authorName: comment.authorName, dateDisplay: context.dates.dateTime(comment.date),
                    excerpt: Self.excerpt(HTMLText.plain(comment.contentHTML)),
                    url: context.link(post?.path ?? "/") + "#comment-\(comment.id)", answered: comment.id == answered?.id)
            })
    }

    /// The title of the post or member's page, or its `<author-id>/<slug>` when the site does not know it (any more).
    func postTitle(_ post: String) -> String {
        thread(post)?.title ?? post
    }

    /// An item's element id on the desk: `pending-<author>--<slug>--<id>`.
    static func anchor(_ place: ModerationItem.Place) -> String {
        "pending-" + place.post.replacingOccurrences(of: "/", with: "--") + "--" + place.id
    }

    /// The first 160 characters of `text`, cut at a space when there is one near the end.
    static func excerpt(_ text: String) -> String {
        guard text.count > 160 else { return text }
        let cut = text.prefix(160)
        let end = cut.lastIndex(of: " ").flatMap { cut.distance(from: cut.startIndex, to: $0) > 120 ? $0 : nil } ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    /// `text` percent-encoded for a query value (all but RFC 3986's unreserved characters, and `/`).
    static func queryValue(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// A page of each kind, the desk with a comment answering the trial post's first comment, a mention, a
    /// removal request, the filters and a notice: what `make` renders once.
    func moderationTrials() -> [ModerationPage] {
        let post = context.site.posts.first { $0.origin == nil && $0.commentsOpen } ?? context.site.posts.first
        let key = post.map { "\($0.authorID)/\($0.slug)" } ?? "a/b"
        let comment = post.flatMap { context.site.commentsByPost[$0.path]?.first?.id }
        let place = ModerationItem.Place(post: key, id: "2024-01-01T00-00-00-n")
        let items = [
            ModerationItem(place: place, authorName: "<n>", date: Date(timeIntervalSince1970: 0), website: "https://example.org/",
                           replyTo: comment, kind: "comment", source: nil, body: "<m>\n"),
            ModerationItem(place: place, authorName: "", date: nil, website: nil, replyTo: nil, kind: "mention",
                           source: "https://example.org/", body: ""),
            ModerationItem(place: place, authorName: "<r>", date: nil, website: "https://example.org/@r", replyTo: nil, kind: "reply",
                           source: "https://example.org/@r/1", body: "<m>\n", network: .mastodon, deletedUpstream: true),
        ]
        return [ModerationPage(kind: .signIn(code: "c")), ModerationPage(kind: .signedOut), ModerationPage(kind: .linkRefused),
                ModerationPage(kind: .desk, moderator: "m"),
                ModerationPage(kind: .desk, moderator: "m", member: "a", items: items, removals: [place], members: ["a", "b"],
                               posts: [key, "a/c"], memberFilter: "a", postFilter: key, csrf: "t", notice: .approve)]
    }

    /// A plain page with the title and introduction: what `render` answers if the theme's fails.
    private static let moderationFallback: TemplateLibrary = {
        var library = TemplateLibrary()
        try? library.register("""
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <meta charset="utf-8">
            <meta name="robots" content="noindex">
            <title>{{moderation.title}}</title>
            {{#moderation}}
            <h1>{{title}}</h1>
            <p>{{intro}}</p>
            {{/moderation}}

            """, named: moderationTemplate)
        return library
    }()
}
