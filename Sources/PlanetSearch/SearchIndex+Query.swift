extension SearchIndex {
    /// The weights of `search`'s columns in bm25 (title, summary, text, tags, hashtags, names, facets).
    static let searchWeights = "10.0, 4.0, 1.0, 6.0, 6.0, 3.0, 0.0"
    /// The weights of `heads`'s columns (title, tags, hashtags, names, facets).
    static let headWeights = "10.0, 6.0, 6.0, 3.0, 0.0"

    /// The FTS5 expression of `query` (under the lock): each term or phrase that holds a word, as a quoted string (quotes doubled),
    /// all required; nil when none holds a word.
    func matchExpression(_ query: SearchQuery) -> String? {
        let tokenizer = SearchTokenizer(languages: languages)
        let strings = query.parts.filter { !tokenizer.tokens(of: $0, purpose: .query).isEmpty }.map(Self.quoted)
        return strings.isEmpty ? nil : strings.joined(separator: " ")
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The documents that match `query` and `filter`, the `page`'s (from 1) `perPage` of them, with their count.
    /// Title matches (in titles, tags, hashtags or names) come first, then the others; each group by bm25, then
    /// newest first. When more than `rankedLimit` documents match, the newest `rankedLimit` of them are ranked
    /// (with the newest `rankedLimit` title matches), and `more` says that others match too: FTS5 then reads a
    /// bounded part of the index, whatever the words.
    public func search(_ query: SearchQuery, filter: SearchFilter = SearchFilter(), page: Int = 1, perPage: Int = 10) throws -> SearchResults {
        let facets = SearchDocument.facetTerms(memberID: filter.memberID, tagKeys: [filter.tagKey], year: filter.year)
            .map { Self.quoted(String(SearchTokenizer.facetMark) + $0) }
        return try lock.withLock {
            try refreshQueryLanguages()
            guard let words = matchExpression(query) else { return SearchResults(total: 0, hits: []) }
            let expression = ([words] + facets).joined(separator: " ")
            let titled = try ranked("heads", weights: Self.headWeights, expression, limit: Self.rankedLimit)
            let matched = try ranked("search", weights: Self.searchWeights, expression, limit: Self.rankedLimit + 1)
            let titledIDs = Set(titled.map(\.id))
            let order = titled.sorted(by: Self.better).map(\.id)
                + matched.prefix(Self.rankedLimit).filter { !titledIDs.contains($0.id) }.sorted(by: Self.better).map(\.id)
            let size = max(0, perPage), start = max(0, page - 1) * size
            guard start < order.count else { return SearchResults(total: order.count, more: matched.count > Self.rankedLimit, hits: []) }
            let hits = try order[start..<min(order.count, start + size)].map { try hit(id: $0, expression) }
            return SearchResults(total: order.count, more: matched.count > Self.rankedLimit, hits: hits)
        }
    }

    private static func better(_ one: (id: Int, score: Double), _ other: (id: Int, score: Double)) -> Bool {
        one.score != other.score ? one.score < other.score : one.id > other.id
    }

    /// The newest `limit` matches of `expression` in `table`, with their bm25 scores (lower is better).
    private func ranked(_ table: String, weights: String, _ expression: String, limit: Int) throws -> [(id: Int, score: Double)] {
        let statement = try connection.statement("""
            SELECT rowid, bm25(\(table), \(weights)) FROM \(table) WHERE \(table) MATCH ?1 ORDER BY rowid DESC LIMIT ?2
            """).bind([.text(expression), .integer(limit)])
        var rows: [(id: Int, score: Double)] = []
        while try statement.step() { rows.append((statement.integer(0), statement.double(1))) }
        return rows
    }

    /// A result: its path, and the snippet of its text (else of its summary) that marks the matched words; else its
    /// summary, else the start of its text (where a summary made of the first paragraph is).
    private func hit(id: Int, _ expression: String) throws -> SearchHit {
        let statement = try connection.statement("""
            SELECT snippet(search, 2, char(57344), char(57345), '…', 24), snippet(search, 1, char(57344), char(57345), '…', 24)
            FROM search WHERE search MATCH ?1 AND rowid = ?2
            """).bind([.text(expression), .integer(id)])
        let snippets = try statement.step() ? [statement.text(0), statement.text(1)] : []
        statement.reset()
        let document = try connection.statement("SELECT path, summary FROM documents WHERE id = ?1").bind([.integer(id)])
        guard try document.step() else { return SearchHit(path: "", snippet: []) }
        let path = document.text(0), summary = document.text(1)
        document.reset()
        let marked = snippets.first { $0.unicodeScalars.contains("\u{E000}") }
        return SearchHit(path: path, snippet: SnippetPart.parts(marked ?? (summary.isEmpty ? snippets.first ?? "" : summary)))
    }

    /// Reads the languages of the documents indexed, in which queries are stemmed, when the database changed.
    private func refreshQueryLanguages() throws {
        let current = try dataVersion()
        guard current != languagesVersion else { return }
        let distinct = try connection.statement("SELECT DISTINCT language FROM documents ORDER BY language")
        var found: [String] = []
        while try distinct.step() { found.append(distinct.text(0)) }
        languages.query = found
        languagesVersion = current
    }
}
