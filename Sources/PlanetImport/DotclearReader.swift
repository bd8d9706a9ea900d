import Foundation
import PlanetCore
import PlanetXML

/// Reads a Dotclear backup (a flat text file, often ISO-8859-1 or Windows-1252) into an `ImportedBlog`: the `blog`,
/// `category`, `post`, `meta` (tags) and `comment` tables. A post keeps Dotclear's own HTML (`post_content_xhtml`);
/// only when that is empty is its wiki source converted. `comment_email` and `comment_ip` are never read but to make
/// sure that no written file holds them, and to know a user's comments by their e-mail (compared, never kept).
public enum DotclearReader {
    public static func read(_ data: Data, path: String) -> ImportedBlog {
        var blog = ImportedBlog(engine: .dotclear, exportPath: path)
        let file = DotclearFlatFile(FeedEncoding.text(ofUndeclared: data))
        guard file.isDotclear else {
            blog.diagnostics.append(.error("not a Dotclear backup: its first line is not `///DOTCLEAR|…`", at: SourceLocation(path: path)))
            return blog
        }
        let home = file.tables["blog"]?.first
        blog.title = home?["blog_name"] ?? ""
        let blogURL = home?["blog_url"] ?? ""
        blog.homeURL = blogURL
        var categories: [String: String] = [:]
        for row in file.tables["category"] ?? [] {
            categories[row["cat_id"]] = row["cat_title"]
            blog.terms.append(ImportedTerm(kind: .category, name: row["cat_title"], slug: row["cat_url"]))
        }
        var tags: [String: [String]] = [:]
        for row in file.tables["meta"] ?? [] where row["meta_type"] == "tag" {
            tags[row["post_id"], default: []].append(row["meta_id"])
            if !blog.terms.contains(where: { $0.kind == .tag && $0.slug == row["meta_id"] }) {
                blog.terms.append(ImportedTerm(kind: .tag, name: row["meta_id"], slug: row["meta_id"]))
            }
        }
        var names: [String: Set<String>] = [:]
        for row in file.tables["user"] ?? [] {
            let full = [row["user_firstname"], row["user_name"]].filter { !$0.isEmpty }.joined(separator: " ")
            names[row["user_id"]] = Set([row["user_id"], row["user_displayname"], full].filter { !$0.isEmpty })
        }
        var comments: [String: [ImportedComment]] = [:]
        var usersByEmail: [String: String] = [:]
        for row in file.tables["user"] ?? [] {
            blog.privateValues.insert(row["user_email"])
            let email = row["user_email"].trimmed.lowercased()
            if !email.isEmpty, usersByEmail[email] == nil { usersByEmail[email] = row["user_id"] }
        }
        for row in file.tables["comment"] ?? [] {
            blog.privateValues.formUnion([row["comment_email"], row["comment_ip"]])
            let status: ImportedComment.Status = switch row["comment_status"] {
            case "1": .approved
            case "-2": .spam
            default: .pending
            }
            comments[row["post_id"], default: []].append(ImportedComment(
                id: row["comment_id"], authorName: row["comment_author"], authorURL: row["comment_site"],
                date: date(row["comment_dt"], zone: row["comment_tz"]) ?? Date(timeIntervalSince1970: 0), status: status,
                kind: row["comment_trackback"] == "1" ? .trackback : .comment, body: row["comment_content"],
                login: row["comment_trackback"] == "1" ? "" : usersByEmail[row["comment_email"].trimmed.lowercased()] ?? "", line: row.line))
        }
        for row in file.tables["post"] ?? [] {
            let id = row["post_id"]
            let status: ImportedItem.Status = switch row["post_status"] {
            case "1": .published
            case "-1": .future
            case "0", "-2": .draft
            default: .hidden
            }
            let kind: ImportedItem.Kind = row["post_type"] == "page" ? .page : .post
            let xhtml = row["post_content_xhtml"]
            let wiki = row["post_format"] == "wiki" && xhtml.isEmpty
            let category = categories[row["cat_id"]].map { [$0] } ?? []
            let user = row["user_id"]
            var postComments = comments[id] ?? []
            for index in postComments.indices where postComments[index].login.isEmpty && names[user]?.contains(postComments[index].authorName) == true {
                postComments[index].login = user
            }
            let excerpt = row["post_excerpt_xhtml"].isEmpty ? row["post_excerpt"] : row["post_excerpt_xhtml"]
            blog.items.append(ImportedItem(
                id: id, kind: kind, status: row["post_password"].isEmpty ? status : .hidden, title: row["post_title"],
                slug: (row["post_url"] as NSString).lastPathComponent, date: date(row["post_dt"], zone: row["post_tz"]),
                link: blogURL + (kind == .page ? "pages/" : "post/") + row["post_url"], login: user,
                tags: WordPressReader.unique(category + (tags[id] ?? [])), excerpt: excerpt,
                body: wiki ? row["post_content"] : xhtml.isEmpty ? row["post_content"] : xhtml, format: wiki ? .wiki : .html,
                comments: postComments, commentsOpen: row["post_open_comment"] != "0", line: row.line))
        }
        blog.privateValues.remove("")
        return blog
    }

    /// Dotclear's `2010-01-01 10:00:00`, a local time in the row's own time zone (`post_tz`, `comment_tz`; UTC when unknown).
    static func date(_ text: String, zone: String) -> Date? {
        WordPressReader.date(gmt: "", local: text, timeZone: TimeZone(identifier: zone) ?? TimeZone(identifier: "UTC")!)
    }
}
