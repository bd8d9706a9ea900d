/// `content_page`: a standalone page's title and content.
struct ContentPage: Encodable, Hashable, Sendable {
    var title: String
    var contentHTML: String
}
