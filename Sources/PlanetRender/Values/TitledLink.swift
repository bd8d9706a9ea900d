/// `{title, url}`: a feed in `page.feeds`, a link of a member's profile.
struct TitledLink: Encodable, Hashable, Sendable {
    var title: String
    var url: String
}
