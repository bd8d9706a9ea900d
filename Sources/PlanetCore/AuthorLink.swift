/// A link that a member lists on their profile (Mastodon, a clinic's page...).
public struct AuthorLink: Sendable, Hashable {
    public var title: String
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}
