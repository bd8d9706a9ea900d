/// `page`: a standalone page.
struct StandalonePage: Encodable, Hashable, Sendable {
    var contentPage: ContentPage
}
