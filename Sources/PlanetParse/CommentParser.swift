import Foundation
import PlanetCore
import PlanetLoad
import PlanetMarkdown
import PlanetXML

/// Reads a comment file `comments/<author>/<post>/<id>.md`, written by a visitor: untrusted through and through.
public enum CommentParser {
    static let knownKeys: Set<String> = ["author", "date", "website", "member", "reply_to", "status", "kind", "source", "title", "network", "handle", "warning", "upstream", "avatar"]
    /// `rel` of every link in a comment.
    public static let linkRel = "nofollow ugc noopener"

    public static func parse(_ file: SourceFile, config: SiteConfig) -> (Comment?, [Diagnostic]) {
        let parts = file.path.split(separator: "/").map(String.init)
        guard parts.count == 4 else { return (nil, []) }
        var diagnostics: [Diagnostic] = []
        guard var document = MarkdownDocument.read(file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        var authorName = document.fields.requiredString("author", what: "the name of whoever wrote the comment")
            .map(PostParser.collapsingWhitespace)
        if let name = authorName, let problem = CommentAuthorName.problem(of: name) {
            document.fields.error("`author`: \(CommentAuthorName.describe(problem))", at: "author")
            authorName = nil
        }
        let date = document.date("date", in: config, required: true)
        var website = document.fields.string("website")?.trimmingCharacters(in: .whitespaces) ?? ""
        if !website.isEmpty, !URLRules.isWebURL(website) {
            document.fields.warning("`website` must be an http or https URL; the comment is shown without it", at: "website")
            website = ""
        }
        let member = document.fields.string("member")?.trimmingCharacters(in: .whitespaces)
        let replyTo = (document.fields.string("reply_to")?.trimmingCharacters(in: .whitespaces)).flatMap { $0.isEmpty ? nil : $0 }
        var status = CommentStatus.published
        if let text = document.fields.string("status") {
            if let value = CommentStatus(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) {
                status = value
            } else {
                document.fields.error("`status` must be published, pending or spam", at: "status")
            }
        }
        var kind = CommentKind.comment
        if let text = document.fields.string("kind") {
            if let value = CommentKind(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) {
                kind = value
            } else {
                document.fields.error("`kind` must be comment, reply or mention", at: "kind")
            }
        }
        let source = document.fields.string("source")?.trimmingCharacters(in: .whitespaces) ?? ""
        let title = document.fields.string("title").map(PostParser.collapsingWhitespace) ?? ""
        switch kind {
        case .mention:
            if source.isEmpty {
                document.fields.error("missing `source`: the http or https address of the page that mentions the post", at: "kind")
            } else if !URLRules.isWebURL(source) {
                document.fields.error("`source` must be an http or https URL", at: "source")
            }
            if replyTo != nil {
                document.fields.error("a mention is not part of the thread: it cannot have `reply_to`", at: "reply_to")
            }
        case .reply:
            if source.isEmpty {
                document.fields.error("missing `source`: the http or https address of the reply on its network", at: "kind")
            } else if !URLRules.isWebURL(source) {
                document.fields.error("`source` must be an http or https URL", at: "source")
            }
        case .comment:
            if !source.isEmpty { document.fields.warning("`source` is for mentions (`kind: mention`); ignored", at: "source") }
            if !title.isEmpty { document.fields.warning("`title` is for mentions (`kind: mention`); ignored", at: "title") }
        }
        let reply = ReplyFields.read(&document.fields, kind: kind)
        if reply.deletedUpstream { status = .pending }
        document.fields.warnAboutUnknownKeys(known: knownKeys)
        diagnostics += document.fields.diagnostics
        guard let authorName, let date, !diagnostics.hasErrors else { return (nil, diagnostics) }

        let rendering = MarkdownRenderer.render(document.body, trust: .visitor, firstParagraph: false)
        let html = HTMLSanitizer.sanitize(
            rendering.html, options: .init(addHeadingIDs: false, localHost: config.host, linkRel: linkRel,
                                           frenchSpacing: Typography.isFrench(config.language), footnoteScope: StableHash.hex(file.path)))
        let comment = Comment(
            id: String(parts[3].dropLast(3)), postAuthorID: parts[1], postSlug: parts[2], authorName: authorName,
            date: date, website: website, memberID: member.flatMap { $0.isEmpty ? nil : $0 },
            replyTo: replyTo, replyToMark: replyTo.map { _ in document.fields.mark(of: "reply_to") }, status: status, kind: kind,
            source: kind == .comment ? "" : source, network: reply.network, handle: reply.handle, warning: reply.warning,
            avatarFile: reply.avatar, title: kind == .mention ? title : "", contentHTML: html, hashtags: rendering.hashtags, sourcePath: file.path)
        return (comment, diagnostics)
    }
}
