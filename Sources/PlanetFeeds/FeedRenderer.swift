import PlanetCore

/// The XML half of the render stage: the site's Atom feeds and its sitemap.
public enum FeedRenderer {
    /// `/atom.xml`, `/<author>/atom.xml`, `/tags/<tag>/atom.xml`, `/hashtags/<hashtag>/atom.xml`,
    /// the comment feeds, `/sitemap.xml` and `/opml.xml`. A feed whose fingerprint is the one in
    /// `previousFingerprints` (by output path) is `.unchanged`. Feeds are rendered when the writer runs
    /// their jobs.
    public static func render(site: Site, previousFingerprints: [String: UInt64] = [:], toolIdentity: UInt64 = 0) -> OutputPlan {
        let config = site.config
        let prints = FeedFingerprints(site: site, toolIdentity: toolIdentity)
        let specs = feedSpecs(site: site).map { spec -> FeedSpec in
            var spec = spec
            spec.postIndices = Array(spec.postIndices.prefix(config.feedEntries))
            spec.fingerprint = prints.feed(title: spec.title, path: spec.path, entries: spec.postIndices.map { prints.posts[$0] })
            return spec
        }
        let comments = commentFeedSpecs(site: site, prints: prints)
        let changed = specs.filter { previousFingerprints[$0.outputPath] != $0.fingerprint }
        let content = FeedContent(site: site, posts: Set(changed.flatMap(\.postIndices)))
        @Sendable func unchanged(_ path: String, _ fingerprint: UInt64) -> OutputFile? {
            previousFingerprints[path] == fingerprint ? OutputFile(path: path, content: .unchanged, fingerprint: fingerprint) : nil
        }
        var jobs = specs.map { spec in
            OutputPlan.Job {
                if let file = unchanged(spec.outputPath, spec.fingerprint) { return [file] }
                let entries = spec.postIndices.map { (site.posts[$0], content.posts[$0]!) }
                return [OutputFile(path: spec.outputPath, text: AtomFeed.render(
                    site: site, title: spec.title, path: spec.path, pagePath: spec.pagePath, entries: entries), fingerprint: spec.fingerprint)]
            }
        }
        jobs += comments.map { spec in
            OutputPlan.Job {
                if let file = unchanged(spec.outputPath, spec.fingerprint) { return [file] }
                let entries = spec.entries.map { entry in
                    let post = site.posts[entry.postIndex]
                    let comment = site.commentsByPost[entry.postPath]![entry.commentIndex]
                    return CommentFeed.Entry(
                        comment: comment, post: post, html: FeedContent.comment(comment, postPath: entry.postPath, config: config))
                }
                return [OutputFile(path: spec.outputPath, text: CommentFeed.render(
                    site: site, title: spec.title, path: spec.path, pagePath: spec.pagePath, entries: entries), fingerprint: spec.fingerprint)]
            }
        }
        jobs.append(OutputPlan.Job { [OutputFile(path: "sitemap.xml", text: Sitemap.render(site: site))] })
        jobs.append(OutputPlan.Job { [OutputFile(path: "opml.xml", text: OPML.render(site: site))] })
        return OutputPlan(jobs: jobs)
    }

    /// The post feeds: the site's, each member's, each tag's and each hashtag's.
    static func feedSpecs(site: Site) -> [FeedSpec] {
        let title = site.config.title
        var feeds = [FeedSpec(title: title, pagePath: "/", postIndices: site.river)]
        feeds += site.authors.map {
            FeedSpec(title: "\($0.name) · \(title)", pagePath: "/\($0.id)/", postIndices: site.postsByAuthor[$0.id] ?? [])
        }
        feeds += site.tags.map { FeedSpec(title: "\($0.name) · \(title)", pagePath: $0.path, postIndices: $0.postIndices) }
        feeds += site.hashtags.map { FeedSpec(title: "#\($0.name) · \(title)", pagePath: $0.path, postIndices: $0.postIndices) }
        return feeds
    }

    /// `/<author>/<slug>/comments.xml` for every post open to comments, and `/comments.xml`: newest
    /// first, cut to `feed_entries`.
    static func commentFeedSpecs(site: Site, prints: FeedFingerprints) -> [CommentFeedSpec] {
        let title = site.config.title
        let limit = site.config.feedEntries
        var all: [CommentFeedSpec.Entry] = []
        var specs: [CommentFeedSpec] = []
        for (postIndex, post) in site.posts.enumerated() {
            let comments = site.commentsByPost[post.path] ?? []
            let entries = comments.indices.map {
                CommentFeedSpec.Entry(postIndex: postIndex, postPath: post.path, commentIndex: $0, fingerprint: prints.comments[post.path]![$0])
            }
            all += entries
            guard post.commentsOpen else { continue }
            specs.append(CommentFeedSpec(
                title: "\(post.title) · \(title)", path: post.path + "comments.xml", pagePath: post.path,
                entries: Array(entries.reversed().prefix(limit)), base: prints))
        }
        let newest = all.map { entry in
            let comment = site.commentsByPost[entry.postPath]![entry.commentIndex]
            return (entry: entry, date: comment.date, key: entry.postPath + comment.id)
        }
        .sorted { $0.date != $1.date ? $0.date > $1.date : codePointOrder($0.key, $1.key) }
        .prefix(limit)
        .map(\.entry)
        specs.append(CommentFeedSpec(title: title, path: "/comments.xml", pagePath: "/", entries: newest, base: prints))
        return specs
    }
}
