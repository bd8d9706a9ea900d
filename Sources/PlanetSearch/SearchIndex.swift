import Foundation
import PlanetCore

/// The site's full-text index: an SQLite database of its posts (and comments, as an option), kept in step with the
/// site by `update`, which indexes again only the documents whose fingerprint changed. Two FTS5 tables with
/// `SearchTokenizer` read the texts that `documents` keeps: `search` (every text) and `heads` (titles, tags,
/// hashtags, names), which puts title matches first. Each document's row id grows with its date, so that the newest
/// matches are the first FTS5 reads. Safe to use from any thread.
public final class SearchIndex: @unchecked Sendable {
    /// The version of the index's layout and tokenizer: an index of another version is built again.
    static let version = "3"
    /// The most matches a search ranks: the newest that many (and the newest that many title matches).
    public static let rankedLimit = 1000

    let connection: SQLiteConnection
    let lock = NSLock()
    let languages = SearchLanguages()
    /// `PRAGMA data_version` when `languages.query` was read: another connection's change (a rebuild) changes it.
    var languagesVersion = -1
    /// Each document's row id, date and fingerprint, by path, as of `PRAGMA data_version` `knownVersion`.
    /// `stamp`: the `generation` of the last update that met the document.
    private var known: [String: (id: Int, date: Int, fingerprint: String, stamp: Int)] = [:]
    private var knownVersion = -1
    private var generation = 0

    /// Opens the index at `path` (`:memory:` for one in memory), creating it, or emptying it when it was made by
    /// another version. `bulk`: for an index built once and closed (no journal, no waiting for the disk).
    public init(path: String, bulk: Bool = false) throws {
        connection = try SQLiteConnection(path: path)
        try SearchTokenizer.register(on: connection, languages: languages)
        try connection.execute(bulk
            ? "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -200000"
            : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY")
        try connection.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        let made = try connection.prepare("SELECT value FROM meta WHERE key = 'made'")
        let stamp = try made.step() ? made.text(0) : ""
        made.reset()
        if stamp != Self.version {
            try connection.transaction {
                try connection.execute("DROP TABLE IF EXISTS search; DROP TABLE IF EXISTS heads; DROP TABLE IF EXISTS documents")
                try createTables()
                try connection.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('made', ?1)").bind([.text(Self.version)]).run()
            }
        }
    }

    private func createTables() throws {
        try connection.execute("""
            CREATE TABLE documents(
                id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL, language TEXT NOT NULL, date INTEGER NOT NULL,
                title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL, tags TEXT NOT NULL, hashtags TEXT NOT NULL,
                member TEXT NOT NULL, facets TEXT NOT NULL);
            CREATE INDEX documents_language ON documents(language);
            CREATE INDEX documents_date ON documents(date, id);
            CREATE INDEX documents_known ON documents(path, date, fingerprint);
            CREATE VIRTUAL TABLE search USING fts5(
                title, summary, body, tags, hashtags, member, facets, content = 'documents', content_rowid = 'id',
                tokenize = '\(SearchTokenizer.fts5Name)');
            CREATE VIRTUAL TABLE heads USING fts5(
                title, tags, hashtags, member, facets, content = 'documents', content_rowid = 'id',
                tokenize = '\(SearchTokenizer.fts5Name)');
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
            let counts: (indexed: Int, removed: Int)
            do { counts = try connection.transaction { () throws -> (indexed: Int, removed: Int) in
                let version = try dataVersion()
                if version != knownVersion {
                    known = [:]
                    let existing = try connection.prepare("SELECT path, id, date, fingerprint FROM documents INDEXED BY documents_known")
                    while try existing.step() { known[existing.text(0)] = (existing.integer(1), existing.integer(2), existing.text(3), 0) }
                    knownVersion = version
                }
                // One hash lookup per document: each known entry is stamped with this update's generation as its
                // document is met, and those left unstamped are the documents gone (no sets of 50,000 paths).
                generation &+= 1
                var changed: [SearchDocument] = []
                var added = Set<String>()
                var met = 0
                for document in documents {
                    guard let index = known.index(forKey: document.path) else {
                        if added.insert(document.path).inserted { changed.append(document) }
                        continue
                    }
                    guard known.values[index].stamp != generation else { continue }
                    known.values[index].stamp = generation
                    met += 1
                    if known.values[index].fingerprint != document.fingerprint { changed.append(document) }
                }
                var removed = 0
                if met < known.count {
                    for (path, entry) in known.filter({ $0.value.stamp != generation }) {
                        try remove(id: entry.id)
                        known[path] = nil
                        removed += 1
                    }
                }
                for document in changed.parallelMap({ Self.plain($0) }) {
                    var reused: Int?
                    if let old = known[document.path] {
                        try remove(id: old.id)
                        if old.date == document.date { reused = old.id }
                    }
                    let id = try insert(document, id: reused)
                    known[document.path] = (id, document.date, document.fingerprint, generation)
                }
                return (changed.count, removed)
            } } catch {
                knownVersion = -1  // rolled back: what `known` holds may be ahead of the file
                throw error
            }
            languagesVersion = -1
            return counts
        }
    }

    /// `document` with its text made plain (from `html`), as it is indexed.
    static func plain(_ document: SearchDocument) -> SearchDocument {
        var plain = document
        plain.body = document.text
        return plain
    }

    /// Merges the index's segments into one, for the fastest queries (after a bulk build).
    public func optimize() throws {
        try lock.withLock {
            try connection.execute("INSERT INTO search(search) VALUES ('optimize'); INSERT INTO heads(heads) VALUES ('optimize')")
        }
    }

    static let textColumns = "title, summary, body, tags, hashtags, member, facets"
    static let headColumns = "title, tags, hashtags, member, facets"

    private func remove(id: Int) throws {
        let old = try connection.statement("SELECT language FROM documents WHERE id = ?1").bind([.integer(id)])
        guard try old.step() else { return }
        languages.document = old.text(0)
        old.reset()
        try connection.statement("""
            INSERT INTO search(search, rowid, \(Self.textColumns)) SELECT 'delete', id, \(Self.textColumns) FROM documents WHERE id = ?1
            """).bind([.integer(id)]).run()
        try connection.statement("""
            INSERT INTO heads(heads, rowid, \(Self.headColumns)) SELECT 'delete', id, \(Self.headColumns) FROM documents WHERE id = ?1
            """).bind([.integer(id)]).run()
        try connection.statement("DELETE FROM documents WHERE id = ?1").bind([.integer(id)]).run()
    }

    /// Indexes `document` under `id`, or a new row id in date order; returns the id.
    private func insert(_ document: SearchDocument, id given: Int?) throws -> Int {
        let language = SearchLanguages.code(document.language)
        languages.document = language
        let id = try given ?? freeID(date: document.date)
        let text = document.text
        try connection.statement("""
            INSERT INTO documents(id, path, fingerprint, language, date, \(Self.textColumns))
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            """).bind([
                .integer(id), .text(document.path), .text(document.fingerprint), .text(language), .integer(document.date), .text(document.title),
                .text(Self.leads(document.summary, text) ? "" : document.summary), .text(text), .text(document.tags), .text(document.hashtags),
                .text(document.member), .text(document.facets),
            ]).run()
        try connection.statement("INSERT INTO search(rowid, \(Self.textColumns)) SELECT id, \(Self.textColumns) FROM documents WHERE id = ?1")
            .bind([.integer(id)]).run()
        try connection.statement("INSERT INTO heads(rowid, \(Self.headColumns)) SELECT id, \(Self.headColumns) FROM documents WHERE id = ?1")
            .bind([.integer(id)]).run()
        return id
    }

    /// Whether `summary` is the start of `text` (a summary made of the first paragraph), spaces and the kind of
    /// apostrophe apart: it is then not indexed twice.
    static func leads(_ summary: String, _ text: String) -> Bool {
        func letters<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> [Unicode.Scalar] {
            scalars.filter { !$0.properties.isWhitespace && $0 != "\u{2026}" }.map { $0 == "\u{2019}" ? "'" : $0 }
        }
        let wanted = letters(summary.unicodeScalars)
        guard !wanted.isEmpty else { return true }
        return letters(text.unicodeScalars.prefix(summary.unicodeScalars.count * 2 + 16)).starts(with: wanted)
    }

    /// A row id in date order, dense enough for FTS5's deltas to take one byte: between the ids of the documents
    /// just before and just after `date` (8 apart when built from scratch), else (no room, or the newest) 8 after the last.
    private func freeID(date: Int) throws -> Int {
        let before = try connection.statement("SELECT id FROM documents WHERE date <= ?1 ORDER BY date DESC, id DESC LIMIT 1").bind([.integer(date)])
        let low = try before.step() ? before.integer(0) : 0
        before.reset()
        let after = try connection.statement("SELECT id FROM documents WHERE date > ?1 ORDER BY date, id LIMIT 1").bind([.integer(date)])
        let high = try after.step() ? after.integer(0) : 0
        after.reset()
        if high > low + 1 {
            let middle = low + (high - low) / 2
            let taken = try connection.statement("SELECT 1 FROM documents WHERE id = ?1").bind([.integer(middle)])
            defer { taken.reset() }
            if try !taken.step() { return middle }
        }
        let last = try connection.statement("SELECT max(id) FROM documents")
        let maximum = try last.step() ? last.integer(0) : 0
        last.reset()
        return maximum + 8
    }

    func dataVersion() throws -> Int {
        let version = try connection.statement("PRAGMA data_version")
        defer { version.reset() }
        return try version.step() ? version.integer(0) : 0
    }

    /// The bytes the full-text index takes (FTS5's tables), and those of the whole database file.
    public func sizes() throws -> (index: Int, total: Int) {
        try lock.withLock {
            let statement = try connection.prepare("""
                SELECT coalesce(sum(CASE WHEN name LIKE 'search%' OR name LIKE 'heads%' THEN pgsize END), 0), sum(pgsize) FROM dbstat
                """)
            _ = try statement.step()
            return (statement.integer(0), statement.integer(1))
        }
    }
}
