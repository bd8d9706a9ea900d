import Foundation

/// The site's full-text index: an SQLite database (FTS5, with `SearchTokenizer`) of its posts, kept in step with the
/// site by `update`, which indexes again only the documents whose fingerprint changed. Safe to use from any thread.
public final class SearchIndex: @unchecked Sendable {
    /// The version of the index's layout and tokenizer: an index of another version is built again.
    static let version = "1"

    private let connection: SQLiteConnection
    private let lock = NSLock()
    private let tokenizer: SearchTokenizer
    public let language: String

    /// Opens the index at `path` (`:memory:` for one in memory), creating it, or emptying it when it was made for
    /// another language or version.
    public init(path: String, language: String) throws {
        connection = try SQLiteConnection(path: path)
        self.language = language
        tokenizer = SearchTokenizer(language: language)
        try SearchTokenizer.register(on: connection)
        try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY")
        try connection.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        let made = try connection.prepare("SELECT value FROM meta WHERE key = 'made'")
        let stamp = "\(Self.version) \(language)"
        if try !made.step() || made.text(0) != stamp {
            try connection.transaction {
                try connection.execute("DROP TABLE IF EXISTS search; DROP TABLE IF EXISTS documents")
                try createTables()
                try connection.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('made', ?1)").bind([.text(stamp)]).run()
            }
        }
    }

    private func createTables() throws {
        let quotedLanguage = language.filter { $0.isLetter || $0 == "-" }
        try connection.execute("""
            CREATE TABLE documents(
                id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL, member_id TEXT NOT NULL,
                year INTEGER NOT NULL, date INTEGER NOT NULL, tag_keys TEXT NOT NULL,
                title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL, tags TEXT NOT NULL, hashtags TEXT NOT NULL,
                member TEXT NOT NULL);
            CREATE VIRTUAL TABLE search USING fts5(
                title, summary, body, tags, hashtags, member, content = 'documents', content_rowid = 'id',
                tokenize = '\(SearchTokenizer.fts5Name) \(quotedLanguage.isEmpty ? "none" : quotedLanguage)');
            """)
    }

    /// How many documents the index holds.
    public var count: Int {
        lock.withLock {
            guard let statement = try? connection.prepare("SELECT count(*) FROM documents"), (try? statement.step()) == true else { return 0 }
            return statement.integer(0)
        }
    }

    /// Makes the index hold exactly `documents`: removes the documents gone, indexes the new and the changed ones
    /// (by fingerprint). Returns how many were indexed and removed.
    @discardableResult
    public func update(_ documents: [SearchDocument]) throws -> (indexed: Int, removed: Int) {
        try lock.withLock {
            try connection.transaction {
                var known: [String: (id: Int, fingerprint: String)] = [:]
                let existing = try connection.prepare("SELECT path, id, fingerprint FROM documents")
                while try existing.step() { known[existing.text(0)] = (existing.integer(1), existing.text(2)) }
                let wanted = Set(documents.map(\.path))
                var removed = 0
                for (path, entry) in known where !wanted.contains(path) {
                    try remove(id: entry.id)
                    removed += 1
                }
                var indexed = 0
                var seen = Set<String>()
                for document in documents where seen.insert(document.path).inserted && known[document.path]?.fingerprint != document.fingerprint {
                    if let old = known[document.path] { try remove(id: old.id) }
                    try insert(document)
                    indexed += 1
                }
                return (indexed, removed)
            }
        }
    }

    /// Empties the index and indexes `documents` again.
    public func rebuild(_ documents: [SearchDocument]) throws {
        try lock.withLock {
            try connection.transaction {
                try connection.execute("DELETE FROM documents; INSERT INTO search(search) VALUES ('delete-all')")
            }
        }
        try update(documents)
        try lock.withLock { try connection.execute("INSERT INTO search(search) VALUES ('optimize'); VACUUM") }
    }

    private func remove(id: Int) throws {
        try connection.prepare("""
            INSERT INTO search(search, rowid, title, summary, body, tags, hashtags, member)
            SELECT 'delete', id, title, summary, body, tags, hashtags, member FROM documents WHERE id = ?1
            """).bind([.integer(id)]).run()
        try connection.prepare("DELETE FROM documents WHERE id = ?1").bind([.integer(id)]).run()
    }

    private func insert(_ document: SearchDocument) throws {
        try connection.prepare("""
            INSERT INTO documents(path, fingerprint, member_id, year, date, tag_keys, title, summary, body, tags, hashtags, member)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            """).bind([
                .text(document.path), .text(document.fingerprint), .text(document.memberID), .integer(document.year), .integer(document.date),
                .text("|" + document.tagKeys.joined(separator: "|") + "|"), .text(document.title), .text(document.summary),
                .text(document.body), .text(document.tags), .text(document.hashtags), .text(document.member),
            ]).run()
        try connection.execute("""
            INSERT INTO search(rowid, title, summary, body, tags, hashtags, member)
            SELECT id, title, summary, body, tags, hashtags, member FROM documents WHERE id = last_insert_rowid()
            """)
    }

    /// The FTS5 expression of `query`: each term or phrase that holds a word, as a quoted string (quotes doubled),
    /// all required; nil when none holds a word.
    func matchExpression(_ query: SearchQuery) -> String? {
        let strings = query.parts.filter { !tokenizer.tokens(of: $0, forQuery: true).isEmpty }
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return strings.isEmpty ? nil : strings.joined(separator: " ")
    }

    /// The documents that match `query` and `filter`, best first (a match in the title before one in the text), the
    /// `page`'s (from 1) `perPage` of them, with the total count.
    public func search(_ query: SearchQuery, filter: SearchFilter = SearchFilter(), page: Int = 1, perPage: Int = 10) throws -> SearchResults {
        guard let expression = matchExpression(query) else { return SearchResults(total: 0, hits: []) }
        let conditions = "search MATCH ?1 AND (?2 = '' OR d.member_id = ?2) AND (?3 = 0 OR d.year = ?3) AND (?4 = '' OR instr(d.tag_keys, ?4) > 0)"
        let values: [SQLiteValue] = [
            .text(expression), .text(filter.memberID), .integer(filter.year), .text(filter.tagKey.isEmpty ? "" : "|\(filter.tagKey)|"),
        ]
        return try lock.withLock {
            let counting = try connection.prepare("SELECT count(*) FROM search JOIN documents d ON d.id = search.rowid WHERE \(conditions)")
                .bind(values)
            let total = try counting.step() ? counting.integer(0) : 0
            let rows = try connection.prepare("""
                SELECT d.path, snippet(search, -1, char(57344), char(57345), '…', 24), d.summary
                FROM search JOIN documents d ON d.id = search.rowid WHERE \(conditions)
                ORDER BY bm25(search, 10.0, 4.0, 1.0, 6.0, 6.0, 3.0), d.date DESC, d.path LIMIT ?5 OFFSET ?6
                """).bind(values + [.integer(perPage), .integer(max(0, page - 1) * perPage)])
            var hits: [SearchHit] = []
            while try rows.step() {
                hits.append(SearchHit(path: rows.text(0), snippet: SnippetPart.parts(rows.text(1), fallback: rows.text(2))))
            }
            return SearchResults(total: total, hits: hits)
        }
    }

    /// The bytes the full-text index takes (FTS5's tables), and those of the whole database file.
    public func sizes() throws -> (index: Int, total: Int) {
        try lock.withLock {
            let statement = try connection.prepare("SELECT coalesce(sum(CASE WHEN name LIKE 'search%' THEN pgsize END), 0), sum(pgsize) FROM dbstat")
            _ = try statement.step()
            return (statement.integer(0), statement.integer(1))
        }
    }
}
