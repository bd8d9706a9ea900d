import Foundation
import PlanetCore
import PlanetXML

/// Reads a WordPress export (WXR: RSS 2.0 with the `wp:` elements of Tools → Export) into an `ImportedBlog`, with
/// libxml2. E-mail and IP addresses (`wp:author_email`, `wp:comment_author_email`, `wp:comment_author_IP`) go into no
/// item nor comment: only into `privateValues`, so that no written file holds them.
public enum WordPressReader {
    /// `timeZone` reads the local dates of items that have no GMT date (drafts never published).
    public static func read(_ data: Data, path: String, timeZone: TimeZone) -> ImportedBlog {
        var blog = ImportedBlog(engine: .wordpress, exportPath: path)
        guard case .success(let root) = XMLElementValue.parse(data), root.name == "rss",
              let channel = root.elements("channel").first else {
            blog.diagnostics.append(.error("not a WordPress export (WXR): no `rss` root with a `channel`", at: SourceLocation(path: path)))
            return blog
        }
        blog.title = channel.childText("title").trimmingCharacters(in: .whitespacesAndNewlines)
        blog.homeURL = first(channel.childText("base_blog_url"), channel.childText("link"))
        var authors: [Author] = []
        for author in channel.elements("author") where author.namespace?.contains("wordpress.org/export") == true {
            authors.append((id: author.childText("author_id").trimmed, login: author.childText("author_login").trimmed,
                            email: author.childText("author_email").trimmed.lowercased(), name: author.childText("author_display_name").trimmed))
            blog.privateValues.insert(author.childText("author_email").trimmed)
        }
        for category in channel.elements("category") {
            blog.terms.append(ImportedTerm(kind: .category, name: category.childText("cat_name").trimmed,
                                           slug: category.childText("category_nicename").trimmed))
        }
        for tag in channel.elements("tag") {
            blog.terms.append(ImportedTerm(kind: .tag, name: tag.childText("tag_name").trimmed, slug: tag.childText("tag_slug").trimmed))
        }
        for element in channel.elements("item") {
            let id = element.childText("post_id").trimmed
            switch element.childText("post_type").trimmed {
            case "post", "page":
                blog.items.append(item(element, id: id, authors: authors, timeZone: timeZone))
                for comment in element.elements("comment") {
                    blog.privateValues.formUnion([comment.childText("comment_author_email").trimmed, comment.childText("comment_author_IP").trimmed])
                }
            case "attachment":
                let url = first(element.childText("attachment_url"), element.childText("guid"))
                blog.attachments[id] = ImportedAttachment(url: url, parentID: element.childText("post_parent").trimmed)
            default:
                blog.otherItems += 1
            }
        }
        blog.privateValues.remove("")
        return blog
    }

    private static func item(_ element: XMLElementValue, id: String, authors: [Author], timeZone: TimeZone) -> ImportedItem {
        let protected = !element.childText("post_password").trimmed.isEmpty
        let status: ImportedItem.Status = switch protected ? "private" : element.childText("status").trimmed {
        case "publish": .published
        case "draft", "pending", "auto-draft": .draft
        case "future": .future
        default: .hidden
        }
        let encoded = element.elements("encoded")
        var content = encoded.first { $0.namespace?.contains("purl.org/rss/1.0/modules/content") == true }?.text ?? ""
        if let footnotes = element.elements("postmeta").first(where: { $0.childText("meta_key").trimmed == "footnotes" }) {
            content = WordPressBlocks.withFootnotes(content, meta: footnotes.childText("meta_value"))
        }
        let excerpt = encoded.first { $0.namespace?.contains("excerpt") == true }?.text ?? ""
        let home = element.childText("guid").trimmed
        var otherLinks: [String] = []
        if home.contains("?p=") || home.contains("?page_id=") { otherLinks.append(home) }
        let tags = element.elements("category").filter { ["category", "post_tag"].contains($0.attributes["domain"] ?? "") }
            .map { $0.text.trimmed }.filter { !$0.isEmpty && $0 != "Uncategorized" && $0 != "Non classé" }
        let comments = element.elements("comment").map { comment(from: $0, authors: authors, timeZone: timeZone) }
        return ImportedItem(
            id: id, kind: element.childText("post_type").trimmed == "page" ? .page : .post, status: status,
            title: element.childText("title").trimmed, slug: element.childText("post_name").trimmed,
            date: date(gmt: element.childText("post_date_gmt"), local: element.childText("post_date"), timeZone: timeZone),
            link: element.childText("link").trimmed, otherLinks: otherLinks, login: element.childText("creator").trimmed,
            tags: unique(tags), excerpt: excerpt, body: content, format: content.contains("<!-- wp:") ? .html : .wordpress,
            comments: comments, commentsOpen: element.childText("comment_status").trimmed != "closed", line: element.line)
    }

    /// An author of the export; the e-mail, lowercased, is only compared, never kept.
    typealias Author = (id: String, login: String, email: String, name: String)

    /// The login of the blog's author who wrote a comment: by its user id, else (written logged out) by its e-mail, its
    /// name as a login, then its name as an author's display name; empty for a visitor.
    private static func login(of element: XMLElementValue, authors: [Author]) -> String {
        let userID = element.childText("comment_user_id").trimmed
        if userID != "0", let author = authors.first(where: { $0.id == userID }) { return author.login }
        let type = element.childText("comment_type").trimmed
        guard type.isEmpty || type == "comment" else { return "" }
        let email = element.childText("comment_author_email").trimmed.lowercased()
        let name = element.childText("comment_author").trimmed
        let found = authors.first { !email.isEmpty && $0.email == email }
            ?? authors.first { !name.isEmpty && $0.login == name }
            ?? authors.first { !name.isEmpty && $0.name == name }
        return found?.login ?? ""
    }

    private static func comment(from element: XMLElementValue, authors: [Author], timeZone: TimeZone) -> ImportedComment {
        let status: ImportedComment.Status = switch element.childText("comment_approved").trimmed {
        case "1": .approved
        case "spam": .spam
        case "trash", "post-trashed": .trash
        default: .pending
        }
        let kind: ImportedComment.Kind = switch element.childText("comment_type").trimmed {
        case "pingback": .pingback
        case "trackback": .trackback
        default: .comment
        }
        let parent = element.childText("comment_parent").trimmed
        return ImportedComment(
            id: element.childText("comment_id").trimmed, parentID: parent == "0" ? "" : parent,
            authorName: element.childText("comment_author").trimmed, authorURL: element.childText("comment_author_url").trimmed,
            date: date(gmt: element.childText("comment_date_gmt"), local: element.childText("comment_date"), timeZone: timeZone)
                ?? Date(timeIntervalSince1970: 0),
            status: status, kind: kind, body: element.childText("comment_content"),
            login: login(of: element, authors: authors), line: element.line)
    }

    /// WordPress's `2019-05-06 10:15:00`: the GMT field, else the local one in the site's time zone; nil for `0000-…`.
    static func date(gmt: String, local: String, timeZone: TimeZone) -> Date? {
        if let date = wordPressDate(gmt.trimmed, timeZone: TimeZone(identifier: "UTC")!) { return date }
        return wordPressDate(local.trimmed, timeZone: timeZone)
    }

    private static func wordPressDate(_ text: String, timeZone: TimeZone) -> Date? {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 5, numbers[0] > 0 else { return nil }
        var components = DateComponents(year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3], minute: numbers[4],
                                        second: numbers.count > 5 ? numbers[5] : 0)
        components.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: components)
    }

    private static func first(_ values: String...) -> String {
        values.map(\.trimmed).first { !$0.isEmpty } ?? ""
    }

    static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert(Slug.groupingKey($0)).inserted }
    }
}
