import Foundation
import PlanetCore
import PlanetTemplate

/// Builds the values that templates receive (see themes/default/README.md for the contract).
/// Built once per site; the summaries of posts are shared by every list that shows them.
struct ContextBuilder: Sendable {
    let site: Site
    let strings: InterfaceStrings
    let dates: DateDisplay
    /// For pages served from another origin than `base_url` (the intake's answer pages): their links are absolute,
    /// their CSP lets the site's assets load, and search engines leave them out.
    let offSite: Bool
    /// What every link starts with: `base_url`'s path, or all of `base_url` off the site.
    private let linkPrefix: String
    /// The summaries of `site.posts`, by index.
    private(set) var postSummaries: [PostSummary] = []
    /// The summaries with `item_html`, as lists show them, by index (see `setItemHTML`).
    private(set) var listedPosts: [Shared<PostSummary>] = []
    /// The interface strings, `t` on every page.
    let sharedStrings: Shared<[String: String]>
    /// The `author:` line's value of a comment file proposed by pull request: the name placeholder as a YAML
    /// scalar, made once (it is on every post page and under every comment).
    let commentFileAuthor: String
    /// The grouping keys of each post's tags and hashtags, by post index.
    private let topicKeys: [TopicKeys]
    private var authorSummaries: [String: AuthorSummary] = [:]

    /// A post's tags and hashtags, by grouping key.
    private struct TopicKeys: Sendable {
        var tags: Set<String>
        var hashtags: Set<String>
    }

    init(site: Site, strings: InterfaceStrings, offSite: Bool = false) {
        self.site = site
        self.strings = strings
        self.offSite = offSite
        self.linkPrefix = offSite ? site.config.baseURL : site.config.basePath
        self.dates = DateDisplay(language: site.config.language, timeZone: site.config.timeZone)
        self.sharedStrings = Shared(strings.values)
        self.commentFileAuthor = CommentFormValues.yamlScalar(strings["comment_pr_name_placeholder"])
        self.topicKeys = site.posts.map { TopicKeys(tags: Set($0.tags.map(Slug.groupingKey)), hashtags: Set($0.hashtags.map(Slug.groupingKey))) }
        for author in site.authors {
            authorSummaries[author.id] = makeAuthorSummary(author)
        }
        let builder = self
        postSummaries = site.posts.parallelMap { builder.makePostSummary($0) }
    }

    func link(_ path: String) -> String { linkPrefix + path }

    /// The author summary of a member; an unknown id gives one with the id as its name.
    func authorSummary(_ id: String) -> AuthorSummary {
        authorSummaries[id] ?? AuthorSummary(id: id, name: id, url: link("/\(id)/"), avatarURL: "", initials: Self.initials(of: id))
    }

    private func makeAuthorSummary(_ author: Author) -> AuthorSummary {
        AuthorSummary(
            id: author.id, name: author.name, url: link("/\(author.id)/"),
            avatarURL: author.avatarFile.map { link("/\(author.id)/\($0)") } ?? "", initials: Self.initials(of: author.name))
    }

    /// A member's page as its page shows it: a post summary without date or tags.
    func memberPageSummary(_ page: Post) -> PostSummary {
        var summary = makePostSummary(page)
        summary.dateISO = ""
        summary.dateDisplay = ""
        summary.tags = []
        summary.isPage = true
        return summary
    }

    private func makePostSummary(_ post: Post) -> PostSummary {
        let commentCount = site.commentsByPost[post.path]?.count ?? 0
        return PostSummary(
            title: post.title, url: link(post.path), dateISO: RFC3339.string(post.date), dateDisplay: dates.date(post.date),
            summary: post.summary,
            tags: post.tags.compactMap { name in site.tag(named: name).map { TagLink(name: $0.name, url: link($0.path)) } },
            commentCount: commentCount, hasComments: commentCount > 0,
            invitesComments: commentCount == 0 && post.commentsOpen && post.origin == nil,
            commentLabel: strings.plural("comments", count: commentCount), commentsURL: link(post.path) + "#comments",
            author: authorSummary(post.authorID),
            origin: post.origin.map {
                OriginLink(name: $0.blogName, url: $0.entryURL.isEmpty ? $0.blogURL : $0.entryURL, blogURL: $0.blogURL)
            })
    }

    /// Members ranked by how often they appear in `ids` (then by name), as author summaries with a count.
    func rankedMembers(_ ids: [String]) -> [AuthorSummary] {
        var counts: [String: Int] = [:]
        for id in ids { counts[id, default: 0] += 1 }
        return counts.sorted { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            return codePointOrder(authorSummaries[lhs.key]?.name ?? lhs.key, authorSummaries[rhs.key]?.name ?? rhs.key)
        }
        .compactMap { id, count in
            guard var summary = authorSummaries[id] else { return nil }
            summary.count = count
            return summary
        }
    }

    /// The tags and hashtags used most often on `postIndices`, leaving out `excluding` (a tag's own key);
    /// at most `limit`, ties by name.
    func mostUsedTopics(on postIndices: [Int], excluding: String? = nil, limit: Int = 12) -> (tags: [TopicCount], hashtags: [TopicCount]) {
        var tagCounts: [String: Int] = [:]
        var hashtagCounts: [String: Int] = [:]
        for index in postIndices {
            for key in topicKeys[index].tags where key != excluding { tagCounts[key, default: 0] += 1 }
            for key in topicKeys[index].hashtags { hashtagCounts[key, default: 0] += 1 }
        }
        func ranked(_ counts: [String: Int], _ lookup: (String) -> Tag?) -> [TopicCount] {
            counts.sorted { $0.value != $1.value ? $0.value > $1.value : codePointOrder($0.key, $1.key) }
                .prefix(limit)
                .compactMap { key, count in
                    lookup(key).map { TopicCount(name: $0.name, url: link($0.path), count: count, isHashtag: $0.section == "hashtags") }
                }
        }
        return (ranked(tagCounts, site.tag(named:)), ranked(hashtagCounts, site.hashtag(named:)))
    }

    /// The posts commented on most recently, for the home page.
    func latestConversations(limit: Int = 5) -> [Conversation] {
        let latest = site.commentsByPost.compactMap { path, comments -> (Post, Comment, Int)? in
            guard let post = site.commentable(at: path), let last = comments.max(by: { ($0.date, $0.id) < ($1.date, $1.id) }) else { return nil }
            return (post, last, comments.count)
        }
        return latest
            .sorted { $0.1.date != $1.1.date ? $0.1.date > $1.1.date : codePointOrder($0.0.path, $1.0.path) }
            .prefix(limit)
            .map { post, last, count in
                Conversation(
                    title: post.title, url: link(post.path) + "#comment-\(last.id)",
                    commentLabel: strings.plural("comments", count: count), lastAuthor: last.authorName,
                    dateISO: RFC3339.string(last.date), dateDisplay: dates.date(last.date))
            }
    }

    /// Up to two initials, skipping titles such as "Dr": "Dr Claire Martin" → "CM".
    static func initials(of name: String) -> String {
        let titles: Set<String> = ["dr", "dr.", "pr", "pr.", "me", "mme", "m.", "mr", "mrs", "ms"]
        let words = name.split(whereSeparator: { $0.isWhitespace || $0 == "-" })
            .filter { !titles.contains($0.lowercased()) }
        let letters = words.compactMap { $0.first(where: { $0.isLetter || $0.isNumber }) }
        let chosen = letters.count > 2 ? [letters[0], letters[letters.count - 1]] : letters
        let result = String(chosen).uppercased()
        return result.isEmpty ? "?" : result
    }

    /// Makes `listedPosts`: each summary with its rendered `post-item` partial as `item_html`.
    mutating func setItemHTML(_ html: [String]) {
        listedPosts = zip(postSummaries, html).map { summary, item in
            var listed = summary
            listed.itemHTML = item
            return Shared(listed)
        }
    }

    /// The values every page receives: `lang`, `t`, `site` and `page`. `navigation` is the navigation item whose
    /// page this is, `section` the one it is under.
    func base(path: String, heading: String, title: String? = nil, description: String, ogType: String = "website",
              ogImage: String? = nil, feeds: [TitledLink], navigation: PageMeta.Navigation? = nil,
              section: PageMeta.Navigation? = nil) -> CommonValues {
        let config = site.config
        return CommonValues(
            lang: config.language,
            t: sharedStrings,
            site: SiteValues(
                title: config.title, description: config.description, baseURL: config.baseURL, root: linkPrefix,
                feedURL: link("/atom.xml"),
                menu: site.pages.map { MenuItem(title: $0.title, url: link($0.path), current: $0.path == path) },
                formAction: CommentFormValues.formAction(config), webmentionURL: config.comments.webmentionURL ?? "",
                assetOrigin: offSite ? WebOrigin.of(config.baseURL) ?? "" : "", searchURL: config.searchURL,
                archivesURL: link(DateArchive.path)),
            page: PageMeta(
                title: title ?? (heading == config.title ? heading : "\(heading) · \(config.title)"), heading: heading,
                description: description.isEmpty ? config.description : description, urlAbs: config.absoluteURL(path),
                ogType: ogType, ogImageAbs: ogImage ?? "", feeds: feeds, navigation: navigation, section: section,
                noindex: offSite))
    }

    /// A feed for `page.feeds`: its title and site path.
    func feed(_ title: String, _ path: String) -> TitledLink {
        TitledLink(title: title, url: link(path))
    }

    /// The site feed's entry for `page.feeds`.
    var siteFeed: TitledLink {
        feed(strings["feed_site"], "/atom.xml")
    }

    /// Pagination values, or nil for a single page. `pagePath(n)` is the path of page `n` (1-based).
    func pagination(current: Int, total: Int, pagePath: (Int) -> String) -> Pagination? {
        guard total > 1 else { return nil }
        return Pagination(
            current: current, total: total,
            prevURL: current > 1 ? link(pagePath(current - 1)) : "",
            nextURL: current < total ? link(pagePath(current + 1)) : "",
            label: strings.format("page_of", ["current": strings.number(current), "total": strings.number(total)]))
    }
}
