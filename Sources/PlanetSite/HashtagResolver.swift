import PlanetCore

/// Gives the hashtag links of posts and comments their real addresses, and indexes comments by hashtag.
struct HashtagResolver: Sendable {
    private var paths: [String: String] = [:]
    private let config: SiteConfig

    init(hashtags: [Tag], config: SiteConfig) {
        self.config = config
        for hashtag in hashtags { paths[hashtag.key] = hashtag.path }
    }

    private func links(_ names: [String]) -> [String] {
        names.map { config.link(paths[Slug.groupingKey($0)] ?? "/hashtags/") }
    }

    func linked(_ post: Post) -> Post {
        var copy = post
        copy.contentHTML = HashtagLinks.resolve(post.contentHTML, links: links(post.hashtags))
        return copy
    }

    func linked(_ comment: Comment) -> Comment {
        var copy = comment
        copy.contentHTML = HashtagLinks.resolve(comment.contentHTML, links: links(comment.hashtags))
        return copy
    }

    /// The comments that use each hashtag, newest first (ties: by id).
    func commentsByHashtag(_ comments: [Comment]) -> [String: [Comment]] {
        var result: [String: [Comment]] = [:]
        for comment in comments {
            for key in Set(comment.hashtags.map(Slug.groupingKey)) { result[key, default: []].append(comment) }
        }
        return result.mapValues { list in
            list.sorted { $0.date != $1.date ? $0.date > $1.date : codePointOrder($0.id, $1.id) }
        }
    }
}
