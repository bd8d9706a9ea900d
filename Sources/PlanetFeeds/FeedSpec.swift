/// One feed to write: the posts of a page, newest first.
struct FeedSpec: Sendable {
    var title: String
    var pagePath: String
    var postIndices: [Int]
}
