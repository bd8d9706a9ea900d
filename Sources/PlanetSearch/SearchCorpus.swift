import PlanetCore

/// The documents an index is to hold, as `SearchIndex.update` compares them: each one's key (its path's fingerprint)
/// and fingerprint, in a stable order (the site's), and a maker of the full `SearchDocument`, called only for the
/// documents that changed, so that an update after one edit builds one document, not one per post. Paths are unique
/// in a corpus made from a site; an update meets a repeated key with the first of its documents.
public struct SearchCorpus: Sendable {
    /// Each document's key, `Fingerprint.of(path)` of its `SearchDocument.path`, in order.
    public let keys: [UInt64]
    /// Each document's `SearchDocument.fingerprint`, in the order of `keys`.
    public let fingerprints: [UInt64]
    private let make: @Sendable (Int) -> SearchDocument

    /// A corpus of `keys` and `fingerprints` (as many), whose document at a position `make` builds on demand (its
    /// path's fingerprint the key at that position).
    public init(keys: [UInt64], fingerprints: [UInt64], make: @escaping @Sendable (Int) -> SearchDocument) {
        precondition(keys.count == fingerprints.count, "a fingerprint for each key")
        self.keys = keys
        self.fingerprints = fingerprints
        self.make = make
    }

    /// A corpus of documents already made.
    public init(_ documents: [SearchDocument]) {
        self.init(keys: documents.map { Fingerprint.of($0.path) }, fingerprints: documents.map(\.fingerprint)) { documents[$0] }
    }

    public var count: Int { keys.count }

    /// The document at `position`, made now.
    public func document(_ position: Int) -> SearchDocument { make(position) }

    /// Every document, made now (for a rebuild from scratch).
    public var documents: [SearchDocument] { Array(0..<count).parallelMap(make) }
}
