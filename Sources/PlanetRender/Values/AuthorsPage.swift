import PlanetTemplate

/// `authors`: every member.
struct AuthorsPage: Encodable, Hashable, Sendable {
    var authors: [Merged<AuthorSummary, AuthorListing>]
}
