/// `search` on the intake's results page: the query, the form's address and filters, the count, the results with
/// their snippets, and, without results, what to try instead.
struct SearchPageValues: Encodable, Hashable, Sendable {
    var query: String
    var actionURL: String
    var member: String
    var tag: String
    var year: String
    var hasQuery: Bool
    var countLabel: String
    var results: [SearchResultValues]
    var noResults: Bool
    var filtered: Bool
    /// The same query without its filters, when it has some.
    var unfilteredURL: String
    var archivesURL: String
}

/// One result: the post's title, address, member and date, and its snippet.
struct SearchResultValues: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var author: AuthorSummary
    var dateISO: String
    var dateDisplay: String
    var snippet: [SnippetValues]
    /// For a comment: "Comment by Bob" (its author's name is then not the post's); empty for a post.
    var commentBy = ""
}

/// A piece of a snippet: `marked` for a matched word.
struct SnippetValues: Encodable, Hashable, Sendable {
    var text: String
    var marked: Bool
}

/// The values of the `search` template.
struct SearchPage: Encodable, Hashable, Sendable {
    var search: SearchPageValues
    var pagination: Pagination?
}
