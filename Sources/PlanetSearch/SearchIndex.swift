import Foundation
import PlanetCore

/// The site's full-text index: an SQLite database of its posts (and comments, as an option), kept in step with the
/// site by `update`, which indexes again only the documents whose fingerprint changed. Two FTS5 tables with
/// `SearchTokenizer` read the texts that `documents` keeps: `search` (every text) and `heads` (titles, tags,
/// hashtags, names), which puts title matches first. Each document's row id grows with its date, so that the newest
/// matches are the first FTS5 reads. Safe to use from any thread.
public final class SearchIndex: @unchecked Sendable {
    /// The version of the index's layout and tokenizer: an index of another version is built again.
    static let version = "4"
    /// The most matches a search ranks: the newest that many (and the newest that many title matches).
    public static let rankedLimit = 1000

    let connection: SQLiteConnection
    let lock = NSLock()
    let languages = SearchLanguages()
    /// `PRAGMA data_version` when `languages.query` was read: another connection's change (a rebuild) changes it.
    var languagesVersion = -1
    /// Each document's row id, date and fingerprint, by key (`Fingerprint.of(path)`, as `SearchCorpus` keys
    /// documents), as of `PRAGMA data_version` `knownVersion`.
    private var known: [UInt64: (id: Int, date: Int, fingerprint: UInt64)] = [:]
    private var knownVersion = -1
    /// The keys and fingerprints of the last update's corpus, in its order, when its keys were unique: exactly what
    /// `known` holds. The next update compares its corpus with them by position first.
    private var previous: (keys: [UInt64], fingerprints: [UInt64])?

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
                id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, fingerprint INTEGER NOT NULL, language TEXT NOT NULL, date INTEGER NOT NULL,
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
        try update(SearchCorpus(documents))
    }

    /// Makes the index hold exactly the documents of `corpus` (the first of those with the same key): removes the
    /// documents gone, and makes and indexes only the new and the changed ones (by fingerprint). The corpus is
    /// compared with the previous update's by position first, from both ends, and only the keys between the first
    /// and the last difference are looked up by hash (all of them after the index was opened or changed by another
    /// connection). Documents are told apart by their path's 64-bit fingerprint, as they are by their content's.
    /// Returns how many were indexed and removed.
    @discardableResult
    public func update(_ corpus: SearchCorpus) throws -> (indexed: Int, removed: Int) {
        try lock.withLock {
            let counts: (indexed: Int, removed: Int)
            do { counts = try connection.transaction { () throws -> (indexed: Int, removed: Int) in
                let version = try dataVersion()
                if version != knownVersion {
                    known = [:]
                    previous = nil
                    let existing = try connection.prepare("SELECT path, id, date, fingerprint FROM documents INDEXED BY documents_known")
                    while try existing.step() {
                        known[Fingerprint.of(existing.text(0))] = (existing.integer(1), existing.integer(2), UInt64(bitPattern: Int64(existing.integer(3))))
                    }
                    knownVersion = version
                }
                let (changed, gone, unique) = previous.flatMap { differences(corpus, from: $0) } ?? differences(corpus)
                for key in gone {
                    if let entry = known.removeValue(forKey: key) { try remove(id: entry.id) }
                }
                for (position, document) in zip(changed, changed.parallelMap { Self.plain(corpus.document($0)) }) {
                    let key = corpus.keys[position]
                    assert(key == Fingerprint.of(document.path), "a corpus keys a document by its path's fingerprint")
                    var reused: Int?
                    if let old = known[key] {
                        try remove(id: old.id)
                        if old.date == document.date { reused = old.id }
                    }
                    let id = try insert(document, id: reused)
                    known[key] = (id, document.date, corpus.fingerprints[position])
                }
                previous = unique ? (corpus.keys, corpus.fingerprints) : nil
                return (changed.count, gone.count)
            } } catch {
                knownVersion = -1  // rolled back: what `known` holds may be ahead of the file
                throw error
            }
            languagesVersion = -1
            return counts
        }
    }

    /// The positions of `corpus` to index and the keys to remove, by comparing it with `known` (one hash lookup a
    /// document); `unique`: whether its keys are.
    private func differences(_ corpus: SearchCorpus) -> (changed: [Int], gone: [UInt64], unique: Bool) {
        var changed: [Int] = []
        var met = Set<UInt64>(minimumCapacity: corpus.count)
        for (position, key) in corpus.keys.enumerated() where met.insert(key).inserted {
            if known[key]?.fingerprint != corpus.fingerprints[position] { changed.append(position) }
        }
        let gone = known.keys.filter { !met.contains($0) }
        return (changed, gone, met.count == corpus.count)
    }

    /// The positions of `corpus` to index and the keys to remove, by comparing it with the previous update's
    /// corpus (unique keys, those of `known`): equal keys at the same position from the start and from the end,
    /// then a hash comparison of what lies between. Nil when `corpus` repeats a key (the caller then compares by hash).
    private func differences(
        _ corpus: SearchCorpus, from previous: (keys: [UInt64], fingerprints: [UInt64])
    ) -> (changed: [Int], gone: [UInt64], unique: Bool)? {
        let keys = corpus.keys, fingerprints = corpus.fingerprints
        var changed: [Int] = []
        var first = 0
        let shorter = min(keys.count, previous.keys.count)
        while first < shorter && keys[first] == previous.keys[first] {
            if fingerprints[first] != previous.fingerprints[first] { changed.append(first) }
            first += 1
        }
        var end = keys.count, oldEnd = previous.keys.count
        while end > first && oldEnd > first && keys[end - 1] == previous.keys[oldEnd - 1] {
            if fingerprints[end - 1] != previous.fingerprints[oldEnd - 1] { changed.append(end - 1) }
            end -= 1
            oldEnd -= 1
        }
        guard first < end || first < oldEnd else { return (changed.sorted(), [], true) }
        // Between: a key found among the previous ones between is the same document; one the index does not know
        // is new; one it knows from the ends is repeated. An old one not met between is gone.
        var old: [UInt64: UInt64] = [:]
        old.reserveCapacity(oldEnd - first)
        for position in first..<oldEnd { old[previous.keys[position]] = previous.fingerprints[position] }
        var met = Set<UInt64>()
        for position in first..<end {
            let key = keys[position]
            guard met.insert(key).inserted else { return nil }
            if let fingerprint = old[key] {
                if fingerprint != fingerprints[position] { changed.append(position) }
            } else {
                guard known[key] == nil else { return nil }
                changed.append(position)
            }
        }
        let gone = previous.keys[first..<oldEnd].filter { !met.contains($0) }
        return (changed.sorted(), gone, true)
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
                .integer(id), .text(document.path), .integer(Int(Int64(bitPattern: document.fingerprint))), .text(language), .integer(document.date), .text(document.title),
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
