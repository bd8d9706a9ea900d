/// One comment feed to write: its entries newest first, already cut to `feed_entries`.
struct CommentFeedSpec: Sendable {
    /// A comment, as its post's index and its index in `site.commentsByPost[postPath]`.
    struct Entry: Sendable {
        var postIndex: Int
        var postPath: String
        var commentIndex: Int
        var fingerprint: UInt64
    }

    var title: String
    var path: String
    var pagePath: String
    var entries: [Entry]
    var fingerprint: UInt64

    init(title: String, path: String, pagePath: String, entries: [Entry], base: FeedFingerprints) {
        self.title = title
        self.path = path
        self.pagePath = pagePath
        self.entries = entries
        var postFingerprints: [UInt64] = []
        for entry in entries {
            postFingerprints.append(base.posts[entry.postIndex])
            postFingerprints.append(entry.fingerprint)
        }
        fingerprint = base.feed(title: title, path: path, entries: postFingerprints)
    }

    var outputPath: String { String(path.dropFirst()) }
}
