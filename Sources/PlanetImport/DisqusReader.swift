import Foundation
import PlanetCore
import PlanetXML

/// Reads a Disqus export (Admin → Moderation → Export: `<disqus>` with its `<thread dsq:id>` elements, each a page's
/// `<link>`, then `<post>` elements naming their thread and, for a reply, their `<parent>`) into an `ImportedBlog`
/// whose items are the threads, each with its comments. `<isDeleted>` comments are trashed (left out), `<isSpam>`
/// ones spam. Authors' e-mail and IP addresses go only into `privateValues`, so that no written file holds them.
public enum DisqusReader {
    public static func read(_ data: Data, path: String) -> ImportedBlog {
        var blog = ImportedBlog(engine: .disqus, exportPath: path)
        guard case .success(let root) = XMLElementValue.parse(data), root.name == "disqus" else {
            blog.diagnostics.append(.error("not a Disqus export: no `disqus` root", at: SourceLocation(path: path)))
            return blog
        }
        var threads: [ImportedItem] = []
        var index: [String: Int] = [:]
        for thread in root.elements("thread") {
            let id = thread.attributes["id"]?.trimmed ?? ""
            guard !id.isEmpty, index[id] == nil else { continue }
            remember(thread, in: &blog)
            index[id] = threads.count
            threads.append(ImportedItem(
                id: id, title: thread.childText("title").trimmed, date: FeedDate.parse(thread.childText("createdAt")),
                link: thread.childText("link").trimmed, line: thread.line))
        }
        for post in root.elements("post") {
            remember(post, in: &blog)
            let id = post.attributes["id"]?.trimmed ?? ""
            let threadID = post.elements("thread").first?.attributes["id"]?.trimmed ?? ""
            guard let position = index[threadID] else {
                blog.diagnostics.append(.warning("comment \(id) is in no thread of the export; left out", at: SourceLocation(path: path, line: post.line)))
                continue
            }
            let status: ImportedComment.Status = post.childText("isDeleted").trimmed == "true" ? .trash
                : post.childText("isSpam").trimmed == "true" ? .spam : .approved
            let author = post.elements("author").first
            let anonymous = author?.childText("isAnonymous").trimmed == "true"
            threads[position].comments.append(ImportedComment(
                id: id, parentID: post.elements("parent").first?.attributes["id"]?.trimmed ?? "",
                authorName: author?.childText("name").trimmed ?? "", date: FeedDate.parse(post.childText("createdAt")) ?? Date(timeIntervalSince1970: 0),
                status: status, body: post.childText("message"), login: anonymous ? "" : author?.childText("username").trimmed ?? "",
                line: post.line))
        }
        blog.items = threads
        blog.privateValues.remove("")
        return blog
    }

    /// Keeps the element's author's e-mail and its IP address aside, never to be written.
    private static func remember(_ element: XMLElementValue, in blog: inout ImportedBlog) {
        blog.privateValues.insert(element.elements("author").first?.childText("email").trimmed ?? "")
        blog.privateValues.insert(element.childText("ipAddress").trimmed)
    }
}
