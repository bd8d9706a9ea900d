import PlanetTemplate

/// `home`: the river, and on its first page the latest conversations and the latest weekly letter.
struct HomePage: Encodable, Hashable, Sendable {
    var posts: [Shared<PostSummary>]
    var conversations: [Conversation]
    /// The latest weekly letter, on the first page; nil when there is none.
    var letter: TitledLink? = nil
    /// The letters' index, or empty when there is no letter.
    var lettersURL = ""
    var pagination: Pagination?
}
