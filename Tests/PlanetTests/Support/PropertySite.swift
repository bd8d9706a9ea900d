import Foundation
import PlanetCore

/// A small site as values, for the randomized property test: `files` renders it to the files of a site
/// folder, and `edit` changes it at random (posts, members' pages, comments, members, tags and hashtags, `planet.yaml`,
/// theme overrides, static files, the outside-feed cache), sometimes into invalid input.
struct PropertySite {
    struct Post {
        var author: String
        var stem: String
        var title: String
        var date: String
        var tags: [String]
        var body: String
        var draft = false
        var commentsOff = false
        var bundle = false
        var broken = false

        var slug: String { String(stem.dropFirst(11)) }
        var path: String { "authors/\(author)/posts/\(stem)" + (bundle ? "/index.md" : ".md") }
    }

    struct Comment {
        var author: String
        var post: String
        var id: String
        var name: String
        var body: String
        var replyTo: String?

        var path: String { "comments/\(author)/\(post)/\(id).md" }
    }

    struct Member {
        var id: String
        var name: String
        var bio: String
        var hasFeed = false
    }

    static let feedURL = "https://blog.example.net/feed.xml"
    static let words = ["santé", "soin", "équipe", "garde", "Brest", "hôpital", "café", "nuit", "matin", "patient", "écoute"]
    static let tags = ["Santé", "santé", "Médecine générale", "Nuit", "Équipe", "garde"]
    static let hashtags = ["#santé", "#Santé", "#garde", "#nuitBlanche", "#équipe", "#café"]

    var title = "Planète Propriété"
    var perPage = 3
    var language = "fr"
    var configBroken = false
    var members: [Member] = [Member(id: "alice", name: "Alice Martin", bio: "Infirmière."), Member(id: "bob", name: "Bob Durand", bio: "Médecin.")]
    var posts: [Post] = []
    var comments: [Comment] = []
    /// Members' own pages (`authors/<id>/pages/...`), by path → text; a page may take a post's slug (an error).
    var memberPages: [String: String] = [:]
    var themeFiles: [String: String] = [:]
    var staticFiles: [String: String] = ["static/lisez-moi.txt": "Bonjour.\n"]
    var feedEntries: [FeedCacheEntry] = []
    var feedCacheWritten = false
    private var counter = 0

    init() {
        posts = [
            Post(author: "alice", stem: "2024-03-01-bonjour", title: "Bonjour", date: "2024-03-01", tags: ["Santé"], body: "Premier billet #santé."),
            Post(author: "bob", stem: "2024-04-02-garde", title: "Une garde", date: "2024-04-02 21:00", tags: ["Nuit", "garde"],
                 body: "La nuit fut longue ; #garde."),
        ]
        comments = [Comment(author: "alice", post: "bonjour", id: "2024-03-02T10-00-00-jeanne", name: "Jeanne", body: "Merci !")]
    }

    /// The files of the site folder, by path.
    var files: [String: Data] {
        var files: [String: String] = [:]
        files["planet.yaml"] = configBroken
            ? "title: [\(title)\nbase_url: https://planete.example.org\n"
            : "title: \"\(title)\"\nbase_url: https://planete.example.org/\nlanguage: \(language)\ntimezone: Europe/Paris\nper_page: \(perPage)\n"
        for member in members {
            var profile = "name: \"\(member.name)\"\nbio: \"\(member.bio)\"\n"
            if member.hasFeed { profile += "feeds:\n  - \(Self.feedURL)\n" }
            files["authors/\(member.id)/author.yaml"] = profile
        }
        for post in posts {
            var text = "---\ntitle: \"\(post.title)\"\ndate: \(post.date)\n"
            if !post.tags.isEmpty { text += "tags: [\(post.tags.map { "\"\($0)\"" }.joined(separator: ", "))]\n" }
            if post.draft { text += "draft: true\n" }
            if post.commentsOff { text += "comments: false\n" }
            if post.broken { text += "tags: [unclosed\n" }
            files[post.path] = text + "---\n" + post.body + "\n"
        }
        for comment in comments {
            var text = "---\nauthor: \(comment.name)\ndate: \(Self.commentDate(comment.id))\n"
            if let replyTo = comment.replyTo { text += "reply_to: \(replyTo)\n" }
            files[comment.path] = text + "---\n" + comment.body + "\n"
        }
        for (path, text) in memberPages { files[path] = text }
        for (path, text) in themeFiles { files[path] = text }
        for (path, text) in staticFiles { files[path] = text }
        var data = files.mapValues { Data($0.utf8) }
        if feedCacheWritten {
            let cache = FeedCache(
                url: Self.feedURL, title: "Le blog d'ailleurs", siteURL: "https://blog.example.net/",
                firstFetched: Date(timeIntervalSince1970: 1_700_000_000), entries: feedEntries)
            for member in members where member.hasFeed {
                data[".planet/feeds/\(member.id)/\(FeedSubscription(url: Self.feedURL).cacheName)"] = cache.encoded()
            }
        }
        return data
    }

    /// `2024-03-02T10-00-00-jeanne` → `2024-03-02T10:00:00+01:00`.
    static func commentDate(_ id: String) -> String {
        let stamp = Array(id.prefix(19))
        return String(stamp[0..<13]) + ":" + String(stamp[14..<16]) + ":" + String(stamp[17..<19]) + "+01:00"
    }

    private func hasComments(_ post: Post) -> Bool {
        comments.contains { $0.author == post.author && $0.post == post.slug }
    }

    private mutating func next() -> Int {
        counter += 1
        return counter
    }

    private func sentence(_ random: inout SeededGenerator) -> String {
        var words = (0..<Int.random(in: 2...7, using: &random)).map { _ in Self.words.randomElement(using: &random)! }
        if Bool.random(using: &random) { words.append(Self.hashtags.randomElement(using: &random)!) }
        return words.joined(separator: " ") + [".", " !", " ?", " ; fin."].randomElement(using: &random)!
    }

    private func date(_ random: inout SeededGenerator) -> String {
        let year = Int.random(in: 2023...2027, using: &random), month = Int.random(in: 1...12, using: &random)
        let day = Int.random(in: 1...28, using: &random)
        return String(format: "%04d-%02d-%02d", year, month, day) + (Bool.random(using: &random) ? " 08:30" : "")
    }

    /// Applies one random edit and says what it was. Invalid input (a YAML error, a broken template) is
    /// repaired at random later, so that most steps build.
    mutating func edit(_ random: inout SeededGenerator) -> String {
        var repaired = ""
        if Int.random(in: 0..<3, using: &random) == 0 {
            if configBroken { configBroken = false; repaired += "planet.yaml repaired; " }
            for index in posts.indices where posts[index].broken {
                posts[index].broken = false
                repaired += "\(posts[index].path) repaired; "
            }
            for (path, text) in themeFiles where text.hasPrefix("{{#unclosed}}") {
                themeFiles[path] = nil
                repaired += "\(path) removed; "
            }
        }
        return repaired + randomEdit(&random)
    }

    private mutating func randomEdit(_ random: inout SeededGenerator) -> String {
        let kinds = [
            "add post", "add post", "post body", "post title", "post date", "post tags", "draft", "comments off", "delete post",
            "rename post", "bundle", "broken post", "add comment", "add comment", "edit comment", "delete comment", "member",
            "add member", "remove member", "config", "config", "theme", "static", "feed cache", "member page", "member page",
        ]
        var kind = kinds.randomElement(using: &random)!
        if kind == "add post", posts.count >= 10 { kind = "delete post" }
        if kind == "add comment", comments.count >= 12 { kind = "delete comment" }
        if kind == "add member", members.count >= 4 { kind = "remove member" }
        let post = posts.indices.randomElement(using: &random)
        switch kind {
        case "add post":
            let author = members.randomElement(using: &random)?.id ?? "alice"
            let day = date(&random)
            let slug = "billet-\(next())"
            posts.append(Post(
                author: author, stem: String(day.prefix(10)) + "-" + slug, title: sentence(&random), date: day,
                tags: Array(Self.tags.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random))), body: sentence(&random)))
            return "\(kind) \(posts.last!.path)"
        case "post body" where post != nil:
            posts[post!].body += "\n\n" + sentence(&random)
        case "post title" where post != nil:
            posts[post!].title = sentence(&random)
        case "post date" where post != nil:
            posts[post!].date = date(&random)
        case "post tags" where post != nil:
            posts[post!].tags = Array(Self.tags.shuffled(using: &random).prefix(Int.random(in: 0...3, using: &random)))
        case "draft" where post != nil:
            posts[post!].draft.toggle()
        case "comments off" where post != nil && !hasComments(posts[post!]):
            posts[post!].commentsOff.toggle()
        case "delete post" where post != nil:
            let removed = posts.remove(at: post!)
            comments.removeAll { $0.author == removed.author && $0.post == removed.slug }
            return "\(kind) \(removed.path) and its comments"
        case "rename post" where post != nil:
            let old = posts[post!]
            posts[post!].stem = String(old.stem.prefix(11)) + "renomme-\(next())"
            for index in comments.indices where comments[index].author == old.author && comments[index].post == old.slug {
                comments[index].post = posts[post!].slug
            }
            return "\(kind) \(old.path) → \(posts[post!].path), with its comments"
        case "bundle" where post != nil:
            posts[post!].bundle.toggle()
        case "broken post" where post != nil:
            posts[post!].broken = Bool.random(using: &random)
        case "add comment" where post != nil && !posts[post!].commentsOff:
            let target = posts[post!]
            let existing = comments.filter { $0.author == target.author && $0.post == target.slug }
            let id = String(format: "2024-05-%02dT%02d-00-00-c%d", Int.random(in: 1...28, using: &random), Int.random(in: 0...23, using: &random), next())
            comments.append(Comment(
                author: target.author, post: target.slug, id: id, name: ["Jeanne", "Paul", "Zoé"].randomElement(using: &random)!,
                body: sentence(&random), replyTo: Bool.random(using: &random) ? existing.randomElement(using: &random)?.id : nil))
            return "\(kind) \(comments.last!.path)"
        case "edit comment" where !comments.isEmpty:
            let index = comments.indices.randomElement(using: &random)!
            comments[index].body = sentence(&random)
            return "\(kind) \(comments[index].path)"
        case "delete comment" where !comments.isEmpty:
            let removed = comments.remove(at: comments.indices.randomElement(using: &random)!)
            for index in comments.indices where comments[index].replyTo == removed.id { comments[index].replyTo = nil }
            return "\(kind) \(removed.path)"
        case "member" where !members.isEmpty:
            let index = members.indices.randomElement(using: &random)!
            if Bool.random(using: &random) { members[index].bio = sentence(&random) } else { members[index].hasFeed.toggle() }
            return "\(kind) \(members[index].id)"
        case "member page":
            let author = members.randomElement(using: &random)?.id ?? "alice"
            let slug = Bool.random(using: &random) ? "a-propos" : (posts.randomElement(using: &random)?.slug ?? "cabinet")
            let path = "authors/\(author)/pages/\(slug)" + (Bool.random(using: &random) ? ".md" : "/index.md")
            if memberPages[path] != nil, Bool.random(using: &random) {
                memberPages[path] = nil
                comments.removeAll { $0.author == author && $0.post == slug && !posts.contains { $0.author == author && $0.slug == slug } }
                return "remove member page \(path)"
            }
            memberPages[path] = "---\ntitle: \"\(sentence(&random))\"\n" + (Bool.random(using: &random) ? "draft: true\n" : "")
                + "---\n" + sentence(&random) + "\n"
            if !posts.contains(where: { $0.author == author && $0.slug == slug }), Bool.random(using: &random) {
                comments.append(Comment(author: author, post: slug, id: "2024-06-01T10-00-00-p\(next())", name: "Zoé", body: sentence(&random)))
            }
            return "member page \(path)"
        case "add member":
            members.append(Member(id: "membre\(next())", name: "Membre \(counter)", bio: sentence(&random)))
            return "\(kind) \(members.last!.id)"
        case "remove member" where members.count > 1:
            let removed = members.remove(at: members.indices.randomElement(using: &random)!)
            posts.removeAll { $0.author == removed.id }
            comments.removeAll { $0.author == removed.id }
            memberPages = memberPages.filter { !$0.key.hasPrefix("authors/\(removed.id)/") }
            return "\(kind) \(removed.id), with their posts"
        case "config":
            switch Int.random(in: 0..<5, using: &random) {
            case 0: title = "Planète " + Self.words.randomElement(using: &random)!
            case 1: perPage = Int.random(in: 1...4, using: &random)
            case 2: language = language == "fr" ? "en" : "fr"
            case 3: configBroken = Int.random(in: 0..<3, using: &random) == 0
            default: break
            }
            return "\(kind): title \(title), per_page \(perPage), language \(language), broken \(configBroken)"
        case "theme":
            let paths = ["themes/default/templates/page.mustache", "themes/default/templates/partials/footer.mustache",
                         "themes/default/static/css/extra.css"]
            let path = paths.randomElement(using: &random)!
            if themeFiles[path] != nil, Bool.random(using: &random) {
                themeFiles[path] = nil
            } else if path.hasSuffix(".css") {
                themeFiles[path] = "body { margin: \(next())px; }\n"
            } else {
                let original = (try? String(contentsOf: Fixtures.repository.appendingPathComponent(path), encoding: .utf8)) ?? ""
                themeFiles[path] = Int.random(in: 0..<8, using: &random) == 0 ? "{{#unclosed}}\n" : "<!-- v\(next()) -->\n" + original
            }
            return "\(kind) \(path)"
        case "static":
            let paths = ["static/lisez-moi.txt", "static/notes/lire.txt", "static/notes", "static/favicon.svg"]
            let path = paths.randomElement(using: &random)!
            if staticFiles[path] != nil, Bool.random(using: &random) {
                staticFiles[path] = nil
            } else {
                if path == "static/notes" { staticFiles["static/notes/lire.txt"] = nil }
                if path == "static/notes/lire.txt" { staticFiles["static/notes"] = nil }
                staticFiles[path] = "fichier \(next())\n"
            }
            return "\(kind) \(path)"
        case "feed cache":
            feedCacheWritten = true
            if members.allSatisfy({ !$0.hasFeed }), !members.isEmpty { members[0].hasFeed = true }
            if feedEntries.isEmpty || Bool.random(using: &random) {
                let number = next()
                let published = Date(timeIntervalSince1970: 1_710_000_000 + Double(Int.random(in: 0...80_000_000, using: &random)))
                feedEntries.append(FeedCacheEntry(
                    id: "urn:e\(number)", link: "https://blog.example.net/e\(number)", title: sentence(&random), published: published,
                    firstSeen: published, slug: "e\(number)", categories: [], contentHTML: "<p>\(sentence(&random))</p>"))
            } else {
                feedEntries[feedEntries.indices.randomElement(using: &random)!].title = sentence(&random)
            }
            return "\(kind): \(feedEntries.count) entries"
        default:
            return "nothing (\(kind) had no target)"
        }
        return "\(kind) \(posts[post!].path)"
    }
}
