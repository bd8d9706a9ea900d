/// A page of results: how many documents match in all, and this page's.
public struct SearchResults: Sendable, Hashable {
    public var total: Int
    public var hits: [SearchHit]
}

/// A matching document: its path, and a snippet of its text with the matched words marked.
public struct SearchHit: Sendable, Hashable {
    public var path: String
    public var snippet: [SnippetPart]
}
