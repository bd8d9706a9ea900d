/// The documents an index is to hold, as `SearchIndex.update` compares them: each one's path and fingerprint, in a
/// stable order (the site's), and a maker of the full `SearchDocument`, called only for the documents that changed,
/// so that an update after one edit builds one document, not one per post. Paths are unique in a corpus made from a
/// site; an update meets a repeated path with the first of its documents.
public struct SearchCorpus: Sendable {
    /// Each document's key (`SearchDocument.path`), in order.
    public let paths: [String]
    /// Each document's `SearchDocument.fingerprint`, in the order of `paths`.
    public let fingerprints: [UInt64]
    private let make: @Sendable (Int) -> SearchDocument

    /// A corpus of `paths` and `fingerprints` (as many), whose document at a position `make` builds on demand.
    public init(paths: [String], fingerprints: [UInt64], make: @escaping @Sendable (Int) -> SearchDocument) {
        precondition(paths.count == fingerprints.count, "a fingerprint for each path")
        self.paths = paths
        self.fingerprints = fingerprints
        self.make = make
    }

    /// A corpus of documents already made.
    public init(_ documents: [SearchDocument]) {
        self.init(paths: documents.map(\.path), fingerprints: documents.map(\.fingerprint)) { documents[$0] }
    }

    public var count: Int { paths.count }

    /// The document at `position`, made now.
    public func document(_ position: Int) -> SearchDocument { make(position) }

    /// Every document, made now (for a rebuild from scratch).
    public var documents: [SearchDocument] { Array(0..<count).parallelMap(make) }
}
