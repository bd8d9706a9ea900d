/// One feed to write: the posts of a page, newest first.
struct FeedSpec: Sendable {
    var title: String
    var pagePath: String
    var postIndices: [Int]
    var fingerprint: UInt64 = 0

    /// The feed's own path: `/alice/atom.xml`.
    var path: String { pagePath + "atom.xml" }
    var outputPath: String { String(path.dropFirst()) }
}
