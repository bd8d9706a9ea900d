/// A page of results: how many documents match in all (at most `SearchIndex.rankedLimit` and the title matches,
/// with `more` when others match too), and this page's.
public struct SearchResults: Sendable, Hashable {
    public var total: Int
    /// More documents match than `total`: only the newest matches were ranked.
    public var more: Bool
    public var hits: [SearchHit]

    public init(total: Int, more: Bool = false, hits: [SearchHit]) {
        self.total = total
        self.more = more
        self.hits = hits
    }
}

/// A matching document: its path (a comment's with its anchor), and a snippet of its text with the matched words marked.
public struct SearchHit: Sendable, Hashable {
    public var path: String
    public var snippet: [SnippetPart]
}
