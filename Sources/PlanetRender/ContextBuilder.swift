import Foundation
import PlanetCore

/// Builds the values that templates receive (see themes/default/README.md for the contract).
/// Built once per site; the summaries of posts are shared by every list that shows them.
/// It is never mutated after `init`, so pages are rendered from it on several threads at once.
struct ContextBuilder: @unchecked Sendable {
    let site: Site
    let strings: InterfaceStrings
    let dates: DateDisplay
    /// Summary dictionaries of `site.posts`, by index.
    private(set) var postSummaries: [[String: Any]] = []
    /// The summaries with `item_html`, as lists show them, by index (see `setItemHTML`).
    private(set) var listedPosts: [SharedValues] = []
    /// The interface strings, `t` on every page.
    let sharedStrings: SharedValues
    /// The grouping keys of each post's tags and hashtags, by post index.
    private let topicKeys: [(tags: Set<String>, hashtags: Set<String>)]
    private var authorSummaries: [String: [String: Any]] = [:]
    /// The fingerprints of `authorSummaries`, by member id.
    private(set) var authorFingerprints: [String: UInt64] = [:]
    /// Of what `dates` depends on: the language and the time zone.
    let datesFingerprint: UInt64

    init(site: Site, strings: InterfaceStrings) {
        self.site = site
        self.strings = strings
        self.dates = DateDisplay(language: site.config.language, timeZone: site.config.timeZone)
        self.sharedStrings = SharedValues(strings.values)
        self.topicKeys = site.posts.map { (Set($0.tags.map(Slug.groupingKey)), Set($0.hashtags.map(Slug.groupingKey))) }
        var datesFingerprint = Fingerprint()
        datesFingerprint.combine(site.config.language)
        datesFingerprint.combine(site.config.timeZone.identifier)
        self.datesFingerprint = datesFingerprint.value
        for author in site.authors {
            let summary = makeAuthorSummary(author)
            authorSummaries[author.id] = summary
            var fingerprint = Fingerprint()
            ContextFingerprint.combine(summary, into: &fingerprint)
            authorFingerprints[author.id] = fingerprint.value
        }
        let builder = self
        postSummaries = site.posts.parallelMap { builder.makePostSummary($0) }
    }

    func link(_ path: String) -> String { site.config.link(path) }

    func authorSummary(_ id: String) -> [String: Any] {
        authorSummaries[id] ?? [:]
    }

    private func makeAuthorSummary(_ author: Author) -> [String: Any] {
        [
            "id": author.id,
            "name": author.name,
            "url": link("/\(author.id)/"),
            "avatar_url": author.avatarFile.map { link("/\(author.id)/\($0)") } ?? "",
            "initials": Self.initials(of: author.name),
        ]
    }

    private func makePostSummary(_ post: Post) -> [String: Any] {
        let commentCount = site.commentsByPost[post.path]?.count ?? 0
        return [
            "title": post.title,
            "url": link(post.path),
            "date_iso": RFC3339.string(post.date),
            "date_display": dates.date(post.date),
            "summary": post.summary,
            "tags": post.tags.compactMap { name -> [String: Any]? in
                site.tag(named: name).map { ["name": $0.name, "url": link($0.path)] }
            },
            "comment_count": commentCount,
            "has_comments": commentCount > 0,
            "invites_comments": commentCount == 0 && post.commentsOpen && post.origin == nil,
            "comment_label": strings.plural("comments", count: commentCount),
            "comments_url": link(post.path) + "#comments",
            "author": authorSummary(post.authorID),
        ].merging(post.origin.map(Self.originValues) ?? [:]) { current, _ in current }
    }

    /// `origin` of an outside entry's summary: `{name, url, blog_url}` (see the theme's README).
    static func originValues(_ origin: PostOrigin) -> [String: Any] {
        ["origin": ["name": origin.blogName, "url": origin.entryURL.isEmpty ? origin.blogURL : origin.entryURL, "blog_url": origin.blogURL]]
    }

    /// Members ranked by how often they appear in `ids` (then by name), as author summaries with a count.
    func rankedMembers(_ ids: [String]) -> [[String: Any]] {
        var counts: [String: Int] = [:]
        for id in ids { counts[id, default: 0] += 1 }
        return counts.sorted { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            return codePointOrder((authorSummaries[lhs.key]?["name"] as? String) ?? lhs.key, (authorSummaries[rhs.key]?["name"] as? String) ?? rhs.key)
        }
        .compactMap { id, count in
            guard var summary = authorSummaries[id] else { return nil }
            summary["count"] = count
            return summary
        }
    }

    /// The tags and hashtags used most often on `postIndices`, as `{name, url, count, is_hashtag}`,
    /// leaving out `excluding` (a tag's own key); at most `limit`, ties by name.
    func mostUsedTopics(on postIndices: [Int], excluding: String? = nil, limit: Int = 12) -> (tags: [[String: Any]], hashtags: [[String: Any]]) {
        var tagCounts: [String: Int] = [:]
        var hashtagCounts: [String: Int] = [:]
        for index in postIndices {
            for key in topicKeys[index].tags where key != excluding { tagCounts[key, default: 0] += 1 }
            for key in topicKeys[index].hashtags { hashtagCounts[key, default: 0] += 1 }
        }
        func ranked(_ counts: [String: Int], _ lookup: (String) -> Tag?) -> [[String: Any]] {
            counts.sorted { $0.value != $1.value ? $0.value > $1.value : codePointOrder($0.key, $1.key) }
                .prefix(limit)
                .compactMap { key, count in
                    lookup(key).map { ["name": $0.name, "url": link($0.path), "count": count, "is_hashtag": $0.section == "hashtags"] }
                }
        }
        return (ranked(tagCounts, site.tag(named:)), ranked(hashtagCounts, site.hashtag(named:)))
    }

    /// The posts commented on most recently, for the home page: `{title, url, comment_label, last_author,
    /// date_iso, date_display}`.
    func latestConversations(limit: Int = 5) -> [[String: Any]] {
        let latest = site.commentsByPost.compactMap { path, comments -> (Post, Comment, Int)? in
            guard let post = site.post(at: path), let last = comments.max(by: { ($0.date, $0.id) < ($1.date, $1.id) }) else { return nil }
            return (post, last, comments.count)
        }
        return latest
            .sorted { $0.1.date != $1.1.date ? $0.1.date > $1.1.date : codePointOrder($0.0.path, $1.0.path) }
            .prefix(limit)
            .map { post, last, count in
                [
                    "title": post.title, "url": link(post.path) + "#comment-\(last.id)",
                    "comment_label": strings.plural("comments", count: count), "last_author": last.authorName,
                    "date_iso": RFC3339.string(last.date), "date_display": dates.date(last.date),
                ]
            }
    }

    /// Up to two initials, skipping titles such as "Dr": "Dr Claire Martin" → "CM".
    static func initials(of name: String) -> String {
        let titles: Set<String> = ["dr", "dr.", "pr", "pr.", "me", "mme", "m.", "mr", "mrs", "ms"]
        let words = name.split(whereSeparator: { $0.isWhitespace || $0 == "-" })
            .filter { !titles.contains($0.lowercased()) }
        let letters = words.compactMap { $0.first(where: { $0.isLetter || $0.isNumber }) }
        let chosen = letters.count > 2 ? [letters.first!, letters.last!] : letters
        let result = String(chosen).uppercased()
        return result.isEmpty ? "?" : result
    }

    /// Makes `listedPosts`: each summary with its rendered `post-item` partial as `item_html`.
    mutating func setItemHTML(_ html: [String]) {
        listedPosts = zip(postSummaries, html).map { summary, item in
            var values = summary
            values["item_html"] = item
            return SharedValues(values)
        }
    }

    /// The values every page receives: `lang`, `t`, `site` and `page`.
    func base(path: String, heading: String, title: String? = nil, description: String, ogType: String = "website",
              ogImage: String? = nil, feeds: [(String, String)], navigation: String? = nil) -> [String: Any] {
        let menu: [[String: Any]] = site.pages.map {
            ["title": $0.title, "url": link($0.path), "current": $0.path == path]
        }
        var page: [String: Any] = [
            "title": title ?? (heading == site.config.title ? heading : "\(heading) · \(site.config.title)"),
            "heading": heading,
            "description": description.isEmpty ? site.config.description : description,
            "url_abs": site.config.absoluteURL(path),
            "og_type": ogType,
            "og_image_abs": ogImage ?? "",
            "feeds": feeds.map { ["title": $0.0, "url": link($0.1)] },
        ]
        if let navigation { page["nav_\(navigation)"] = true }
        return [
            "lang": site.config.language,
            "t": sharedStrings,
            "site": [
                "title": site.config.title,
                "description": site.config.description,
                "base_url": site.config.baseURL,
                "root": site.config.basePath,
                "feed_url": link("/atom.xml"),
                "menu": menu,
            ].merging(CommentFormValues.siteValues(site.config)) { current, _ in current } as [String: Any],
            "page": page,
        ]
    }

    /// The site feed's entry for `page.feeds`.
    var siteFeed: (String, String) {
        (strings["feed_site"], "/atom.xml")
    }

    /// Pagination values, or nil for a single page. `pagePath(n)` is the path of page `n` (1-based).
    func pagination(current: Int, total: Int, pagePath: (Int) -> String) -> [String: Any]? {
        guard total > 1 else { return nil }
        return [
            "current": current,
            "total": total,
            "prev_url": current > 1 ? link(pagePath(current - 1)) : "",
            "next_url": current < total ? link(pagePath(current + 1)) : "",
            "label": strings.format("page_of", ["current": strings.number(current), "total": strings.number(total)]),
        ]
    }
}
