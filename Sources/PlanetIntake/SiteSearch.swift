import Foundation
import PlanetSearch

/// The intake's search index (`<spool>/search.sqlite`), brought in step with the site each time it is read (only
/// changed posts indexed again); `planet intake search-rebuild` may replace its content meanwhile. Never holds nor
/// logs a reader's query.
final class SiteSearch: Sendable {
    /// The index file in the intake's state folder.
    static func path(spool: String) -> String { spool + "/search.sqlite" }

    let path: String
    private let index = Locked<SearchIndex?>(nil)
    private let log: @Sendable (String) -> Void

    init(path: String, log: @escaping @Sendable (String) -> Void) {
        self.path = path
        self.log = log
    }

    /// Brings the index in step with `site`'s documents (opening it first).
    func update(_ site: SiteKnowledge) {
        guard let documents = site.searchDocuments else { return }
        do {
            let opened = try index.withLock { current in
                Result { () throws -> SearchIndex in
                    if let current { return current }
                    let made = try SearchIndex(path: path)
                    current = made
                    return made
                }
            }.get()
            let started = Date()
            let counts = try opened.update(documents)
            if counts.indexed > 0 || counts.removed > 0 {
                let milliseconds = Int((Date().timeIntervalSince(started) * 1000).rounded())
                log("search: \(counts.indexed) document(s) indexed, \(counts.removed) removed in \(milliseconds)ms")
            }
        } catch {
            log("search: the index cannot be updated: \(error)")
        }
    }

    /// The hits of `query`, or nil when there is no index.
    func search(_ query: SearchQuery, filter: SearchFilter, page: Int, perPage: Int) throws -> SearchResults? {
        guard let opened = index.withLock({ $0 }) else { return nil }
        return try opened.search(query, filter: filter, page: page, perPage: perPage)
    }
}
