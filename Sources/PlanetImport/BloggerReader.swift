import Foundation
import PlanetCore
import PlanetXML

/// Reads a Blogger export (Settings → Back up content: an Atom feed of the blog's posts, pages and comments) into an
/// `ImportedBlog`, with libxml2. Both forms are read: the classic one (an entry's kind as a `category` of the
/// `schemas.google.com/g/2005#kind` scheme, `thr:in-reply-to`, `app:draft`) and the newer one (`blogger:type`,
/// `blogger:status`, `blogger:parent`, `blogger:inReplyTo`, `blogger:filename`). Authors' e-mails go only into
/// `privateValues`, so that no written file holds them; a comment's is compared with the posts' authors' (the blog's
/// author writing logged out), never kept.
public enum BloggerReader {
    static let kindScheme = "http://schemas.google.com/g/2005#kind"

    public static func read(_ data: Data, path: String) -> ImportedBlog {
        var blog = ImportedBlog(engine: .blogger, exportPath: path)
        guard case .success(let feed) = XMLElementValue.parse(data), feed.name == "feed" else {
            blog.diagnostics.append(.error("not a Blogger export: no Atom `feed` root", at: SourceLocation(path: path)))
            return blog
        }
        if let first = feed.undeclaredPrefixElements.first, let prefix = first.undeclaredPrefix {
            blog.diagnostics.append(.warning("the prefix `\(prefix):` (of `\(prefix):\(first.name)`) is declared by no namespace: the export is "
                + "malformed; its elements are read by their local name", at: SourceLocation(path: path, line: first.line)))
        }
        blog.title = feed.childText("title").trimmed
        blog.homeURL = alternate(feed)
        var authorsByEmail: [String: String] = [:]
        for entry in [feed] + feed.elements("entry") where entry.name == "feed" || ["post", "page"].contains(entryKind(entry)) {
            for author in entry.elements("author") {
                let email = author.childText("email").trimmed.lowercased()
                let name = author.childText("name").trimmed
                if !email.isEmpty, email != "noreply@blogger.com", !name.isEmpty, authorsByEmail[email] == nil { authorsByEmail[email] = name }
            }
        }
        var items: [ImportedItem] = []
        var comments: [(post: String, comment: ImportedComment)] = []
        for entry in feed.elements("entry") {
            let kind = entryKind(entry)
            let id = shortID(entry.childText("id"))
            let author = entry.elements("author").first
            let authorName = author?.childText("name").trimmed ?? ""
            blog.privateValues.insert(author?.childText("email").trimmed ?? "")
            let status = entry.elements("status").first?.text.trimmed.uppercased() ?? ""
            let date = FeedDate.parse(entry.childText("published")) ?? FeedDate.parse(entry.childText("created"))
                ?? FeedDate.parse(entry.childText("updated"))
            switch kind {
            case "post", "page":
                let draft = entry.elements("control").first?.childText("draft").trimmed == "yes" || status == "DRAFT"
                let itemStatus: ImportedItem.Status = draft ? .draft : status == "SCHEDULED" ? .future
                    : ["DELETED", "SOFT_TRASHED", "TRASHED"].contains(status) ? .hidden : .published
                var link = alternate(entry)
                let filename = entry.childText("filename").trimmed
                if link.isEmpty, !filename.isEmpty { link = blog.homeURL.trimmingCharacters(in: ["/"]) + filename }
                let last = (URLComponents(string: link)?.path ?? filename).split(separator: "/").last.map(String.init) ?? ""
                let tags = entry.elements("category").filter { $0.attributes["scheme"] != kindScheme }.compactMap { $0.attributes["term"]?.trimmed }
                items.append(ImportedItem(
                    id: id, kind: kind == "page" ? .page : .post, status: itemStatus, title: entry.childText("title").trimmed,
                    slug: last.hasSuffix(".html") ? String(last.dropLast(5)) : last, date: date, link: link, login: authorName,
                    tags: WordPressReader.unique(tags.filter { !$0.isEmpty }), body: entry.childText("content"), line: entry.line))
            case "comment":
                let post = entry.elements("in-reply-to").first.map { shortID($0.attributes["ref"] ?? "") }
                    ?? shortID(entry.childText("parent"))
                var parent = shortID(entry.childText("inReplyTo"))
                if parent.isEmpty, let related = entry.elements("link").first(where: { $0.attributes["rel"] == "related" }) {
                    parent = (related.attributes["href"] ?? "").split(separator: "/").last.map(String.init) ?? ""
                }
                let commentStatus: ImportedComment.Status = switch status {
                case "PENDING": .pending
                case "SPAM": .spam
                case "DELETED": .trash
                default: .approved
                }
                let uri = author?.childText("uri").trimmed ?? ""
                comments.append((post, ImportedComment(
                    id: id, parentID: parent == post ? "" : parent, authorName: authorName,
                    authorURL: uri.contains("blogger.com/profile") ? "" : uri, date: date ?? Date(timeIntervalSince1970: 0),
                    status: commentStatus, body: entry.childText("content"),
                    login: authorsByEmail[author?.childText("email").trimmed.lowercased() ?? ""] ?? authorName, line: entry.line)))
            default:
                blog.otherItems += kind.isEmpty || kind == "settings" || kind == "template" ? 0 : 1
            }
        }
        for (post, comment) in comments {
            guard let index = items.firstIndex(where: { $0.id == post }) else {
                blog.diagnostics.append(.warning("comment \(comment.id) is on no post of the export; left out", at: SourceLocation(path: path, line: comment.line)))
                continue
            }
            var kept = comment
            if kept.login != items[index].login { kept.login = "" }
            items[index].comments.append(kept)
        }
        blog.items = items
        let labels = Set(items.flatMap(\.tags)).sorted(by: codePointOrder)
        blog.terms = labels.map { ImportedTerm(kind: .tag, name: $0, slug: $0) }
        blog.privateValues.subtract(["", "noreply@blogger.com"])
        return blog
    }

    /// `post`, `comment`, `page`, `settings` or `template`, from either form of the export.
    private static func entryKind(_ entry: XMLElementValue) -> String {
        if let type = entry.elements("type").first?.text.trimmed, !type.isEmpty { return type.lowercased() }
        let term = entry.elements("category").first { $0.attributes["scheme"] == kindScheme }?.attributes["term"] ?? ""
        return term.split(separator: "#").last.map(String.init) ?? ""
    }

    /// `tag:blogger.com,1999:blog-1.post-42` → `42` (and a page's `….page-7` → `7`).
    static func shortID(_ id: String) -> String {
        let trimmed = id.trimmed
        guard let range = trimmed.range(of: ".post-", options: .backwards) ?? trimmed.range(of: ".page-", options: .backwards) else {
            return trimmed
        }
        return String(trimmed[range.upperBound...])
    }

    private static func alternate(_ element: XMLElementValue) -> String {
        element.elements("link").first { $0.attributes["rel"] == "alternate" }?.attributes["href"]?.trimmed ?? ""
    }
}
