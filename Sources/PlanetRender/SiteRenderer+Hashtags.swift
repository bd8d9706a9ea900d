import Foundation
import PlanetCore
import PlanetTemplate

extension SiteRenderer {
    /// `/hashtags/`: every hashtag with its count, by use, in five size classes for the cloud.
    func renderHashtagsIndex(_ context: ContextBuilder) -> OutputFile {
        let common = context.base(path: "/hashtags/", heading: strings["hashtags_title"], description: site.config.description,
                                  feeds: [context.siteFeed], navigation: .hashtags)
        let uses = site.hashtags.map { hashtagUses($0) }
        let most = uses.max() ?? 1
        let hashtags = zip(site.hashtags, uses)
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : codePointOrder($0.0.key, $1.0.key) }
            .map { hashtag, count in
                HashtagCount(name: hashtag.name, url: context.link(hashtag.path), count: count,
                             countLabel: strings.plural("mentions", count: count), size: Self.sizeClass(count, most: most))
            }
        return page("hashtags", path: "/hashtags/", common, HashtagsPage(hashtags: hashtags))
    }

    /// Posts and comments that use a hashtag.
    func hashtagUses(_ hashtag: Tag) -> Int {
        hashtag.postIndices.count + (site.commentsByHashtag[hashtag.key]?.count ?? 0)
    }

    /// 1 to 5, on a logarithmic scale of `count` against the most used hashtag's.
    static func sizeClass(_ count: Int, most: Int) -> Int {
        guard most > 1, count > 1 else { return 1 }
        return 1 + Int((4 * log(Double(count)) / log(Double(most))).rounded(.down))
    }

    /// `/hashtags/<slug>/`: its posts (paginated), the members who used it, and the comments that did.
    func renderHashtag(_ hashtag: Tag, _ context: ContextBuilder) -> [OutputFile] {
        let heading = "#" + hashtag.name
        let feed = context.feed(strings.format("feed_hashtag", ["name": hashtag.name]), "\(hashtag.path)atom.xml")
        let comments = site.commentsByHashtag[hashtag.key] ?? []
        let details = Shared(HashtagDetails(
            name: hashtag.name, url: context.link(hashtag.path), feedURL: feed.url,
            countLabel: strings.plural("mentions", count: hashtagUses(hashtag))))
        var memberIDs = hashtag.postIndices.map { site.posts[$0].authorID }
        memberIDs += comments.compactMap(\.memberID)
        let members = Shared(context.rankedMembers(memberIDs))
        let commentList = Shared(comments.compactMap { comment -> HashtagComment? in
            let postPath = "/\(comment.postAuthorID)/\(comment.postSlug)/"
            guard let post = site.commentable(at: postPath) else { return nil }
            return HashtagComment(
                authorName: comment.authorName, url: context.link(postPath) + "#comment-\(comment.id)", postTitle: post.title,
                dateISO: RFC3339.string(comment.date), dateDisplay: context.dates.date(comment.date))
        })
        let noComments = Shared([HashtagComment]())
        return paginated(hashtag.postIndices, base: hashtag.path, context: context) { path, posts, pagination in
            let common = context.base(path: path, heading: heading, description: heading, feeds: [feed, context.siteFeed],
                                      section: .hashtags)
            return page("hashtag", path: path, common, HashtagPage(
                hashtag: details, posts: posts, members: members, comments: path == hashtag.path ? commentList : noComments,
                pagination: pagination))
        }
    }
}
